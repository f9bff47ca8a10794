/**
 * Matching form of text: NFKC (full-width `悟道2．0` → `悟道2.0`, `GPT－3` → `GPT-3`) and
 * lower case, with a map from every code unit of the matching form back to the original
 * text, so a hit found in normalised text can be reported at the offsets VS Code shows.
 * HTML character references (`&nbsp;`) match as the characters they stand for.
 */
import { entityAt } from './htmlEntities';

export interface NormalizedText {
  /** The matching form. */
  readonly text: string;
  /**
   * `map[i]` is the original offset of the character that produced normalised unit `i`;
   * `map[text.length]` is the original length, so `[map[s], map[e])` is a valid original span.
   */
  readonly map: Int32Array;
}

const cache = new Map<number, string>();

function foldCodePoint(cp: number, ch: string): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = ch.normalize('NFKC').toLowerCase();
    if (cache.size < 65536) cache.set(cp, folded);
  }
  return folded;
}

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x3099 || code === 0x309a;
}

/** Whether a code unit is unchanged by NFKC + lower case (a fast path, not exhaustive). */
function isStable(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011) ||
    (c >= 0x2013 && c <= 0x201f) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7a3);
}

const utf16 = new TextDecoder('utf-16le');

/** Case-fold and NFKC-normalise `text`, keeping a map back to original offsets. */
export function normalizeForMatch(text: string): NormalizedText {
  const n = text.length;
  let out = new Uint16Array(n + 16);
  let map = new Int32Array(n + 16);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const ref = c === 38 ? entityAt(text, i) : undefined;
    if (!ref && (c < 0x80 || isStable(c)) && !(next >= 0x300 && isCombining(next))) {
      out[len] = c >= 65 && c <= 90 ? c + 32 : c;
      map[len++] = i++;
      continue;
    }
    const start = i;
    let folded: string;
    if (ref) {
      // An HTML character reference (`&nbsp;`, `&amp;`) matches as the character it stands for.
      folded = ref.value.normalize('NFKC').toLowerCase();
      i += ref.length;
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (i < n && isCombining(text.charCodeAt(i))) {
        while (i < n && isCombining(text.charCodeAt(i))) i++;
        folded = text.slice(start, i).normalize('NFKC').toLowerCase();
      } else {
        folded = foldCodePoint(cp, text.slice(start, i));
      }
    }
    if (len + folded.length + 1 > out.length) {
      const size = Math.max(out.length * 2, len + folded.length + 16);
      const o2 = new Uint16Array(size); o2.set(out.subarray(0, len)); out = o2;
      const m2 = new Int32Array(size); m2.set(map.subarray(0, len)); map = m2;
    }
    for (let k = 0; k < folded.length; k++) {
      out[len] = folded.charCodeAt(k);
      map[len++] = start;
    }
  }
  map[len] = n;
  return { text: utf16.decode(out.subarray(0, len)), map: map.subarray(0, len + 1) };
}

/** Smallest matching-form index whose original offset is at or after `offset`. */
export function toNormalizedOffset(norm: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matching form of a short string such as a query or an alias (no map needed). */
export function foldForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}
