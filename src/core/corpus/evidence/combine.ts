/**
 * The ONE place where evidence becomes a verdict: issuers, document type and jurisdiction,
 * each with the evidence that carried it. Issuers need positional evidence (an adoption
 * line, a signature, a title form, a byline, a licensor…): the sum of what points at one
 * body must reach {@link ISSUER_MIN} and include one item of at least {@link POSITIONAL_MIN},
 * so mention counts alone never make an issuer, and a document whose text does not say who
 * issued it stays unattributed.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Entity } from '../../knowledge/types';
import { foldForMatch } from '../../text/normalize';
import { isPartOf } from '../institutions';
import { DocumentType, isDocumentType } from './docTypeWords';
import { countryOf, placesIn } from './places';
import { facetItem } from './resolve';
import type { EvidenceItem } from './types';

/** An issuer the evidence supports. */
export interface InferredIssuer {
  /** Knowledge-base id, or the name itself for an organisation the knowledge base does not know. */
  readonly id: string;
  readonly name: string;
  /** True when the knowledge base does not know the issuer (a discovered organisation). */
  readonly discovered: boolean;
  readonly score: number;
  readonly evidence: readonly EvidenceItem[];
}

export interface InferredFacets {
  readonly issuers: readonly InferredIssuer[];
  readonly type: { readonly value: DocumentType; readonly evidence: readonly EvidenceItem[] };
  readonly jurisdiction: { readonly codes: readonly string[]; readonly evidence: readonly EvidenceItem[] };
}

/** Names of public authorities, whose province or state is their jurisdiction. */
const GOVERNMENT = /(?:人民代表大会|常务委员会|人大|人民政府|政府|办公厅|办公室|委员会|法院|检察院|[局厅署委])$|\b(?:Government|State of|Legislature|Assembly|Governor|Senate|Court|Attorney General|Department|Agency|Office|Commission|Ministry|Council|Parliament|Province|City of)\b/;

const ISSUER_MIN = 4;
const POSITIONAL_MIN = 4;
/** A co-issuer needs this share of the leader's score. */
const CO_ISSUER_SHARE = 0.5;
const MAX_ISSUERS = 3;
const TYPE_MIN = 2;
const JURISDICTION_MIN = 1;
const JURISDICTION_SHARE = 0.6;

/** Combine evidence items into issuers, type and jurisdiction. */
export function combineEvidence(items: readonly EvidenceItem[], kb: KnowledgeBase): InferredFacets {
  const issuers = combineIssuers(items.filter((i) => i.facet === 'issuer'), kb);
  const type = combineType(items.filter((i) => i.facet === 'type'), issuers, kb);
  const jurisdiction = combineJurisdiction([...items.filter((i) => i.facet === 'jurisdiction'), ...issuerPlaces(issuers, kb)]);
  return { issuers, type, jurisdiction };
}

function issuerKey(item: EvidenceItem): string {
  return item.entityId ? `#${item.entityId}` : foldForMatch(item.value).replace(/^the\s+/, '').replace(/[\s.,]+/g, ' ').trim();
}

/** Score per body: the best item of each kind counts fully, repeats of a kind a quarter. */
function combineIssuers(items: readonly EvidenceItem[], kb: KnowledgeBase): InferredIssuer[] {
  const groups = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    const key = issuerKey(item);
    const g = groups.get(key);
    if (g) g.push(item);
    else groups.set(key, [item]);
  }
  const scored = [...groups.values()].map((g) => {
    const byKind = new Map<string, number[]>();
    for (const i of g) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i.weight]);
    let score = 0;
    for (const ws of byKind.values()) {
      ws.sort((a, b) => b - a);
      score += ws[0] + ws.slice(1).reduce((s, w) => s + w / 4, 0);
    }
    const evidence = [...g].sort((a, b) => b.weight - a.weight);
    const entityId = g.find((i) => i.entityId)?.entityId;
    const entity = entityId ? kb.get(entityId) : undefined;
    // A folder named after a known institution is the user's own filing, so it qualifies too.
    const positional = g.some((i) => i.weight >= POSITIONAL_MIN);
    return { id: entity?.id ?? displayName(g), name: entity ? (entity.names.en ?? entity.names.zh ?? entity.id) : displayName(g), discovered: !entity, score, evidence, positional, entity };
  }).filter((s) => s.positional && s.score >= ISSUER_MIN).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  if (scored.length === 0) return [];
  const leader = scored[0];
  const kept = scored.filter((s) => s === leader || s.score >= leader.score * CO_ISSUER_SHARE);
  // A body is dropped when one of its own parts is also kept with a higher score.
  const result = kept.filter((p, i) => !p.entity || !kept.slice(0, i).some((c) => c.entity && (isPartOf(c.entity, p.entity!) || c.entity.parent === p.entity!.id)));
  return result.slice(0, MAX_ISSUERS).map(({ id, name, discovered, score, evidence }) => ({ id, name, discovered, score, evidence }));
}

