/**
 * Gram extraction for the candidate index. Text is first folded to its matching form
 * (NFKC + lower case), then cut into runs: CJK runs give character bigrams (and unigrams,
 * so one-character queries and one-character typos still find something); Latin/number
 * words give trigrams padded with a space at both ends (` re`, `res`, …, `le `), so word
 * boundaries count and short words still produce grams. Grams are encoded as numbers, not
 * strings, so indexing 100k passages allocates almost nothing per gram.
 */
import { foldForMatch } from '../text/normalize';
import { foldVariants, isJoiningHyphen, isLatinLetter, isPossessiveS, simplifiedTable, simplifiedUnit, singularOf } from './variants';

/** Character class of one UTF-16 code unit: 0 separator, 1 word (Latin, digits…), 2 CJK. */
export type CharClass = 0 | 1 | 2;

const classTable = new Uint8Array(65536);
const letterOrDigit = /[\p{L}\p{N}]/u;

/** Class of a code unit, memoised; surrogates count as CJK (extension B ideographs). */
export function charClass(code: number): CharClass {
  let c = classTable[code];
  if (c !== 0) return (c - 1) as CharClass;
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xd800 && code <= 0xdfff)) c = 3;
  else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) c = 2;
  else if (code < 0xc0) c = 1;
  else c = letterOrDigit.test(String.fromCharCode(code)) ? 2 : 1;
  classTable[code] = c;
  return (c - 1) as CharClass;
}

const PAD = 0x20;
const P16 = 65536;
const P32 = 4294967296;

/** Numeric code of a unigram, bigram or trigram of code units (distinct ranges, exact in a double). */
export function gramCode(a: number, b = -1, c = -1): number {
  if (b < 0) return a;
  if (c < 0) return a * P16 + b;
  return a * P32 + b * P16 + c;
}

/** Number of real (non-padding) characters a gram code covers. */
export function gramWidth(code: number): number {
  if (code < P16) return 1;
  if (code < P32) return 2;
  const a = Math.floor(code / P32);
  return 3 - (a === PAD ? 1 : 0) - (code % P16 === PAD ? 1 : 0);
}

/** The gram a code stands for, as a string (for debugging and tests). */
export function gramText(code: number): string {
  if (code < P16) return String.fromCharCode(code);
  if (code < P32) return String.fromCharCode(Math.floor(code / P16), code % P16);
  const a = Math.floor(code / P32);
  const rest = code - a * P32;
  return String.fromCharCode(a, Math.floor(rest / P16), rest % P16);
}

/** Receives each gram with the offset (in the folded text) of its first real character. */
export type GramSink = (code: number, pos: number, weight: number) => void;

/** Weight of a CJK unigram relative to a bigram: present for tolerance, not to dominate. */
export const UNIGRAM_WEIGHT = 0.25;

/**
 * Emit every gram of already folded text. CJK unigrams come only from runs shorter than
 * `unigramRuns` (all runs by default, as the index stores them); a one-character CJK run
 * always yields its unigram at full weight.
 */
export function forEachGram(folded: string, sink: GramSink, unigramRuns = Infinity, query = false): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const cls = charClass(folded.charCodeAt(i));
    if (cls === 0) { i++; continue; }
    let j = i + 1;
    while (j < n && charClass(folded.charCodeAt(j)) === cls) j++;
    if (cls === 2) cjkRun(folded, i, j, sink, j - i < unigramRuns);
    else if (!isPossessiveS(folded, i, j)) {
      const sg = query ? singularOf(folded, i, j) : undefined;
      if (sg) stemRun(folded, i, sg.length, sg.yEnd, sink);
      else wordRun(folded, i, j, sink);
      if (!query) variantGrams(folded, i, j, sink);
      joinGrams(folded, j, sink, query ? QUERY_JOIN_WEIGHT : 1);
    }
    i = j;
  }
}

