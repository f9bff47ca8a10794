/**
 * Short, readable excerpts of long passages: the ~80 characters around the place where the
 * query's grams cluster most densely, with the matched ranges marked. The re-ranker and
 * the jump list only ever see these windows, never whole passages, which keeps fuzzy
 * re-ranking cheap and the list legible.
 */
import { foldForMatch, normalizeForMatch, toNormalizedOffset, type NormalizedText } from '../text/normalize';
import { charClass, collectGrams, GramBuffer, gramWidth } from './tokenize';
import type { WeightTable } from './gramTable';

const buffer = new GramBuffer();

/** An excerpt of a passage's text. */
export interface TextWindow {
  /** What to show (line breaks turned into spaces, `…` where text was cut). */
  readonly label: string;
  /** `[start, end)` of the excerpt within the passage text. */
  readonly start: number;
  readonly end: number;
  /** Matched ranges within `label`. */
  readonly highlights: [number, number][];
  /** `[start, end)` in the passage text of the densest cluster of hits (or of the window). */
  readonly focus: readonly [number, number];
}

/**
 * Cut a window of about `width` characters from `text` around the densest cluster of the
 * query grams (`weights`: gram code → weight, 0 when absent). `anchor` (a passage-text offset) centres the
 * window instead, e.g. on an entity mention.
 */
export function bestWindow(text: string, weights: WeightTable, width = 80, anchor?: number): TextWindow {
  if (text.length > LONG) return longWindow(text, weights, width, anchor);
  return cut(text, remembered(normCache, text, prepare), weights, width, anchor);
}

/** A text's matching form with its grams (code and folded offset), as `cut` reads them. */
interface Prepared extends NormalizedText {
  readonly codes: Float64Array;
  readonly pos: Int32Array;
}

function prepare(text: string): Prepared {
  const norm = normalizeForMatch(text);
  const count = collectGrams(norm.text, buffer);
  return { ...norm, codes: buffer.codes.slice(0, count), pos: buffer.pos.slice(0, count) };
}

/**
 * Consecutive keystrokes mostly re-rank the same passages, so their folded forms (and
 * grams) are kept for a while (bounded, least recently used first out).
 */
const CACHE_SIZE = 1024;
const normCache = new Map<string, Prepared>();
const foldCache = new Map<string, string>();

function remembered<T>(cache: Map<string, T>, text: string, make: (s: string) => T): T {
  let v = cache.get(text);
  if (v !== undefined) {
    cache.delete(text);
  } else {
    v = make(text);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, v);
  return v;
}

function cut(text: string, norm: Prepared, weights: WeightTable, width: number, anchor?: number): TextWindow {
  const hits: number[] = []; // start, end pairs in folded text
  const ws: number[] = [];
  const { codes, pos } = norm;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const w = weights.get(code);
    if (w > 0) { hits.push(pos[i], pos[i] + gramWidth(code)); ws.push(w); }
  }
  let focusS = 0;
  let focusE = Math.min(norm.text.length, width);
  if (anchor !== undefined) {
    const a = Math.max(0, toNormalizedOffset(norm, anchor));
    focusS = a; focusE = a + 1;
  } else if (hits.length > 0) {
    [focusS, focusE] = densest(hits, ws, Math.max(24, width / 2));
  }
  const len = norm.text.length;
  let ws0 = 0;
  let we0 = len;
  if (len > width) {
    const mid = (focusS + focusE) >> 1;
    ws0 = Math.max(0, Math.min(len - width, mid - (width >> 1)));
    we0 = Math.min(len, ws0 + width);
    ws0 = snapStart(norm.text, ws0, focusS);
    we0 = snapEnd(norm.text, we0, focusE);
  }
  const start = norm.map[ws0];
  const end = norm.map[we0];
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const label = pre + text.slice(start, end).replace(/[\r\n\t\f\v]/g, ' ') + post;
  const marks = markHits(hits, ws0, we0, norm.text);
  const highlights = marks.map(([s, e]): [number, number] => [norm.map[s] - start + pre.length, norm.map[e] - start + pre.length]);
  if (anchor === undefined && marks.length > 0) {
    // Jump to the strongest mark itself, not the whole cluster around it.
    const strongest = marks.reduce((a, b) => (b[2] > a[2] ? b : a));
    focusS = strongest[0];
    focusE = strongest[1];
  }
  return { label, start, end, highlights, focus: [norm.map[focusS], norm.map[Math.min(focusE, len)]] };
}

/** Passages longer than this are first narrowed to their best slice (cheaply), then cut. */
const LONG = 600;
const SLICE = 240;
/** How many of the heaviest (rarest) query grams locate the best slice of a long passage. */
const SCAN_GRAMS = 8;

