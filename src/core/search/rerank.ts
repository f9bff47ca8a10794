/**
 * Second stage: fuzzy similarity between the query and short strings only (passage windows,
 * headings, entity names, tags), computed term by term so that a mixed query like
 * `悟道 FastMoE` rewards strings that match both terms. A term found verbatim scores 1
 * without asking fuse.js, which then only sees the strings that need fuzzy matching.
 */
import Fuse from 'fuse.js';

const options = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  isCaseSensitive: true, // inputs are already folded (NFKC + lower case)
  shouldSort: false,
  minMatchCharLength: 1,
  ignoreFieldNorm: true, // windows differ in word count; that should not move the score
};

/**
 * For each folded string, the mean over query terms of the similarity (1 for a verbatim
 * occurrence, else 1 − fuse's score, 0 when fuse finds no match), in `[0, 1]`.
 */
export function termSimilarity(folded: readonly string[], terms: readonly string[]): Float64Array {
  const out = new Float64Array(folded.length);
  if (terms.length === 0 || folded.length === 0) return out;
  for (const term of terms) {
    const fuzzy: number[] = [];
    folded.forEach((s, i) => { if (s.includes(term)) out[i] += 1; else fuzzy.push(i); });
    if (fuzzy.length === 0) continue;
    const fuse = new Fuse(fuzzy.map((i) => folded[i]), options);
    for (const r of fuse.search(term)) out[fuzzy[r.refIndex]] += 1 - (r.score ?? 1);
  }
  for (let i = 0; i < out.length; i++) out[i] /= terms.length;
  return out;
}
