/**
 * How well a candidate place's surroundings agree with an annotation's stored context. This
 * is what tells "the same passage, edited" from "a copy of the same words somewhere else":
 * the words of a repeated paragraph match either way, its neighbours do not.
 */
import type { Span } from '../types';

/** Characters of `prefix` (from its end) that agree with the text just before `at`. */
export function prefixAgreement(text: string, at: number, prefix: string): number {
  let k = 0;
  while (k < prefix.length && at - k - 1 >= 0 && text.charCodeAt(at - k - 1) === prefix.charCodeAt(prefix.length - k - 1)) k++;
  return k;
}

/** Characters of `suffix` (from its start) that agree with the text from `at`. */
export function suffixAgreement(text: string, at: number, suffix: string): number {
  let k = 0;
  while (k < suffix.length && at + k < text.length && text.charCodeAt(at + k) === suffix.charCodeAt(k)) k++;
  return k;
}

/** Whether the stored prefix and suffix both stand unchanged around `span`. */
export function contextHolds(text: string, span: Span, prefix: string, suffix: string): boolean {
  return prefixAgreement(text, span.start, prefix) === prefix.length && suffixAgreement(text, span.end, suffix) === suffix.length;
}

/** Levenshtein distance of two short strings (contexts are at most a few hundred units). */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 − distance / length between `stored` and `found` (1 when both are empty). */
function similarity(stored: string, found: string): number {
  const n = Math.max(stored.length, found.length);
  return n === 0 ? 1 : 1 - distance(stored, found) / n;
}

/**
 * Similarity in [0, 1] of the text around `span` to the stored `prefix` and `suffix`, each side
 * compared with the same number of characters and weighted by its length.
 */
export function contextSimilarity(text: string, span: Span, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, span.start - prefix.length), span.start);
  const after = text.slice(span.end, span.end + suffix.length);
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  return (similarity(prefix, before) * prefix.length + similarity(suffix, after) * suffix.length) / total;
}

/** Longest quote compared in full by {@link textSimilarity}; longer ones by head and tail. */
const FULL_COMPARE = 1024;
const PART = 256;

/** Similarity in [0, 1] of an edited quote to the stored one (edit distance over length). */
export function textSimilarity(stored: string, found: string): number {
  if (stored.length <= FULL_COMPARE && found.length <= FULL_COMPARE) return similarity(stored, found);
  return Math.min(similarity(stored.slice(0, PART), found.slice(0, PART)), similarity(stored.slice(-PART), found.slice(-PART)));
}

/** Contexts shorter than this are too weak to place a passage. */
const MIN_PLACING_CONTEXT = 4;
/** Occurrences of the prefix tried. */
const MAX_PREFIXES = 200;

/**
 * The annotation's own place found by its surroundings alone: the nearest gap (to offset
 * `old`) that the stored prefix ends at and the stored suffix starts at, no longer than about
 * twice the quote. Its text is what the quote became; undefined when no such gap exists.
 */
export function placeBetweenContext(text: string, prefix: string, suffix: string, quoteLength: number, old: number): Span | undefined {
  // Both sides must be real text: an empty side only says "at the start/end", which an
  // insertion there would make wrong.
  if (prefix.length < MIN_PLACING_CONTEXT || suffix.length < MIN_PLACING_CONTEXT) return undefined;
  const maxGap = 2 * quoteLength + 16;
  let best: Span | undefined;
  for (let at = text.indexOf(prefix), n = 0; at >= 0 && n < MAX_PREFIXES; at = text.indexOf(prefix, at + 1), n++) {
    const e = at + prefix.length;
    const s = text.indexOf(suffix, e);
    if (s <= e || s - e > maxGap) continue;
    if (!best || Math.abs(e - old) < Math.abs(best.start - old)) best = { start: e, end: s };
  }
  return best;
}
