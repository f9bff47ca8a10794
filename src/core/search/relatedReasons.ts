/**
 * The reasons `findRelated` gives are English phrases; adapters show them in the user's
 * language and pick icons by them. This reads them back into structured form.
 */

export type RelatedReason =
  | { readonly kind: 'shares'; readonly names: string }
  | { readonly kind: 'link'; readonly relation: string }
  | { readonly kind: 'similar' }
  | { readonly kind: 'definition'; readonly how: DefinitionRelation; readonly term: string }
  | { readonly kind: 'translation' }
  | { readonly kind: 'cites'; readonly mode: 'article' | 'instrument' | 'cited' | 'citing' | 'citingArticle'; readonly name?: string }
  | { readonly kind: 'other'; readonly text: string };

/** How a definition relates: same term defined, another definition of the kind, or a term used. */
export type DefinitionRelation = 'same' | 'also' | 'used';

const DEFINITION_REASONS: readonly [DefinitionRelation, string][] = [
  ['same', 'defines the same term'], ['also', 'also a definition'], ['used', 'defines a term used here'],
];

/** Structured form of one reason string from `findRelated`. */
export function parseReason(reason: string): RelatedReason {
  if (reason === 'translation') return { kind: 'translation' };
  for (const [how, phrase] of DEFINITION_REASONS) {
    const m = reason.startsWith(`${phrase} (`) && reason.endsWith(')') ? reason.slice(phrase.length + 2, -1) : undefined;
    if (m !== undefined) return { kind: 'definition', how, term: m };
  }
  if (reason === 'similar wording') return { kind: 'similar' };
  const link = /^linked by annotation \((.+)\)$/.exec(reason);
  if (link) return { kind: 'link', relation: link[1] };
  const cites = /^cites the same (article|instrument): (.+)$/.exec(reason);
  if (cites) return { kind: 'cites', mode: cites[1] === 'article' ? 'article' : 'instrument', name: cites[2] };
  if (reason === 'cited by this passage') return { kind: 'cites', mode: 'cited' };
  if (reason === 'cites this document') return { kind: 'cites', mode: 'citing' };
  if (reason === 'cites this article') return { kind: 'cites', mode: 'citingArticle' };
  if (reason.startsWith('shares ')) return { kind: 'shares', names: reason.slice('shares '.length) };
  return { kind: 'other', text: reason };
}

/** The reason that best characterises a hit, for its icon: translation, link, definition, entities, wording. */
export function mainReason(reasons: readonly string[]): RelatedReason['kind'] {
  const kinds = reasons.map((r) => parseReason(r).kind);
  for (const k of ['translation', 'link', 'cites', 'definition', 'shares', 'similar'] as const) if (kinds.includes(k)) return k;
  return 'other';
}