/**
 * For a long passage (a 4,000-character article line), score fixed slices with the fast
 * native fold, then cut the exact window from the best slice and its neighbours only.
 */
function longWindow(text: string, weights: WeightTable, width: number, anchor?: number): TextWindow {
  let best = 0;
  if (anchor !== undefined) best = Math.floor(anchor / SLICE) * SLICE;
  else {
    // Native substring scans of the folded text; the fold may shift offsets slightly
    // (ligatures), which is good enough to pick a slice.
    const folded = remembered(foldCache, text, foldForMatch);
    const slices = new Float64Array(Math.ceil(folded.length / SLICE) + 1);
    for (const g of weights.texts.slice(0, SCAN_GRAMS)) {
      for (let at = folded.indexOf(g.text); at >= 0; at = folded.indexOf(g.text, at + 1)) {
        slices[Math.floor(at / SLICE)] += g.weight;
      }
    }
    let bestScore = 0;
    slices.forEach((score, k) => { if (score > bestScore) { bestScore = score; best = k * SLICE; } });
  }
  const from = Math.max(0, best - SLICE / 2);
  const to = Math.min(text.length, best + SLICE * 1.5);
  const slice = text.slice(from, to);
  const w = cut(slice, remembered(normCache, slice, prepare), weights, width, anchor === undefined ? undefined : anchor - from);
  const pre = w.start + from > 0 && !w.label.startsWith('…') ? '…' : '';
  const post = w.end + from < text.length && !w.label.endsWith('…') ? '…' : '';
  return {
    label: pre + w.label + post,
    start: w.start + from,
    end: w.end + from,
    highlights: w.highlights.map(([s, e]): [number, number] => [s + pre.length, e + pre.length]),
    focus: [w.focus[0] + from, w.focus[1] + from],
  };
}

/**
 * Merge gram hits inside `[from, to)` into `[start, end, grams]` ranges (bridging single spaces, so `export
 * controls` is one mark), dropping ranges made of a single gram when the text has longer
 * ones: a stray ` co` in `compute` is noise next to a full match.
 */
function markHits(hits: number[], from: number, to: number, text: string): [number, number, number][] {
  const ranges: [number, number, number][] = [];
  for (let i = 0; i < hits.length; i += 2) {
    if (hits[i] < from || hits[i + 1] > to) continue;
    const last = ranges[ranges.length - 1];
    const bridge = last && hits[i] === last[1] + 1 && text.charCodeAt(last[1]) === 0x20;
    if (last && (hits[i] <= last[1] || bridge)) {
      last[1] = Math.max(last[1], hits[i + 1]);
      last[2]++;
    } else ranges.push([hits[i], hits[i + 1], 1]);
  }
  const rich = ranges.some((r) => r[2] > 1);
  return mergeOverlaps(ranges.filter((r) => !rich || r[2] > 1).map((r) => wholeWord(r, text)));
}

/** Widen a mark inside a Latin word to the whole word when it covers at least half of it. */
function wholeWord(r: [number, number, number], text: string): [number, number, number] {
  let s = r[0];
  let e = r[1];
  if (charClass(text.charCodeAt(s)) !== 1) return r;
  while (s > 0 && charClass(text.charCodeAt(s - 1)) === 1) s--;
  while (e < text.length && charClass(text.charCodeAt(e)) === 1) e++;
  return (r[1] - r[0]) * 2 >= e - s ? [Math.min(s, r[0]), Math.max(e, r[1]), r[2]] : r;
}

function mergeOverlaps(ranges: [number, number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); last[2] += r[2]; } else out.push([...r]);
  }
  return out;
}

/** The `[start, end)` (folded offsets) of at most `span` characters holding the most hit weight. */
function densest(hits: number[], ws: number[], span: number): [number, number] {
  let best = -1;
  let bs = hits[0];
  let be = hits[1];
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < ws.length; hi++) {
    sum += ws[hi];
    while (hits[2 * hi + 1] - hits[2 * lo] > span) sum -= ws[lo++];
    if (sum > best) { best = sum; bs = hits[2 * lo]; be = hits[2 * hi + 1]; }
  }
  return [bs, be];
}

/** Move a cut forward to a word start if one is near and the focus stays inside. */
function snapStart(s: string, at: number, focus: number): number {
  if (at === 0 || s.charCodeAt(at - 1) === 0x20) return at;
  for (let k = at; k < Math.min(at + 12, focus); k++) if (s.charCodeAt(k) === 0x20) return k + 1;
  return at;
}

/** Move a cut back to a word end if one is near and the focus stays inside. */
function snapEnd(s: string, at: number, focus: number): number {
  if (at >= s.length || s.charCodeAt(at) === 0x20) return at;
  for (let k = at; k > Math.max(at - 12, focus); k--) if (s.charCodeAt(k) === 0x20) return k;
  return at;
}
