/**
 * Finding "the passage at this place": by offset (the editor's cursor) or by 1-based line
 * (the command line's `path:line`), tolerant of offsets between passages (blank lines).
 */
import type { Span } from '../types';
import type { SearchPassage } from './searchTypes';
import { passageAt } from './mentionIndex';

/**
 * Index of the first passage that overlaps `line` (a document span of one line, as given by
 * `LineIndex.lineSpan`), or -1 when the line holds no passage text (blank, front matter…).
 */
export function passageOnLine(passages: readonly SearchPassage[], line: Span): number {
  let lo = 0;
  let hi = passages.length;
  // First passage ending after the line starts.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passages[mid].span.end <= line.start) lo = mid + 1; else hi = mid;
  }
  const p = passages[lo];
  if (!p) return -1;
  return p.span.start < line.end ? lo : -1;
}

/**
 * Passage at a cursor offset; a cursor at the very end of a passage (after its last
 * character, where the caret sits after a click at the line end) still counts as inside.
 */
export function passageAtCursor(passages: readonly SearchPassage[], offset: number): number {
  const i = passageAt(passages, offset);
  if (i >= 0) return i;
  return offset > 0 ? passageAt(passages, offset - 1) : -1;
}
