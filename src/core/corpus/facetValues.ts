/**
 * From inferred facets to the metadata the tree, the CLI and hovers show: attributions with
 * their evidence, the type and jurisdiction facets, and an English one-line account of the
 * evidence for the CLI and logs (the editor renders the structured items itself, localised).
 */
import type { InferredFacets, InferredIssuer } from './evidence/combine';
import type { EvidenceItem } from './evidence/types';
import { strengthOf } from './evidence/types';
import type { Attribution, JurisdictionFacet, TypeFacet } from './metadata';

/** English names of evidence kinds, for the one-line account. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  adoption: 'adoption line', promulgation: 'promulgation line', signature: 'signature', title: 'title',
  byline: 'byline', newsSource: 'news source line', opening: 'opening formula', authorship: 'authorship line',
  copyright: 'copyright line', citation: 'citation block', licensor: 'licensor', frontMatter: 'front matter',
  webDomain: 'web address', folder: 'folder', mentions: 'mentions', knowledge: 'knowledge base',
  issuerName: "issuer's name", mentionedPlace: 'place named in the opening', structure: 'structure', fileName: 'file name', place: 'place name', language: 'language',
};

/** "from line 3: …审议通过 (adoption line, strong)" for the strongest items. */
export function describeEvidence(items: readonly EvidenceItem[], max = 2): string {
  if (!items.length) return 'no evidence';
  return items.slice(0, max).map((i) => {
    const where = i.line !== undefined ? `line ${i.line + 1}` : KIND_WORDS[i.kind] ?? i.kind;
    const label = i.line !== undefined ? `${KIND_WORDS[i.kind] ?? i.kind}, ${strengthOf(i.weight)}` : strengthOf(i.weight);
    const value = i.facet === 'issuer' ? '' : `${i.value} `;
    return `${value}from ${where}: ${i.excerpt} (${label})`;
  }).join('; ');
}

/** Inferred issuers as attributions, with their evidence. */
export function issuerAttributions(issuers: readonly InferredIssuer[]): Attribution[] {
  return issuers.map((i) => ({
    id: i.id,
    name: i.name,
    source: 'inferred' as const,
    provenance: describeEvidence(i.evidence),
    evidence: i.evidence,
    ...(i.discovered ? { discovered: true } : {}),
  }));
}

export function typeFacet(t: InferredFacets['type']): TypeFacet {
  return { value: t.value, source: 'inferred', provenance: t.evidence.length ? describeEvidence(t.evidence) : 'no evidence of a type', evidence: t.evidence };
}

export function jurisdictionFacet(j: InferredFacets['jurisdiction']): JurisdictionFacet {
  return { codes: j.codes, source: 'inferred', provenance: j.evidence.length ? describeEvidence(j.evidence) : 'no evidence of a jurisdiction', evidence: j.evidence };
}
