/**
 * Passages whose wording resembles a given text, straight from the n-gram index: the text's
 * rarest grams are used as the query, so a long passage costs about as much as a short one.
 */
import type { DocItems } from './docItems';
import { KIND_PASSAGE } from './docItems';
import { queryGrams } from './tokenize';

export interface SimilarPassage {
  readonly path: string;
  readonly index: number;
  /** Weighted share of the probe grams the passage contains (0..1). */
  readonly similarity: number;
}

/** How many of the text's rarest grams probe the index. */
const PROBE = 80;

export function similarPassages(items: DocItems, text: string, limit = 50): SimilarPassage[] {
  const ix = items.index;
  ix.flush();
  const df = (code: number): number => {
    const g = ix.gramIds.get(code);
    return g < 0 ? 0 : ix.postings.size(g);
  };
  const grams = queryGrams(text)
    .filter((g) => g.weight === 1 && df(g.code) > 0)
    .sort((a, b) => df(a.code) - df(b.code))
    .slice(0, PROBE);
  if (grams.length === 0) return [];
  const out: SimilarPassage[] = [];
  for (const c of ix.candidates(grams, { limit, kindMask: 1 << KIND_PASSAGE, minCoverage: 0.15 })) {
    const entry = items.entryOf(c.id);
    if (entry) out.push({ path: entry.path, index: ix.ref[c.id], similarity: c.coverage });
  }
  return out;
}