function cjkRun(s: string, i: number, j: number, sink: GramSink, unigrams: boolean): void {
  if (j - i === 1) { sink(simplifiedUnit(s.charCodeAt(i)), i, 1); return; }
  for (let k = i; k < j; k++) {
    const a = simplifiedUnit(s.charCodeAt(k));
    if (unigrams) sink(a, k, UNIGRAM_WEIGHT);
    if (k + 1 < j) sink(a * P16 + simplifiedUnit(s.charCodeAt(k + 1)), k, 1);
  }
}

function wordRun(s: string, i: number, j: number, sink: GramSink): void {
  // Padded word: PAD w0 w1 … wn PAD → trigrams over it.
  let a = PAD;
  let b = s.charCodeAt(i);
  for (let k = i + 1; k <= j; k++) {
    const c = k < j ? s.charCodeAt(k) : PAD;
    sink(a * P32 + b * P16 + c, Math.max(i, k - 2), 1);
    a = b;
    b = c;
  }
}

/** Grams of the singular of the word at `i` (`length` letters, then `y` when `yEnd`). */
function stemRun(s: string, i: number, length: number, yEnd: boolean, sink: GramSink): void {
  const stem = s.slice(i, i + length) + (yEnd ? 'y' : '');
  wordRun(stem, 0, stem.length, (code, pos, w) => sink(code, i + Math.min(pos, length - 1), w));
}

/**
 * Index side of the plural variant: a plural word also carries the last grams of its
 * singular, which is all the query side (singular grams only) needs beyond the shared stem.
 */
function variantGrams(s: string, i: number, j: number, sink: GramSink): void {
  const sg = singularOf(s, i, j);
  if (!sg) return;
  const end = i + sg.length;
  const last = sg.yEnd ? 0x79 : PAD;
  const x = s.charCodeAt(end - 2);
  const y = s.charCodeAt(end - 1);
  sink(x * P32 + y * P16 + last, end - 2, 1);
  if (sg.yEnd) sink(y * P32 + last * P16 + PAD, end - 1, 1);
}

/**
 * Weight of a query's junction grams: a hyphenated query also finds the compound written
 * with a space, which lacks them (and the closed compound, which has them, a little better).
 */
const QUERY_JOIN_WEIGHT = 0.5;

/**
 * Grams that span the junction of two Latin words joined by a hyphen: the grams the closed
 * compound would have (`pre-training` also yields `ret` and `etr` of `pretraining`), so the
 * hyphenated, spaced and closed forms all meet. `j` is where the first word ends.
 */
function joinGrams(s: string, j: number, sink: GramSink, weight: number): void {
  if (!isJoiningHyphen(s, j)) return;
  const a = j >= 2 && isLatinLetter(s.charCodeAt(j - 2)) ? s.charCodeAt(j - 2) : PAD;
  const b = s.charCodeAt(j - 1);
  const c = s.charCodeAt(j + 1);
  const d = isLatinLetter(s.charCodeAt(j + 2)) ? s.charCodeAt(j + 2) : PAD;
  sink(a * P32 + b * P16 + c, j - 1, weight);
  sink(b * P32 + c * P16 + d, j - 1, weight);
}

/** Reusable output buffers for `collectGrams`. */
export class GramBuffer {
  codes = new Float64Array(1024);
  pos = new Int32Array(1024);
  weights = new Float32Array(1024);

  /** Make room for `n` grams. */
  ensure(n: number): void {
    if (n <= this.codes.length) return;
    const size = Math.max(n, this.codes.length * 2);
    this.codes = new Float64Array(size);
    this.pos = new Int32Array(size);
    this.weights = new Float32Array(size);
  }
}

/** The few variant grams of one word (at most four), gathered without allocating. */
const extra = { n: 0, codes: new Float64Array(8), pos: new Int32Array(8), ws: new Float32Array(8) };
const extraSink: GramSink = (code, p, w) => {
  extra.codes[extra.n] = code; extra.pos[extra.n] = p; extra.ws[extra.n++] = w;
};

/**
 * Same grams as `forEachGram` (with unigrams), written into `buf` instead of a callback:
 * the hot path of indexing. Returns how many were written.
 */
