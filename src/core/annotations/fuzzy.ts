/**
 * Bounded fuzzy search for a quote whose words were edited. Trigrams of the quote vote for
 * where it may now start (seeding); the best few places are verified by a semi-global edit
 * distance alignment (Sellers) on the NFKC + lower-case matching form. A match must reach
 * {@link MIN_SIMILARITY}: a wrong anchor misleads a researcher more than a missing one.
 */
import { AnchorText, GRAM, toNormalizedOffset } from './anchorText';
import { normalizeForMatch } from '../text/normalize';

/** Lowest accepted `1 - editDistance / quoteLength`. */
export const MIN_SIMILARITY = 0.75;
/** Quotes shorter than this (in matching-form units) are never fuzzily matched. */
export const MIN_FUZZY_LENGTH = 6;
/** Above this quote length only the head and tail are aligned, to bound the cost. */
const LONG_QUOTE = 1024;
const HEAD = 256;
const MAX_SEEDS = 16;
const MAX_HITS_PER_SEED = 100;
const MAX_CANDIDATES = 3;
/** Characters searched on each side of the old position before the whole document. */
const LOCAL_SPAN = 2048;
/** A match in that window this close is taken without looking further away. */
const LOCAL_ACCEPT = 0.85;

/** A fuzzy hit in original UTF-16 offsets, with its similarity in [0, 1]. */
export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  readonly similarity: number;
}

interface Alignment {
  dist: number;
  start: number;
  end: number;
}

/** Best alignment of all of `p` against any substring of `t[from, to)` (Sellers' algorithm). */
export function alignSemiGlobal(p: string, t: string, from: number, to: number): Alignment {
  const m = p.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevS = new Int32Array(m + 1);
  let curS = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevS[i] = from;
  }
  const best: Alignment = { dist: m, start: from, end: from };
  for (let j = from; j < to; j++) {
    const tc = t.charCodeAt(j);
    cur[0] = 0;
    curS[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let d = prev[i - 1] + (p.charCodeAt(i - 1) === tc ? 0 : 1);
      let s = prevS[i - 1];
      if (prev[i] + 1 < d) {
        d = prev[i] + 1;
        s = prevS[i];
      }
      if (cur[i - 1] + 1 < d) {
        d = cur[i - 1] + 1;
        s = curS[i - 1];
      }
      cur[i] = d;
      curS[i] = s;
    }
    if (cur[m] < best.dist) {
      best.dist = cur[m];
      best.start = curS[m];
      best.end = j + 1;
    }
    [prev, cur] = [cur, prev];
    [prevS, curS] = [curS, prevS];
  }
  return best;
}

/** Candidate start positions (matching form) with the most trigram votes, nearest first on ties. */
function candidateStarts(doc: AnchorText, q: string, near: number): number[] {
  const grams = q.length - GRAM + 1;
  const step = Math.max(1, grams / MAX_SEEDS);
  const all = new Int32Array(Math.ceil(grams / step) * MAX_HITS_PER_SEED);
  let count = 0;
  for (let k = 0; k < grams; k += step) {
    const j = Math.floor(k);
    const hits = doc.gramPositions(q.slice(j, j + GRAM), MAX_HITS_PER_SEED);
    if (hits) for (const p of hits) all[count++] = p - j;
  }
  if (count === 0) return [];
  const diagonals = all.subarray(0, count).sort();
  const width = Math.max(8, Math.ceil(q.length * 0.3));
  // votes[i]: diagonals within `width` after diagonals[i]; pick the best few, far enough apart.
  const votes = new Int32Array(count);
  let hi = 0;
  for (let lo = 0; lo < count; lo++) {
    while (hi < count && diagonals[hi] <= diagonals[lo] + width) hi++;
    votes[lo] = hi - lo;
  }
  const chosen: number[] = [];
  while (chosen.length < MAX_CANDIDATES) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      const at = diagonals[i];
      if (best >= 0 && (votes[i] < votes[best] || (votes[i] === votes[best] && Math.abs(at - near) >= Math.abs(diagonals[best] - near)))) continue;
      if (chosen.every((x) => Math.abs(x - at) > width)) best = i;
    }
    if (best < 0) break;
    chosen.push(diagonals[best]);
  }
  return chosen;
}

