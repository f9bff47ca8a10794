/**
 * Offsets between two texts that differ only in line-ending convention (CRLF, CR or LF), as
 * when a project written on Windows meets the same document checked out with LF endings.
 */

/** A text with every line ending made `\n`, and offsets from and to the original. */
export class LfText {
  readonly lf: string;
  /** Original offsets of each `\r` removed from a CRLF pair, ascending. */
  private readonly dropped: number[] = [];

  constructor(readonly original: string) {
    let out = '';
    let from = 0;
    for (let i = 0; i < original.length; i++) {
      if (original.charCodeAt(i) !== 13) continue;
      if (original.charCodeAt(i + 1) === 10) {
        out += original.slice(from, i);
        from = i + 1;
        this.dropped.push(i);
      } else {
        out += original.slice(from, i) + '\n';
        from = i + 1;
      }
    }
    this.lf = out + original.slice(from);
  }

  /** Offset in {@link lf} of an original offset. */
  toLf(offset: number): number {
    let n = 0;
    while (n < this.dropped.length && this.dropped[n] < offset) n++;
    return offset - n;
  }

  /** Original offset of an offset in {@link lf} (before the `\r` of a CRLF at that place). */
  fromLf(offset: number): number {
    let o = offset;
    for (const d of this.dropped) {
      if (d < o) o++;
      else break;
    }
    return o;
  }
}
