/**
 * Second stage: fuzzy similarity between the query and short strings only (passage windows,
 * headings, entity names, tags), computed with fuse.js term by term so that a mixed query
 * like `悟道 FastMoE` rewards strings that match both terms.
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
 * For each folded string, the mean over query terms of fuse's similarity (1 − score; 0 when
 * the term does not match), in `[0, 1]`.
 */
export function termSimilarity(folded: readonly string[], terms: readonly string[]): Float64Array {
  const out = new Float64Array(folded.length);
  if (terms.length === 0 || folded.length === 0) return out;
  const fuse = new Fuse(folded, options);
  for (const term of terms) {
    for (const r of fuse.search(term)) out[r.refIndex] += 1 - (r.score ?? 1);
  }
  for (let i = 0; i < out.length; i++) out[i] /= terms.length;
  return out;
}
