/**
 * `policy-lens annotations <dir> [--json] [--check]`: every annotation of a corpus with its
 * document, 1-based line, quote, tags, note and status after re-anchoring against the files as
 * they are now. Read-only (nothing is rewritten), so it is safe in CI: `--check` exits 1 when
 * any annotation is changed or orphaned, or an annotation file is invalid.
 */
import { readDocumentText, runInDir } from '../dirCommand';
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import type { Problem } from '../../core/types';
import type { Annotation } from '../../core/annotations/types';
import { AnnotationStore } from '../../core/annotations/service';
import { prepareText } from '../../core/annotations/anchorText';
import { reanchor, withAnchor } from '../../core/annotations/reanchor';
import { LineIndex } from '../../core/text/lines';
import { collectProblems } from '../problems';
import { collectConfigProblems } from '../nodeFiles';

/** Annotations re-anchored in memory, the texts they were anchored against, and file problems. */
export interface WorkspaceAnnotations {
  readonly annotations: Annotation[];
  readonly textOf: (path: string) => string | undefined;
  readonly problems: Problem[];
}

/** Load every annotation file and re-anchor each document's annotations to its current text. */
export async function loadWorkspaceAnnotations(files: FilePort): Promise<WorkspaceAnnotations> {
  const store = new AnnotationStore(files);
  const texts = new Map<string, string | undefined>();
  const annotations: Annotation[] = [];
  for (const docPath of await store.loadAll()) {
    const text = await readDocumentText(files, docPath);
    texts.set(docPath, text);
    const doc = prepareText(text ?? '');
    for (const a of store.get(docPath)) annotations.push(text === undefined ? { ...a, status: 'orphaned' } : withAnchor(a, reanchor(a, text, doc), doc));
  }
  const problems = store.problems();
  collectProblems(problems);
  await collectConfigProblems(files);
  return { annotations, textOf: (p) => texts.get(p), problems };
}

/** One row of `annotations --json`. */
export interface AnnotationRow {
  readonly id: string;
  readonly path: string;
  readonly line: number | null;
  readonly quote: string;
  readonly tags: readonly string[];
  readonly note: string | null;
  readonly status: Annotation['status'];
}

/** The command over an arbitrary FilePort (tests use memory). */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, check: { type: 'boolean' } }, allowPositionals: true });
  const ws = await loadWorkspaceAnnotations(files);
  const lines = new Map<string, LineIndex>();
  const rows: AnnotationRow[] = ws.annotations.map((a) => {
    const text = ws.textOf(a.target.source);
    if (text !== undefined && !lines.has(a.target.source)) lines.set(a.target.source, new LineIndex(text));
    const index = lines.get(a.target.source);
    return {
      id: a.id, path: a.target.source,
      line: index && a.status !== 'orphaned' ? index.lineOf(a.target.selector[1].start) + 1 : null,
      quote: a.target.selector[0].exact, tags: a.tags, note: a.note ?? null, status: a.status,
    };
  });
  if (values.json) out(JSON.stringify({ annotations: rows, problems: ws.problems }, null, 2));
  else {
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    for (const r of rows) out([`${r.path}:${r.line ?? '?'}`, r.status, JSON.stringify(r.quote), r.tags.join(','), flat(r.note ?? '')].join('\t'));
    if (rows.length === 0) out('no annotations');
  }
  const bad = rows.filter((r) => r.status === 'changed' || r.status === 'orphaned').length;
  if (values.check && (bad > 0 || ws.problems.length > 0)) {
    if (!values.json) out(`check failed: ${bad} changed or orphaned annotation(s), ${ws.problems.length} invalid file(s)`);
    return 1;
  }
  return 0;
}

export const run = runInDir('usage: policy-lens annotations <dir> [--json] [--check]', runWith);
