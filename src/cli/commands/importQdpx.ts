/**
 * `policy-lens import-qdpx <dir> <file.qdpx|file.qde> [--dry-run] [--json]`: bring a REFI-QDA
 * project (ATLAS.ti, MAXQDA, NVivo, QualCoder…) into a workspace: codes into the codebook,
 * coded text selections as annotations on the matching documents, memos. Every source and
 * selection that could not be matched is listed; exit code 1 when anything was left out.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { AnnotationStore } from '../../core/annotations/service';
import { corpusOptions } from '../../core/corpus/model';
import { openProject, type ExternalReader } from '../../core/annotations/qdpx/archive';
import { importQdaProject } from '../../core/annotations/qdpx/importProject';
import { applyQdaImport } from '../../core/annotations/qdpx/applyImport';
import type { WorkspaceText } from '../../core/annotations/qdpx/matchSource';
import { readDocumentText, runInDir } from '../dirCommand';

const USAGE = 'usage: policy-lens import-qdpx <dir> <file.qdpx|file.qde> [--dry-run] [--json]';

/** Every corpus document of the workspace with its text (what sources are matched against). */
export async function workspaceTexts(files: FilePort): Promise<WorkspaceText[]> {
  const o = corpusOptions({});
  const out: WorkspaceText[] = [];
  for (const path of (await files.listFiles(o.include, o.exclude)).sort()) {
    const text = await readDocumentText(files, path);
    if (text !== undefined) out.push({ path, text });
  }
  return out;
}

/** relative:// and absolute:// texts from the disk; relative ones against basePath or the project's folder. */
function diskReader(projectFile: string): ExternalReader {
  return (loc) => {
    const base = loc.kind === 'relative' ? (loc.basePath && isAbsolute(loc.basePath) ? loc.basePath : dirname(projectFile)) : '';
    try {
      return readFileSync(loc.kind === 'relative' ? resolve(base, loc.path) : loc.path);
    } catch {
      return undefined;
    }
  };
}

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void, read: (p: string) => Uint8Array = (p) => readFileSync(p)): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    out(USAGE);
    return 2;
  }
  const file = resolve(positionals[0]);
  const opened = openProject(read(file), diskReader(file));
  const result = importQdaProject({ project: opened.project, documents: await workspaceTexts(files), readText: opened.readText });
  const origin = opened.project.origin ?? opened.project.name ?? 'REFI-QDA';
  const applied = values['dry-run'] ? undefined : await applyQdaImport(files, new AnnotationStore(files), result, origin);
  const problems = [...new Set([...opened.unreadable, ...result.problems, ...(applied?.notes ?? [])])];
  if (values.json) {
    out(JSON.stringify({
      project: opened.project.name, origin, written: !!applied,
      annotations: result.annotations.length, tags: result.tags.map((t) => t.id), coders: result.coders,
      sources: result.sources, memos: [...result.documentMemos.keys()], tagsAdded: applied?.tagsAdded ?? 0, problems,
    }, null, 2));
  } else {
    out(`${opened.project.name} (${origin}): ${result.tags.length} code(s), ${result.coders.length} coder(s), ${opened.project.sources.length} text source(s)`);
    for (const s of result.sources) out(s.error ? `  unmatched "${s.source}": ${s.error}` : `  "${s.source}" → ${s.path} (by ${s.by}): ${s.imported}/${s.selections} selection(s)`);
    for (const p of problems) out(`  ${p}`);
    out(applied
      ? `imported ${applied.annotations} annotation(s) into ${applied.documents} document(s), ${applied.tagsAdded} new code(s), ${applied.memosWritten} memo(s)`
      : `dry run: would import ${result.annotations.length} annotation(s); nothing written`);
  }
  return result.sources.some((s) => s.error && s.selections > 0) || problems.some((p) => /not imported/.test(p)) ? 1 : 0;
}

export const run = runInDir(USAGE, runWith);
