/**
 * "N mentions in M documents — A: x in y · B: …" must add up: a document filed under two
 * institutions (a joint release) would otherwise be counted once for each, and the parts
 * would exceed the whole. Here every document goes to its first (primary) institution, so
 * the shares sum to exactly the totals.
 */
import type { DocumentCount, InstitutionCount } from './references';

/** What is needed of a document's institutions: id ('' never used) and display name. */
export interface InstitutionRef {
  readonly id: string;
  readonly name: string;
}

/**
 * Mentions and documents per primary institution, most mentions first (ties by name),
 * documents without an institution last under id ''. `institutionsOf` returns the
 * document's institutions in the order its metadata gives them.
 */
export function primaryInstitutionShares(
  documents: readonly DocumentCount[],
  institutionsOf: (path: string) => readonly InstitutionRef[] | undefined,
): InstitutionCount[] {
  const shares = new Map<string, { name: string; mentions: number; documents: number }>();
  for (const d of documents) {
    const first = institutionsOf(d.path)?.find((i) => i.id !== '');
    const id = first?.id ?? '';
    const c = shares.get(id) ?? { name: first?.name ?? '', mentions: 0, documents: 0 };
    c.mentions += d.mentions;
    c.documents += 1;
    shares.set(id, c);
  }
  return [...shares].map(([id, c]) => ({ id, ...c })).sort((a, b) => {
    if ((a.id === '') !== (b.id === '')) return a.id === '' ? 1 : -1;
    return b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name);
  });
}
