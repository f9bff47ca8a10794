/**
 * Offset ↔ line/character conversion that agrees with VS Code's `TextDocument`: `\r\n`, `\r`
 * and `\n` each end a line, characters are UTF-16 code units, and out-of-range input is
 * clamped the way VS Code clamps it. Built once per document; lookups are binary searches.
 */
import type { LineCol, Span } from '../types';

export class LineIndex {
  /** Offset where each line starts; `starts[i + 1]` is just past line i's line break. */
  private readonly starts: number[];
  /** Offset where each line's content ends (before its line break). */
  private readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    const n = text.length;
    // Next `\n` and next `\r` at or after the cursor, each searched again only once the cursor
    // has passed it: every character is scanned at most once per kind of break, so building
    // the index is linear even in a file with no `\r` at all (asking indexOf('\r') per line
    // would rescan the rest of the file on every line).
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    let i = 0;
    while (i < n) {
      if (lf >= 0 && lf < i) lf = text.indexOf('\n', i);
      if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
      const next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (next < 0) break;
      ends.push(next);
      i = next === cr && text.charCodeAt(next + 1) === 10 ? next + 2 : next + 1;
      starts.push(i);
    }
    ends.push(n);
    this.starts = starts;
    this.ends = ends;
  }

  /** Number of lines; an empty text and a text ending in a line break count the last (empty) line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Line and character of an offset; offsets inside a `\r\n` or past the end are clamped. */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.ends[line]) - this.starts[line] };
  }

  /** Offset of a position; line and character are clamped into the document. */
  offsetAt(pos: LineCol): number {
    const line = Math.max(0, Math.min(Math.floor(pos.line), this.starts.length - 1));
    const start = this.starts[line];
    return start + Math.max(0, Math.min(Math.floor(pos.character), this.ends[line] - start));
  }

  /** Span of a line's content, without its line break. */
  lineSpan(line: number): Span {
    const l = Math.max(0, Math.min(Math.floor(line), this.starts.length - 1));
    return { start: this.starts[l], end: this.ends[l] };
  }

  /** Zero-based line that contains `offset` (offsets in a line break belong to its line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
