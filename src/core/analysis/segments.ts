/**
 * Coded segments: the unit every analysis works on. A segment is one annotation seen as
 * "this stretch of this document carries these codes, by this coder". Offsets are UTF-16 code
 * units like everywhere in the core; orphaned annotations have no place and are left out by
 * {@link segmentsOf} (callers report them).
 */
import type { Annotation } from '../annotations/types';

/** Coder name used for annotations without an author. */
export const UNKNOWN_CODER = '(unknown)';

/** One coded stretch of a document. */
export interface Segment {
  readonly id: string;
  readonly path: string;
  /** Half-open `[start, end)`, UTF-16. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tags: readonly string[];
  readonly coder: string;
  readonly note?: string;
}

/** Segments of annotations that have a place in their document (not orphaned, non-empty). */
export function segmentsOf(annotations: readonly Annotation[]): Segment[] {
  const out: Segment[] = [];
  for (const a of annotations) {
    const [q, p] = a.target.selector;
    if (a.status === 'orphaned' || p.end <= p.start) continue;
    out.push({ id: a.id, path: a.target.source, start: p.start, end: p.end, text: q.exact, tags: a.tags, coder: a.author ?? UNKNOWN_CODER, ...(a.note !== undefined ? { note: a.note } : {}) });
  }
  return out.sort(bySegmentPlace);
}

/** Order by document, then start, then end, then id: the order every listing uses. */
export function bySegmentPlace(a: Segment, b: Segment): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether `tag` is `code` itself or one of its sub-codes (`code/…`). */
export function isUnderCode(tag: string, code: string): boolean {
  return tag === code || (tag.length > code.length && tag.startsWith(code) && tag.charCodeAt(code.length) === 0x2f);
}

/** Whether a segment carries `code` or one of its sub-codes. */
export function hasCode(segment: Pick<Segment, 'tags'>, code: string): boolean {
  return segment.tags.some((t) => isUnderCode(t, code));
}

/** Whether two segments of the same document share at least one character. */
export function overlaps(a: Pick<Segment, 'path' | 'start' | 'end'>, b: Pick<Segment, 'path' | 'start' | 'end'>): boolean {
  return a.path === b.path && a.start < b.end && b.start < a.end;
}

/** Every code used by the segments together with all its ancestors, sorted (parents first). */
export function codesWithAncestors(segments: readonly Pick<Segment, 'tags'>[]): string[] {
  const all = new Set<string>();
  for (const s of segments) for (const t of s.tags) {
    for (let at = t.indexOf('/'); at > 0; at = t.indexOf('/', at + 1)) all.add(t.slice(0, at));
    all.add(t);
  }
  return [...all].sort();
}
