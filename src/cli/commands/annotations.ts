/**
 * `policy-lens annotations <dir> [--json] [--check]`: every annotation of a corpus with its
 * document, 1-based line, quote, tags, note and status after re-anchoring against the files as
 * they are now, and each link with where its target is now. Read-only (nothing is rewritten), so
 * it is safe in CI: `--check` exits 1 when any annotation or link target is changed or orphaned,
 * or an annotation file is invalid.
 */
import { readDocumentText, runInDir } from '../dirCommand';
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import type { Problem } from '../../core/types';
import type { Annotation } from '../../core/annotations/types';
import { AnnotationStore } from '../../core/annotations/service';
import { prepareText, type AnchorText } from '../../core/annotations/anchorText';
import { reanchorLink } from '../../core/annotations/linkAnchor';
import { lookAlikeOf, reanchor, withAnchor } from '../../core/annotations/reanchor';
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
  const prepared = new Map<string, AnchorText | undefined>();
  const docOf = async (path: string): Promise<AnchorText | undefined> => {
    if (!prepared.has(path)) {
      const text = await readDocumentText(files, path).catch(() => undefined);
      texts.set(path, text);
      prepared.set(path, text === undefined ? undefined : prepareText(text));
    }
    return prepared.get(path);
  };
  const annotations: Annotation[] = [];
  for (const docPath of await store.loadAll()) {
    const doc = await docOf(docPath);
    for (const a of store.get(docPath)) {
      let next = doc === undefined ? { ...a, status: 'orphaned' as const } : withAnchor(a, reanchor(a, doc.text, doc), doc);
      // Links are re-anchored like annotations, against their own documents' current text.
      const links = [];
      for (const l of next.links) {
        const target = await docOf(l.target.path);
        links.push(target === undefined ? { ...l, target: { ...l.target, status: 'orphaned' as const } } : reanchorLink(l, target));
      }
      next = { ...next, links };
      annotations.push(next);
    }
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
  /** Each link's target after re-anchoring: where it is now (1-based line) and in what state. */
  readonly links: readonly LinkRow[];
  /** For an orphan: the look-alike re-anchoring would not jump to (same words, other surroundings). */
  readonly candidate?: { readonly line: number; readonly quote: string };
}

/** One link of a row of `annotations --json`. */
export interface LinkRow {
  readonly relation: string;
  readonly quote: string;
  readonly target: { readonly path: string; readonly line: number | null; readonly status: Annotation['status'] };
}

/** The command over an arbitrary FilePort (tests use memory). */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, check: { type: 'boolean' } }, allowPositionals: true });
  const ws = await loadWorkspaceAnnotations(files);
  const lines = new Map<string, LineIndex>();
  const lineOf = (path: string, offset: number, status: Annotation['status']): number | null => {
    const text = ws.textOf(path);
    if (text !== undefined && !lines.has(path)) lines.set(path, new LineIndex(text));
    const index = lines.get(path);
    return index && status !== 'orphaned' ? index.lineOf(offset) + 1 : null;
  };
  const candidateOf = (a: Annotation): AnnotationRow['candidate'] => {
    const text = a.status === 'orphaned' ? ws.textOf(a.target.source) : undefined;
    const span = text === undefined ? undefined : lookAlikeOf(a, text);
    return span && text !== undefined ? { line: lineOf(a.target.source, span.start, 'anchored')!, quote: text.slice(span.start, span.end) } : undefined;
  };
  const rows: AnnotationRow[] = ws.annotations.map((a) => ({
    ...(candidateOf(a) ? { candidate: candidateOf(a) } : {}),
    id: a.id, path: a.target.source,
    line: lineOf(a.target.source, a.target.selector[1].start, a.status),
    quote: a.target.selector[0].exact, tags: a.tags, note: a.note ?? null, status: a.status,
    links: a.links.map((l) => ({
      relation: l.relation, quote: l.target.selector[0].exact,
      target: { path: l.target.path, line: lineOf(l.target.path, l.target.selector[1].start, l.target.status), status: l.target.status },
    })),
  }));
  if (values.json) out(JSON.stringify({ annotations: rows, problems: ws.problems }, null, 2));
  else {
    // The annotation files' own problems are part of this command's answer (stdout); every
    // workspace-file problem is also printed on stderr by main.
    for (const p of ws.problems) out(`${p.path}:${(p.line ?? 0) + 1}:${(p.column ?? 0) + 1}: ${p.severity}: ${p.message}`);
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    for (const r of rows) {
      out([`${r.path}:${r.line ?? '?'}`, r.status, JSON.stringify(r.quote), r.tags.join(','), flat(r.note ?? '')].join('\t'));
      if (r.candidate) out(['', `similar passage at ${r.path}:${r.candidate.line} (not taken; re-attach if it is the one)`, JSON.stringify(r.candidate.quote)].join('\t'));
      for (const l of r.links) out(['', `${l.relation} → ${l.target.path}:${l.target.line ?? '?'}`, l.target.status, JSON.stringify(l.quote)].join('\t'));
    }
    if (rows.length === 0) out('no annotations');
  }
  const needsLook = (s: Annotation['status']): boolean => s === 'changed' || s === 'orphaned';
  const bad = rows.filter((r) => needsLook(r.status)).length;
  const badLinks = rows.reduce((n, r) => n + r.links.filter((l) => needsLook(l.target.status)).length, 0);
  if (values.check && (bad > 0 || badLinks > 0 || ws.problems.length > 0)) {
    if (!values.json) out(`check failed: ${bad} changed or orphaned annotation(s), ${badLinks} changed or orphaned link(s), ${ws.problems.length} invalid file(s)`);
    return 1;
  }
  return 0;
}

export const run = runInDir('usage: policy-lens annotations <dir> [--json] [--check]', runWith);
