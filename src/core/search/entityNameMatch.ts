/**
 * How well a jump query names an entity, judged on whole names and words rather than
 * n-grams. Trigram overlap alone ranks an entity whose name was typed exactly (联邦学习)
 * below passages that merely contain it, and lets `xue lan` reach "large language model"
 * through `lan`. The jump box uses this to lift entities the query names and to drop
 * entities a multi-word query does not name.
 */
import { foldForMatch } from '../text/normalize';

/**
 * `exact`: the query is one of the names (case, width, spacing and punctuation aside);
 * `near`: within a typo or two of a whole name; `words`: every query word starts a word of
 * a name or is a typo away from one; `none`: some query word names nothing.
 */
export type NameMatch = 'exact' | 'near' | 'words' | 'none';

/** Score added to an entity row for each kind of match (jump scores run about 0..1.2). */
export const NAME_MATCH_BONUS: Readonly<Record<NameMatch, number>> = { exact: 0.4, near: 0.3, words: 0.15, none: 0 };

const WORD = /[\p{L}\p{N}]+/gu;
const LATIN_WORD = /^[a-z0-9]+$/;

/** Folded words of a text (letters and digits; a Chinese run is one word). */
export function wordsOf(text: string): string[] {
  return foldForMatch(text).match(WORD) ?? [];
}

/** Whether the query holds two or more Latin words (`xue lan`, `federated learnin`). */
export function isMultiWordLatin(query: string): boolean {
  return hasTwoLatinWords(wordsOf(query));
}

/** {@link isMultiWordLatin} on words already split by {@link wordsOf}. */
export function hasTwoLatinWords(words: readonly string[]): boolean {
  return words.filter((w) => LATIN_WORD.test(w)).length >= 2;
}

/** A name split once into what matching needs, so a keystroke does not fold it again. */
export interface PreparedName {
  readonly words: readonly string[];
  readonly compact: string;
  readonly han: boolean;
}

export function prepareNames(names: readonly string[]): PreparedName[] {
  return names.map((name) => {
    const words = wordsOf(name);
    const compact = words.join('');
    return { words, compact, han: hasHan(compact) };
  });
}

/** Typos forgiven in a string of this length: none below 5, one up to 9, two from 10. */
function tolerance(length: number, cjk: boolean): number {
  if (cjk) return length >= 4 ? 1 : 0;
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Optimal-string-alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of neighbours), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

/**
 * Whether query word `q` names name word `w`: equal, a prefix of it (for Chinese, any part
 * of it, since a Chinese run holds several words), or a typo away.
 */
function wordMatches(q: string, w: string): boolean {
  if (w.startsWith(q) || (hasHan(q) && w.includes(q))) return true;
  const tol = tolerance(q.length, hasHan(q));
  if (tol === 0) return false;
  // A typo in a prefix: compare with the name word cut to about the query's length.
  return editDistance(q, w, tol) <= tol || (w.length > q.length && editDistance(q, w.slice(0, q.length), tol) <= tol);
}

/** The best match of `query` against any of an entity's `names`. */
export function matchEntityNames(query: string, names: readonly string[]): NameMatch {
  return matchPreparedNames(wordsOf(query), prepareNames(names));
}

/** {@link matchEntityNames} with the query split by {@link wordsOf} and the names prepared. */
export function matchPreparedNames(qWords: readonly string[], names: readonly PreparedName[]): NameMatch {
  if (qWords.length === 0) return 'none';
  const qCompact = qWords.join('');
  let best: NameMatch = 'none';
  for (const { words: nWords, compact: nCompact, han } of names) {
    if (nCompact === qCompact) return 'exact';
    const tol = tolerance(Math.min(qCompact.length, nCompact.length), han);
    if (tol > 0 && editDistance(qCompact, nCompact, tol) <= tol) { best = 'near'; continue; }
    if (best === 'none' && qWords.every((q) => nWords.some((w) => wordMatches(q, w)))) best = 'words';
  }
  return best;
}
