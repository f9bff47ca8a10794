/** Small hand-made coded segments for the analysis tests (figures worked out in comments). */
import type { Segment } from '../../../src/core/analysis/segments';

let next = 0;
/** A segment; `text` is a placeholder of the right length. */
export function seg(path: string, start: number, end: number, tags: string[], coder = 'ann', id = `s${++next}`): Segment {
  return { id, path, start, end, text: 'x'.repeat(end - start), tags, coder };
}

/** Lengths of the fixture documents. */
export const LENGTHS: Record<string, number> = { 'a.md': 20, 'b.md': 10, 'c.md': 40 };
export const lengthOf = (p: string): number | undefined => LENGTHS[p];
