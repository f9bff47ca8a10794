/**
 * Import one PDF, web page or Word file into the workspace as Markdown. The Markdown goes
 * beside the original (or into an output folder) as `name.md`, or `name.ext.md` when a
 * Markdown file of that name exists that the importer did not make. Re-importing writes the
 * same path, so annotations (keyed by document path) stay and re-anchor like after any
 * edit; an unchanged original is not converted again, and an imported file that someone has
 * since edited is not overwritten unless asked.
 */
import type { FilePort } from '../ports';
import { safeRelativePath } from '../ports';
import type { Problem } from '../types';
import type { ConvertResult } from './types';
import { importKind, type ImportKind } from './kinds';
import { importFrontMatter, readProvenance } from './frontMatter';
import { sha256Hex } from './sha256';

/** The converters, loaded lazily by the adapters (they carry pdf.js, mammoth and rehype). */
export interface ConverterRuntime {
  convert(kind: ImportKind, bytes: Uint8Array, path: string): Promise<ConvertResult>;
}

/** Options of {@link importFile}. */
export interface ImportOptions {
  /** Workspace-relative folder for the Markdown; default: beside the original. */
  readonly outFolder?: string;
  /** Overwrite an imported file even when it was edited since. */
  readonly force?: boolean;
}

/** What happened to one file. */
export interface ImportOutcome {
  readonly source: string;
  readonly status: 'imported' | 'reimported' | 'unchanged' | 'failed';
  readonly path?: string;
  readonly pages?: number;
  readonly problems: Problem[];
}

/** Import `source` (workspace-relative). Never throws for bad input: problems say why. */
export async function importFile(files: FilePort, source: string, runtime: ConverterRuntime, options: ImportOptions = {}): Promise<ImportOutcome> {
  const fail = (message: string): ImportOutcome => ({ source, status: 'failed', problems: [{ path: source, severity: 'error', message }] });
  let src: string;
  try {
    src = safeRelativePath(source);
  } catch {
    return fail('the file is outside the workspace');
  }
  const kind = importKind(src);
  if (!kind) return fail('only PDF (.pdf), web pages (.html, .htm) and Word files (.docx) can be imported');
  if (!(await files.stat(src))) return fail('the file does not exist');
  const bytes = await files.readFile(src);
  if (bytes.length === 0) return fail('the file is empty');
  const sha256 = await sha256Hex(bytes);
  const target = await chooseTarget(files, src, options.outFolder);
  if ('error' in target) return fail(target.error);
  if (target.previous?.sha256 === sha256 && !options.force) return { source: src, status: 'unchanged', path: target.path, problems: [] };
  if (target.previous && !options.force && target.previous.edited) {
    return fail(`${target.path} was edited after it was imported; it is not overwritten (import again with --force to replace it)`);
  }
  let result: ConvertResult;
  try {
    result = await runtime.convert(kind, bytes, src);
  } catch (e) {
    return fail(`conversion failed: ${(e as Error).message}`);
  }
  if (!result.ok) return { source: src, status: 'failed', problems: result.problems };
  const textSha256 = (await sha256Hex(result.markdown)).slice(0, 16);
  const text = importFrontMatter(result.meta, {
    source: src, sha256, converter: `${result.converter} ${result.converterVersion}`, pages: result.pages, textSha256,
  }) + result.markdown;
  await files.writeFileAtomic(target.path, new TextEncoder().encode(text));
  return { source: src, status: target.previous ? 'reimported' : 'imported', path: target.path, pages: result.pages, problems: result.problems };
}

interface Target {
  readonly path: string;
  readonly previous?: { sha256?: string; edited: boolean };
}

async function chooseTarget(files: FilePort, src: string, outFolder: string | undefined): Promise<Target | { error: string }> {
  const slash = src.lastIndexOf('/');
  const name = src.slice(slash + 1);
  let folder = slash >= 0 ? src.slice(0, slash) : '';
  if (outFolder !== undefined && outFolder.replace(/[/\\.]/g, '') !== '') {
    try {
      folder = safeRelativePath(outFolder);
    } catch {
      return { error: `the output folder ${outFolder} is outside the workspace` };
    }
  }
  const prefix = folder ? `${folder}/` : '';
  for (const candidate of [`${prefix}${name.replace(/\.[^.]+$/, '')}.md`, `${prefix}${name}.md`]) {
    if (!(await files.stat(candidate))) return { path: candidate };
    const existing = new TextDecoder().decode(await files.readFile(candidate));
    const prov = readProvenance(existing);
    if (prov?.source === src) {
      const edited = prov.textSha256 !== undefined && (await sha256Hex(prov.body)).slice(0, 16) !== prov.textSha256;
      return { path: candidate, previous: { sha256: prov.sha256, edited } };
    }
  }
  return { error: `both ${prefix}${name.replace(/\.[^.]+$/, '')}.md and ${prefix}${name}.md exist and were not imported from this file` };
}
