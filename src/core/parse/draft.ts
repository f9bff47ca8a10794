/**
 * Intermediate structure shared by the markdown and plain-text readers, before section
 * spans and heading indices are assigned by {@link finishStructure}.
 */
import type { Heading, Passage, PassageKind, Span } from '../types';

/** A heading before its section span is known. `anchor` is where its line starts. */
export interface DraftHeading {
  readonly text: string;
  readonly level: number;
  readonly span: Span;
  readonly anchor: number;
}

export interface DraftPassage {
  readonly kind: PassageKind;
  readonly span: Span;
  readonly text: string;
}

/**
 * Sort drafts into document order, give each heading the span up to the next heading of the
 * same or higher level, and give each passage the index of the last heading before it.
 */
export function finishStructure(
  drafts: { headings: readonly DraftHeading[]; passages: readonly DraftPassage[] },
  textLength: number,
): { headings: Heading[]; passages: Passage[] } {
  const hs = [...drafts.headings].sort((a, b) => a.anchor - b.anchor);
  const headings: Heading[] = [];
  // A stack of open sections: each heading closes every open one of the same or deeper level.
  const open: number[] = [];
  const ends = new Array<number>(hs.length).fill(textLength);
  hs.forEach((h, i) => {
    while (open.length > 0 && hs[open[open.length - 1]].level >= h.level) ends[open.pop()!] = h.anchor;
    open.push(i);
  });
  hs.forEach((h, i) => headings.push({ text: h.text, level: h.level, span: h.span, sectionSpan: { start: h.anchor, end: ends[i] } }));
  const ps = [...drafts.passages].sort((a, b) => a.span.start - b.span.start);
  const passages: Passage[] = [];
  let h = -1;
  for (const p of ps) {
    while (h + 1 < hs.length && hs[h + 1].anchor <= p.span.start) h++;
    passages.push({ index: passages.length, kind: p.kind, span: p.span, text: p.text, heading: h });
  }
  return { headings, passages };
}
