/**
 * Spelling variants that a researcher means as one term, resolved where grams are made so
 * that index and query agree: Traditional and Simplified Chinese characters (OpenCC's
 * character table, built once on first use), English plurals and possessives, and compounds
 * written with a hyphen, a space or neither (`pre-training`, `pre training`, `pretraining`).
 * Full-width and half-width forms are already one after NFKC folding.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { foldForMatch } from '../text/normalize';

let t2s: Uint16Array | undefined;

/** Traditional → Simplified table over BMP code units (0 where a unit maps to itself). */
export function simplifiedTable(): Uint16Array {
  if (t2s) return t2s;
  const out = new Uint16Array(65536);
  for (const pair of tsCharacters.split('|')) {
    const [from, to] = pair.split(' ');
    // Only one-unit to one-unit mappings: offsets in folded text must not move.
    if (from?.length === 1 && to?.length === 1 && from !== to) out[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  t2s = out;
  return out;
}

/** The Simplified form of one code unit (itself when it has none). */
export function simplifiedUnit(code: number): number {
  if (code < 0x3400) return code;
  const s = (t2s ?? simplifiedTable())[code];
  return s === 0 ? code : s;
}

/** `text` with every Traditional character replaced by its Simplified form (same length). */
export function toSimplified(text: string): string {
  const table = simplifiedTable();
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && table[c] !== 0) { first = i; break; }
  }
  if (first < 0) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = i < first ? text.charCodeAt(i) : simplifiedUnit(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096));
  return out;
}

/** Matching form for comparing labels and terms: NFKC, lower case, Simplified characters. */
export function foldVariants(text: string): string {
  return toSimplified(foldForMatch(text));
}

/**
 * Length of the singular of an English plural word `s[i, j)` (folded), or -1 when the word
 * is not read as a plural; `yEnd` tells the singular ends in `y` (`policies` → `policy`).
 * Conservative: `-ss`, `-us`, `-is` and short words are left alone.
 */
export function singularOf(s: string, i: number, j: number): { length: number; yEnd: boolean } | undefined {
  const n = j - i;
  if (n < 4 || s.charCodeAt(j - 1) !== 0x73) return undefined; // s
  const prev = s.charCodeAt(j - 2);
  if (prev === 0x73 || prev === 0x75 || prev === 0x69) return undefined; // ss us is
  if (prev === 0x65) { // …es
    const p2 = s.charCodeAt(j - 3);
    if (n > 4 && p2 === 0x69) return { length: n - 3, yEnd: true }; // …ies
    const p3 = s.charCodeAt(j - 4);
    if (p2 === 0x73 || p2 === 0x78 || p2 === 0x7a || (p2 === 0x68 && (p3 === 0x63 || p3 === 0x73))) return { length: n - 2, yEnd: false };
  }
  if (!isLatinLetter(prev)) return undefined;
  return { length: n - 1, yEnd: false };
}

export function isLatinLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether a hyphen (ASCII or U+2010) joins two Latin letters at `k`. */
export function isJoiningHyphen(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return (c === 0x2d || c === 0x2010) && isLatinLetter(s.charCodeAt(k - 1)) && isLatinLetter(s.charCodeAt(k + 1));
}

/** Whether the word `s[i, j)` is the `s` of a possessive (`model's`, `model’s`). */
export function isPossessiveS(s: string, i: number, j: number): boolean {
  if (j - i !== 1 || s.charCodeAt(i) !== 0x73 || i < 2) return false;
  const q = s.charCodeAt(i - 1);
  return (q === 0x27 || q === 0x2019) && isLatinLetter(s.charCodeAt(i - 2));
}

/**
 * A comparison key that ignores the variants above: Simplified characters, no hyphens or
 * spaces between Latin words, plurals singular. `general-purpose AI models` and
 * `general purpose AI model` share the key `generalpurposeaimodel`.
 */
export function variantKey(text: string): string {
  const folded = foldVariants(text);
  let out = '';
  const word = /[a-z0-9]+|[^\sa-z0-9\-\u2010'’.,;:!?()[\]"“”‘]+/g;
  for (let m = word.exec(folded); m; m = word.exec(folded)) {
    const w = m[0];
    if (w === 's' && m.index > 0 && /['’]/.test(folded.charAt(m.index - 1))) continue;
    const sg = /^[a-z]/.test(w) ? singularOf(w, 0, w.length) : undefined;
    out += sg ? w.slice(0, sg.length) + (sg.yEnd ? 'y' : '') : w;
  }
  return out;
}
