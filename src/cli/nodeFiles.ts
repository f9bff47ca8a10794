/**
 * The core's FilePort implemented with Node's file system, rooted at one directory.
 * Used by the CLI, the benchmark and the tests that read the shared corpus.
 */
import { promises as fsp } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { FileChange, FilePort, FileStat, OutsideWorkspaceError, safeRelativePath } from '../core/ports';
import { updateFileLocked, writeAtomically } from '../node/lockedUpdate';
import { compileDirectoryExclude, compileGlobs } from '../core/corpus/glob';
import { CorpusModel, corpusOptions } from '../core/corpus/model';
import { DEFAULT_CATALOG_PATH, parseCatalog } from '../core/corpus/catalog';
import { BUILTIN_ENTITIES } from '../core/knowledge/builtin';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { mergeKnowledge } from '../core/knowledge/merge';
import { loadWorkspaceKnowledge } from '../core/knowledge/workspace';
import { CODEBOOK_PATH, parseCodebook } from '../core/annotations/codebook';
import type { Problem } from '../core/types';
import { collectProblems } from './problems';
import { isWithin, RealRoot } from '../node/realPath';

/** Folders never walked, whatever the exclude globs say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** A FilePort over the directory `root`; every path is relative to it and may not leave it. */
export class NodeFiles implements FilePort {
  readonly root: string;
  private readonly real: RealRoot;
  /** Links met while listing that point outside the workspace (not followed), with their targets. */
  readonly escapes: { path: string; target: string }[] = [];

  constructor(root: string) {
    this.root = resolve(root);
    this.real = new RealRoot(this.root);
  }

  /** {@link resolvePath}, then the real-path check (links followed) for an actual access. */
  private async contained(path: string): Promise<string> {
    const abs = this.resolvePath(path);
    await this.real.check(path, abs);
    return abs;
  }

  /** Absolute path of a workspace-relative path; throws OutsideWorkspaceError when it escapes. */
  resolvePath(path: string): string {
    const abs = join(this.root, ...safeRelativePath(path).split('/'));
    if (abs !== this.root && !abs.startsWith(this.root + sep)) throw new OutsideWorkspaceError(path);
    return abs;
  }

  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(await this.contained(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fsp.stat(await this.contained(path));
      return s.isFile() ? { size: s.size, mtime: s.mtimeMs } : undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]> {
    const accept = compileGlobs(include, exclude);
    const pruned = compileDirectoryExclude(exclude);
    const out: string[] = [];
    const walk = async (relDir: string): Promise<void> => {
      const abs = relDir ? join(this.root, ...relDir.split('/')) : this.root;
      let entries;
      try {
        entries = await fsp.readdir(abs, { withFileTypes: true });
      } catch (e) {
        if (relDir && (e as NodeJS.ErrnoException).code === 'EACCES') return; // unreadable folder
        throw e;
      }
      for (const entry of entries) {
        const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
        if (entry.isSymbolicLink()) {
          await this.listLink(rel, accept, pruned, walk, out);
          continue;
        }
        if (entry.isDirectory()) {
          if (!ALWAYS_SKIPPED.has(entry.name) && !pruned(rel)) await walk(rel);
        } else if (entry.isFile() && accept(rel)) out.push(rel);
      }
    };
    await walk('');
    return out.sort();
  }

  /**
   * A link met while listing: a file link is listed (reading it checks where it leads); a
   * folder link inside the workspace is walked once; a link leading outside is not followed
   * and is remembered in {@link escapes}, so the caller can report it.
   */
  private async listLink(rel: string, accept: (p: string) => boolean, pruned: (p: string) => boolean, walk: (d: string) => Promise<void>, out: string[]): Promise<void> {
    const abs = join(this.root, ...rel.split('/'));
    let real: string;
    let isDir: boolean;
    try {
      real = await fsp.realpath(abs);
      isDir = (await fsp.stat(real)).isDirectory();
    } catch {
      return; // a dangling link: nothing to read
    }
    const inside = isWithin(await this.real.realRoot(), real);
    if (!isDir) {
      if (accept(rel)) {
        out.push(rel);
        if (!inside) this.escapes.push({ path: rel, target: real });
      }
      return;
    }
    const escaped = (): void => {
      this.escapes.push({ path: rel, target: real });
      collectProblems([{ path: rel, severity: 'warning', message: `skipped: a link to ${real}, outside the workspace` }]);
    };
    if (ALWAYS_SKIPPED.has(rel.split('/').pop()!) || pruned(rel)) return;
    if (!inside) { escaped(); return; }
    if (this.walkedLinks.has(real)) return; // a link loop, or a second link to one folder
    this.walkedLinks.add(real);
    await walk(rel);
  }

  private readonly walkedLinks = new Set<string>();

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    const target = await this.contained(path);
    await fsp.mkdir(dirname(target), { recursive: true });
    await writeAtomically(target, data);
  }

  /** Lock, re-read, change, compare-and-swap, atomic write (shared with the extension). */
  async updateFile(path: string, change: FileChange): Promise<void> {
    await updateFileLocked(await this.contained(path), change);
  }

  async deleteFile(path: string): Promise<void> {
    await fsp.rm(await this.contained(path), { force: true });
  }
}

/** Options the CLI commands share for loading a corpus from a directory. */
export interface CliCorpusFlags {
  readonly maxBytes?: number;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/**
 * Load the corpus under `dir` the way the extension would: built-in knowledge merged with the
 * workspace's `.policylens/entities.yaml`, the catalog, default globs unless overridden.
 */
export async function loadCorpusAt(dir: string, flags: CliCorpusFlags = {}): Promise<{ model: CorpusModel; files: NodeFiles; kb: KnowledgeBase }> {
  const files = new NodeFiles(dir);
  const root = await fsp.stat(files.root).catch(() => undefined);
  if (!root?.isDirectory()) throw new Error(`not a directory: ${dir}`);
  const workspace = await loadWorkspaceKnowledge(files);
  const kb = mergeKnowledge(BUILTIN_ENTITIES, workspace);
  const model = await CorpusModel.load(files, kb, corpusOptions({ ...flags }));
  collectProblems([...(workspace?.problems ?? []), ...model.catalog().problems, ...skippedProblems(model), ...(await codebookProblems(files))]);
  return { model, files, kb };
}

/** Files the corpus did not take, as warnings naming the reason. */
function skippedProblems(model: CorpusModel): Problem[] {
  return model.skipped().map((s) => ({ path: s.path, severity: 'warning', message: `skipped: ${s.reason}` }));
}

/**
 * Problems of the workspace's own configuration files (entities.yaml, catalog, codebook),
 * collected for commands that do not load the corpus.
 */
export async function collectConfigProblems(files: FilePort): Promise<void> {
  const workspace = await loadWorkspaceKnowledge(files);
  const catalog = (await files.stat(DEFAULT_CATALOG_PATH)) ? parseCatalog(await readText(files, DEFAULT_CATALOG_PATH), DEFAULT_CATALOG_PATH) : undefined;
  collectProblems([...(workspace?.problems ?? []), ...(catalog?.problems ?? []), ...(await codebookProblems(files))]);
}

async function readText(files: FilePort, path: string): Promise<string> {
  return new TextDecoder('utf-8', { fatal: false }).decode(await files.readFile(path)).replace(/^\uFEFF/, '');
}

/** Problems of the workspace's codebook, when it has one. */
async function codebookProblems(files: FilePort): Promise<readonly Problem[]> {
  if (!(await files.stat(CODEBOOK_PATH))) return [];
  return parseCodebook(CODEBOOK_PATH, await readText(files, CODEBOOK_PATH)).problems;
}
