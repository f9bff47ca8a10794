/**
 * Turning index items into jump-list rows: a short label (a window for passages), where to
 * jump, and which parts of the label matched.
 */
import { bestWindow } from './window';
import type { WeightTable } from './gramTable';
import type { DocEntry } from './docItems';
import type { MetaItems } from './metaItems';
import { KIND_ANNOTATION, KIND_ENTITY, TITLE_REF } from './docItems';
import type { JumpHit, SearchPassage } from './searchTypes';
import type { Span } from '../types';

/** A row before scoring: everything but `score`, plus the folded label fuse compares. */
export interface Draft extends Omit<JumpHit, 'score'> {
  readonly key: string;
  coverage: number;
  bonus: number;
  extra: string[];
}

/** Note on a row that is a document's title rather than a heading inside it. */
export const TITLE_NOTE = 'document title';

/** Document span of a range inside a passage, when the passage text is a verbatim slice. */
export function spanIn(p: SearchPassage, s: number, e: number): Span {
  if (p.text.length !== p.span.end - p.span.start) return p.span;
  return { start: p.span.start + s, end: p.span.start + e };
}

/** A passage row: the ~80-char window around the best hit, or around `anchor` (a doc offset). */
export function passageDraft(entry: DocEntry, index: number, weights: WeightTable, coverage: number, anchor?: number): Draft {
  const p = entry.doc!.passages[index];
  const local = anchor === undefined || p.text.length !== p.span.end - p.span.start ? undefined : anchor - p.span.start;
  const w = bestWindow(p.text, weights, 80, local);
  return {
    kind: 'passage', path: entry.path, span: spanIn(p, w.focus[0], w.focus[1]), label: w.label,
    detail: entry.path, highlights: w.highlights, key: `p:${entry.path}:${index}`, coverage, bonus: 0, extra: [],
  };
}

/** A heading row, or the document's title row for `TITLE_REF`. */
export function headingDraft(entry: DocEntry, index: number, weights: WeightTable, coverage: number): Draft {
  const doc = entry.doc!;
  const title = index === TITLE_REF;
  const text = title ? doc.title ?? '' : doc.headings[index].text;
  const w = bestWindow(text, weights, 200);
  return {
    kind: 'heading', path: entry.path, span: title ? { start: 0, end: 0 } : doc.headings[index].span, label: w.label, detail: entry.path,
    highlights: w.highlights, key: `h:${entry.path}:${index}`, coverage, bonus: 0, extra: title ? [TITLE_NOTE] : [],
  };
}

/** An entity, annotation or tag row. */
export function metaDraft(meta: MetaItems, item: number, weights: WeightTable, coverage: number): Draft {
  const ix = meta.index;
  const ref = ix.ref[item];
  const label = meta.labelOf(item);
  const highlights = bestWindow(label, weights, 200).highlights;
  const base = { label, highlights, coverage, bonus: 0, extra: [] as string[] };
  if (ix.kind[item] === KIND_ENTITY) {
    const e = meta.entities[ref];
    const others = e.names.filter((n) => n !== label).slice(0, 4).join(' · ');
    return { ...base, kind: 'entity', entityId: e.id, detail: others ? `${e.kind} · ${others}` : e.kind, key: `e:${e.id}` };
  }
  if (ix.kind[item] === KIND_ANNOTATION) {
    const a = meta.annotations[ref];
    const tags = a.tags.map((t) => `#${t}`).join(' ');
    return { ...base, kind: 'annotation', annotationId: a.id, path: a.path, span: a.span, detail: tags ? `${a.path} ${tags}` : a.path, key: `a:${a.id}` };
  }
  const tag = meta.tags[ref];
  return { ...base, kind: 'tag', tag, detail: 'tag', key: `t:${tag}` };
}

/** Kind bit for a kind name (matches the index's item kinds). */
export function kindBit(kind: JumpHit['kind']): number {
  return 1 << ['passage', 'heading', 'entity', 'annotation', 'tag'].indexOf(kind);
}

