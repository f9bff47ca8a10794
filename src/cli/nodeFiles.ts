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
import { BUILTIN_ENTITIES } from '../core/knowledge/builtin';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { mergeKnowledge } from '../core/knowledge/merge';
import { loadWorkspaceKnowledge } from '../core/knowledge/workspace';

/** Folders never walked, whatever the exclude globs say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** A FilePort over the directory `root`; every path is relative to it and may not leave it. */
export class NodeFiles implements FilePort {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Absolute path of a workspace-relative path; throws OutsideWorkspaceError when it escapes. */
  resolvePath(path: string): string {
    const abs = join(this.root, ...safeRelativePath(path).split('/'));
    if (abs !== this.root && !abs.startsWith(this.root + sep)) throw new OutsideWorkspaceError(path);
    return abs;
  }

  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(this.resolvePath(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fsp.stat(this.resolvePath(path));
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
        if (entry.isDirectory()) {
          if (!ALWAYS_SKIPPED.has(entry.name) && !pruned(rel)) await walk(rel);
        } else if (entry.isFile() && accept(rel)) out.push(rel);
      }
    };
    await walk('');
    return out.sort();
  }

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    const target = this.resolvePath(path);
    await fsp.mkdir(dirname(target), { recursive: true });
    await writeAtomically(target, data);
  }

  /** Lock, re-read, change, compare-and-swap, atomic write (shared with the extension). */
  async updateFile(path: string, change: FileChange): Promise<void> {
    await updateFileLocked(this.resolvePath(path), change);
  }

  async deleteFile(path: string): Promise<void> {
    await fsp.rm(this.resolvePath(path), { force: true });
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
  const kb = mergeKnowledge(BUILTIN_ENTITIES, await loadWorkspaceKnowledge(files));
  const model = await CorpusModel.load(files, kb, corpusOptions({ ...flags }));
  return { model, files, kb };
}
