/**
 * A tie-breaker for jump results: when two passages match a query equally well, the one in
 * a document whose title (or path) also names a query term is more likely what the user
 * means — "悟道 FastMoE" wants the WuDao release, not a note that lists both in passing.
 * The nudge is small, so it only reorders near-ties; it never lifts a weak match.
 */
import { parsePrefix } from './queryPrefix';
import { queryTerms } from './tokenize';
import { foldForMatch } from '../text/normalize';
import type { JumpHit } from './searchTypes';

/** Most a title can add to a score (scores are roughly 0..1). */
export const TITLE_BOOST = 0.04;

/**
 * Re-rank `hits` (best first) so that passages and headings of documents whose title or
 * path contains query terms get up to `TITLE_BOOST` more. `titleOf` gives a document's
 * title (undefined when it has none). Returns a new sorted array; scores are adjusted.
 */
export function boostByDocumentTitle(hits: readonly JumpHit[], query: string, titleOf: (path: string) => string | undefined): JumpHit[] {
  const { kind, text } = parsePrefix(query);
  const terms = queryTerms(text).filter((t) => t.length >= 2);
  if ((kind && kind !== 'heading') || terms.length === 0) return [...hits];
  const cache = new Map<string, number>();
  const share = (path: string): number => {
    let s = cache.get(path);
    if (s === undefined) {
      const about = foldForMatch(`${titleOf(path) ?? ''} ${path}`);
      s = terms.filter((t) => about.includes(t)).length / terms.length;
      cache.set(path, s);
    }
    return s;
  };
  const out = hits.map((h) => (h.path && (h.kind === 'passage' || h.kind === 'heading')
    ? { ...h, score: h.score + TITLE_BOOST * share(h.path) }
    : h));
  // Stable: equal scores keep the engine's order.
  return out.map((h, i) => ({ h, i })).sort((a, b) => b.h.score - a.h.score || a.i - b.i).map((x) => x.h);
}
