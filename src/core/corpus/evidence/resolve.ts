/**
 * From a name an extractor read to an issuer evidence item: the knowledge-base institution
 * the name denotes when there is one (the whole name, or a known institution that makes up
 * most of it: 海港研究院理事会 → 海港研究院), else the name itself as a discovered
 * organisation. A meeting or organ of a body (审判委员会, 室务会议, 理事会) counts for the body.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Entity } from '../../knowledge/types';
import type { EvidenceItem, EvidenceKind } from './types';

/** Organs of a body whose decisions are the body's own (the court's judicial committee…). */
const ZH_ORGAN = /(?:审判委员会|检察委员会|党组|党委|常务会议|全体会议|室务会议|部务会议|委务会议|局务会议|署务会议|厅务会议|行务会议|办公会议|主任会议|理事会|董事会)$/;

/** The institution (or person, for their institution) a knowledge base gives for a name. */
export function resolveIssuer(kb: KnowledgeBase, name: string): Entity | undefined {
  const direct = kb.lookup(name);
  if (direct?.kind === 'institution') return direct;
  if (direct?.kind === 'person') return institutionOfPerson(kb, direct);
  const all = kb.findMentions(name);
  const mentions = all.filter((m) => kb.get(m.entityId)?.kind === 'institution');
  if (mentions.length === 0) {
    // "Vice President Harris", "Director Ada Park": a known person speaking for their institution.
    const person = all.map((m) => kb.get(m.entityId)).find((e) => e?.kind === 'person');
    return person && name.length < 80 ? institutionOfPerson(kb, person) : undefined;
  }
  const longest = mentions.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const covered = (longest.end - longest.start) / name.length;
  const rest = name.slice(0, longest.start) + name.slice(longest.end);
  // The known body itself (give or take punctuation, "the", a session number), or one of its
  // organs meeting for it (审判委员会, 室务会议, its board). A part with its own name — the
  // government's 办公厅, a university's institute — is another body.
  const bare = rest.replace(/[\s\p{P}]|\bthe\b/giu, '');
  if (bare === '' || ZH_ORGAN.test(rest) || /^\s*(?:'s|’s)?\s*(?:Board|Council|Committee|Team|Secretariat)\s*$/.test(rest) || covered >= 0.95) return kb.get(longest.entityId);
  return undefined;
}

/** A body's name without the organ that met for it: 最高人民法院审判委员会 → 最高人民法院. */
export function bodyOfOrgan(name: string): string {
  const m = ZH_ORGAN.exec(name);
  return m && name.length - m[0].length >= 2 ? name.slice(0, -m[0].length) : name;
}

/** An issuer evidence item, resolved against the knowledge base (by its name, its body, or the short form the text gives it). */
export function issuerItem(kb: KnowledgeBase, name: string, kind: EvidenceKind, weight: number, excerpt: string, line?: number, shortForm?: string): EvidenceItem {
  const entity = resolveIssuer(kb, name) ?? (bodyOfOrgan(name) !== name ? resolveIssuer(kb, bodyOfOrgan(name)) : undefined) ??
    (shortForm ? resolveIssuer(kb, shortForm) : undefined);
  const value = entity ? name : bodyOfOrgan(name);
  return { facet: 'issuer', value, entityId: entity?.id, kind, weight, excerpt: clip(excerpt), ...(line !== undefined ? { line } : {}) };
}

/** A type or jurisdiction evidence item. */
export function facetItem(facet: 'type' | 'jurisdiction', value: string, kind: EvidenceKind, weight: number, excerpt: string, line?: number): EvidenceItem {
  return { facet, value, kind, weight, excerpt: clip(excerpt), ...(line !== undefined ? { line } : {}) };
}

/** Excerpts stay short: a tooltip line, not a paragraph. */
export function clip(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** The institution a person is tied to in the knowledge base (the first listed), if any. */
function institutionOfPerson(kb: KnowledgeBase, person: Entity): Entity | undefined {
  for (const id of person.related) {
    const e = kb.get(id);
    if (e?.kind === 'institution') return e;
  }
  return kb.byKind('institution').find((e) => e.related.includes(person.id));
}