/** Align a long quote by its head and tail only; similarity is the worse of the two. */
function alignLong(q: string, t: string, at: number, slack: number): Alignment | undefined {
  const head = alignSemiGlobal(q.slice(0, HEAD), t, Math.max(0, at - slack), Math.min(t.length, at + HEAD + slack));
  const tailAt = at + q.length - HEAD;
  const tail = alignSemiGlobal(q.slice(-HEAD), t, Math.max(0, tailAt - slack), Math.min(t.length, tailAt + HEAD + slack));
  const length = tail.end - head.start;
  if (length < q.length * MIN_SIMILARITY || length > q.length * (2 - MIN_SIMILARITY)) return undefined;
  const worst = Math.max(head.dist, tail.dist) / HEAD;
  return { dist: Math.round(worst * q.length), start: head.start, end: tail.end };
}

/**
 * Find the place in `doc` that best matches `quote`, preferring places near original offset
 * `nearOffset`; undefined when nothing reaches {@link MIN_SIMILARITY}. A match of at least
 * {@link LOCAL_ACCEPT} within {@link LOCAL_SPAN} characters of the old place is taken as is.
 */
export function fuzzyFind(doc: AnchorText, quote: string, nearOffset: number): FuzzyMatch | undefined {
  return fuzzyCandidates(doc, quote, nearOffset)[0];
}

/**
 * Every verified place (up to a few) that matches `quote` by at least {@link MIN_SIMILARITY},
 * best first (fewest edits, then nearest `nearOffset`). Re-anchoring weighs them by context,
 * so a copy of the quote elsewhere does not beat the edited passage at its own place.
 */
export function fuzzyCandidates(doc: AnchorText, quote: string, nearOffset: number): FuzzyMatch[] {
  const q = normalizeForMatch(quote).text;
  if (q.length < MIN_FUZZY_LENGTH) return [];
  const text = doc.text;
  if (text.length > 4 * LOCAL_SPAN + quote.length) {
    // Most edited quotes stay where they were: search a window around the old place first
    // (its matching form and trigram index cost a fraction of the whole document's).
    const from = Math.max(0, nearOffset - LOCAL_SPAN);
    const to = Math.min(text.length, nearOffset + quote.length + LOCAL_SPAN);
    const local = findIn(new AnchorText(text.slice(from, to)), q, nearOffset - from)
      .map((m) => ({ start: m.start + from, end: m.end + from, similarity: m.similarity }));
    if (local.length && local[0].similarity >= LOCAL_ACCEPT) return local;
  }
  return findIn(doc, q, nearOffset);
}

/** Verified matches of an already normalised quote `q`, best first. */
function findIn(doc: AnchorText, q: string, nearOffset: number): FuzzyMatch[] {
  const m = q.length;
  const norm = doc.norm;
  const near = toNormalizedOffset(norm, nearOffset);
  const slack = Math.ceil(m * (1 - MIN_SIMILARITY)) + 2;
  const found: Alignment[] = [];
  for (const at of candidateStarts(doc, q, near)) {
    const a = m > LONG_QUOTE
      ? alignLong(q, norm.text, at, slack)
      : alignSemiGlobal(q, norm.text, Math.max(0, at - slack), Math.min(norm.text.length, at + m + slack));
    if (!a || a.end <= a.start || 1 - a.dist / m < MIN_SIMILARITY) continue;
    if (found.some((f) => f.start === a.start && f.end === a.end)) continue;
    found.push(a);
  }
  found.sort((a, b) => a.dist - b.dist || Math.abs(a.start - near) - Math.abs(b.start - near));
  const out: FuzzyMatch[] = [];
  for (const a of found) {
    const start = norm.map[a.start];
    const end = norm.map[a.end];
    if (end > start) out.push({ start, end, similarity: 1 - a.dist / m });
  }
  return out;
}