/** The name a discovered body is shown by: the form most items give, the longest on ties. */
function displayName(items: readonly EvidenceItem[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.value, (counts.get(i.value) ?? 0) + i.weight);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/** What the issuer tells about the type: a court's 规定 is a judicial interpretation. */
function combineType(items: readonly EvidenceItem[], issuers: readonly InferredIssuer[], kb: KnowledgeBase): InferredFacets['type'] {
  const all = [...items];
  const court = issuers.some((i) => /(?:法院|检察院)$|\bCourt\b|Procuratorate/.test(nameForms(i, kb)));
  if (court && all.some((i) => i.value === 'regulation' || i.value === 'judicial-interpretation')) {
    all.push(facetItem('type', 'judicial-interpretation', 'knowledge', 4, issuers[0].name));
  }
  const scores = new Map<string, number>();
  for (const i of all) if (isDocumentType(i.value)) scores.set(i.value, (scores.get(i.value) ?? 0) + i.weight);
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < TYPE_MIN) return { value: 'other', evidence: [] };
  return { value: best[0] as DocumentType, evidence: all.filter((i) => i.value === best[0]).sort((a, b) => b.weight - a.weight) };
}

function nameForms(issuer: InferredIssuer, kb: KnowledgeBase): string {
  const e = kb.get(issuer.id);
  return [issuer.name, e?.names.zh, e?.names.en].filter(Boolean).join(' ');
}

/** Jurisdiction evidence from the issuers: their knowledge-base entry, the places in their names. */
function issuerPlaces(issuers: readonly InferredIssuer[], kb: KnowledgeBase): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  issuers.forEach((issuer, rank) => {
    const factor = rank === 0 ? 1 : 0.75;
    const entity = kb.get(issuer.id);
    const forms = [issuer.name, entity?.names.zh, entity?.names.en].filter((n): n is string => !!n);
    // A university or a company in Beijing answers to China's laws, not to Beijing's alone.
    const isGovernment = forms.some((n) => GOVERNMENT.test(n));
    const known = entity ? [...new Set(jurisdictionOf(entity, kb).map((c) => (isGovernment ? c : countryOf(c))))] : [];
    for (const code of known) out.push(facetItem('jurisdiction', code, 'knowledge', 8 * factor, issuer.name));
    if (known.length) return;
    const own = [issuer.name, ...issuer.evidence.map((e) => e.value)];
    const names = [...own, entity?.names.zh, entity?.names.en].filter((s): s is string => !!s);
    const hits = new Map<string, number>();
    const government = names.some((n) => GOVERNMENT.test(n));
    for (const n of names) {
      for (const p of placesIn(n)) {
        // A university or a company in Beijing answers to China's laws, not to Beijing's alone.
        const code = p.level === 2 && !government ? countryOf(p.code) : p.code;
        hits.set(code, Math.max(hits.get(code) ?? 0, p.level === 2 && government ? 8 : 6));
      }
    }
    for (const [code, w] of hits) out.push(facetItem('jurisdiction', code, 'issuerName', w * factor, issuer.name));
    // A body with a Chinese name only (no English name known) is most likely Chinese.
    if (hits.size === 0 && !entity?.names.en && own.some((n) => /^[\u4e00-\u9fff（）()]+$/.test(n))) out.push(facetItem('jurisdiction', 'CN', 'issuerName', 4 * factor, issuer.name));
  });
  return out;
}

/** An entity's jurisdiction, or its parent's. */
function jurisdictionOf(entity: Entity, kb: KnowledgeBase, depth = 0): readonly string[] {
  if (entity.jurisdiction?.length) return entity.jurisdiction;
  const parent = entity.parent ? kb.get(entity.parent) : undefined;
  return parent && depth < 5 ? jurisdictionOf(parent, kb, depth + 1) : [];
}

/** Codes with a clear share of the evidence; a country is left out when one of its subdivisions is kept. */
function combineJurisdiction(all: readonly EvidenceItem[]): InferredFacets['jurisdiction'] {
  // Places merely named in the opening count only when nothing else (but the language) tells.
  const telling = all.some((i) => i.kind !== 'mentionedPlace' && i.kind !== 'language');
  const items = telling ? all.filter((i) => i.kind !== 'mentionedPlace') : all;
  const scores = new Map<string, number>();
  for (const i of items) scores.set(i.value, (scores.get(i.value) ?? 0) + i.weight);
  // A subdivision's evidence also supports its country.
  for (const [code, s] of [...scores]) if (code.includes('-')) scores.set(countryOf(code), (scores.get(countryOf(code)) ?? 0) + s * 0.5);
  const max = Math.max(0, ...scores.values());
  if (max < JURISDICTION_MIN) return { codes: [], evidence: [] };
  let codes = [...scores.entries()].filter(([, s]) => s >= max * JURISDICTION_SHARE).sort((a, b) => b[1] - a[1]).map(([c]) => c);
  codes = codes.filter((c) => c.includes('-') || !codes.some((d) => d.includes('-') && countryOf(d) === c));
  return { codes, evidence: items.filter((i) => codes.includes(i.value) || codes.some((c) => countryOf(c) === i.value)).sort((a, b) => b.weight - a.weight) };
}
