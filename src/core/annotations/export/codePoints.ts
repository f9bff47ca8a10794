/**
 * UTF-16 offsets (what the editor and our files use) ↔ Unicode code point offsets (what
 * REFI-QDA positions and most non-JavaScript tools count). They differ only after characters
 * outside the BMP, such as rare CJK ideographs in Extension B or emoji.
 */

/** Converter for one text; build once, convert many offsets. */
export class CodePointIndex {
  /** UTF-16 offsets where a surrogate pair starts, ascending. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
  }

  /** Code point offset of a UTF-16 offset (an offset inside a pair counts as after it). */
  toCodePoint(utf16: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] + 1 < utf16) lo = mid + 1;
      else hi = mid;
    }
    return utf16 - lo;
  }

  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    let o = codePoint;
    for (const p of this.pairs) {
      if (p < o) o++;
      else break;
    }
    return o;
  }
}