export function collectGrams(folded: string, buf: GramBuffer): number {
  const n = folded.length;
  buf.ensure(3 * n + 4);
  const codes = buf.codes;
  const pos = buf.pos;
  const ws = buf.weights;
  const t2s = simplifiedTable();
  let k = 0;
  let i = 0;
  while (i < n) {
    const cls = charClass(folded.charCodeAt(i));
    if (cls === 0) { i++; continue; }
    let j = i + 1;
    while (j < n && charClass(folded.charCodeAt(j)) === cls) j++;
    if (cls === 2) {
      if (j - i === 1) { const c = folded.charCodeAt(i); codes[k] = t2s[c] || c; pos[k] = i; ws[k++] = 1; }
      else {
        const c0 = folded.charCodeAt(i);
        let a = t2s[c0] || c0;
        for (let m = i; m < j; m++) {
          codes[k] = a; pos[k] = m; ws[k++] = UNIGRAM_WEIGHT;
          if (m + 1 < j) {
            const c1 = folded.charCodeAt(m + 1);
            const b = t2s[c1] || c1;
            codes[k] = a * P16 + b; pos[k] = m; ws[k++] = 1;
            a = b;
          }
        }
      }
    } else if (isPossessiveS(folded, i, j)) {
      // `model's` is `model`: the possessive `s` adds nothing.
    } else {
      let a = PAD;
      let b = folded.charCodeAt(i);
      for (let m = i + 1; m <= j; m++) {
        const c = m < j ? folded.charCodeAt(m) : PAD;
        codes[k] = a * P32 + b * P16 + c; pos[k] = m - 2 < i ? i : m - 2; ws[k++] = 1;
        a = b;
        b = c;
      }
      const last = folded.charCodeAt(j - 1);
      const next = folded.charCodeAt(j);
      if ((last === 0x73 && j - i >= 4) || next === 0x2d || next === 0x2010) {
        extra.n = 0;
        variantGrams(folded, i, j, extraSink);
        joinGrams(folded, j, extraSink, 1);
        for (let e = 0; e < extra.n; e++) { codes[k] = extra.codes[e]; pos[k] = extra.pos[e]; ws[k++] = extra.ws[e]; }
      }
    }
    i = j;
  }
  return k;
}

/** One distinct gram of a query, with its weight (max over occurrences). */
export interface QueryGram {
  readonly code: number;
  readonly weight: number;
}

/**
 * Query runs of this many CJK characters or more skip unigrams: their bigrams already
 * tolerate one wrong character, and unigrams of common characters have huge postings.
 */
export const QUERY_UNIGRAM_RUNS = 3;

/** Distinct grams of a user string (folded here), for querying the index. */
export function queryGrams(q: string): QueryGram[] {
  const seen = new Map<number, number>();
  forEachGram(foldForMatch(q), (code, _pos, w) => {
    const prev = seen.get(code);
    if (prev === undefined || prev < w) seen.set(code, w);
  }, QUERY_UNIGRAM_RUNS, true);
  return [...seen].map(([code, weight]) => ({ code, weight }));
}

/** Distinct gram codes of a string (folded here): what the index stores for it. */
export function distinctGrams(text: string): number[] {
  const out = new Set<number>();
  forEachGram(foldForMatch(text), (code) => { out.add(code); });
  return [...out];
}

/**
 * Whitespace-separated terms of a query, folded (Simplified characters, a possessive `'s`
 * dropped, an English plural made singular); the re-ranker scores each separately.
 */
export function queryTerms(q: string): string[] {
  return foldVariants(q).split(/\s+/).filter((t) => t.length > 0).map((t) => {
    const bare = t.replace(/['’]s$/, '');
    const sg = /^[a-z]+$/.test(bare) ? singularOf(bare, 0, bare.length) : undefined;
    return sg ? bare.slice(0, sg.length) + (sg.yEnd ? 'y' : '') : bare;
  });
}
