/**
 * Which institution(s) a reader would file a document under, judged from the institutions
 * it names: where they are named (title, opening, byline, the "adopted by" line of a law)
 * counts more than how often, a bare affiliation line in an author list counts little, a
 * name that is only part of a web address counts nothing, the institution's own web domain
 * in a contact line counts, and a person the knowledge base ties to an institution counts a
 * little for it (more when the title names the person, as in "Remarks by …"). A sentence
 * naming it as the organiser ("run by …", "由…主办") counts like its title; a university's
 * name that only qualifies one of its institutes ("Tsinghua's Institute for …") counts for
 * the institute, not the university. Only the dominant institution(s) with a clear share are
 * kept: a runner-up without publisher evidence needs several mentions of its own (companies
 * named as examples in the body are not publishers), and a university is dropped when one of
 * its own institutes outranks it.
 */
import type { Entity, Mention } from '../knowledge/types';
import type { Attribution } from './metadata';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { entityName } from './entityNames';
import type { NormalizedText } from '../text/normalize';
import { namesOrganiser, qualifyingMentions } from './institutionContext';

/** What the inference looks at; mentions are those of the whole text. */
export interface AttributionInput {
  readonly text: string;
  /** `normalizeForMatch(text)`, when already computed (theme matching reuses it). */
  readonly norm?: NormalizedText;
  readonly title?: string;
  readonly mentions: readonly Mention[];
  readonly kb: KnowledgeBase;
}

const WEIGHT = {
  mention: 1,
  opening: 1.5, // multiplier for mentions in the opening part of the text
  affiliationLine: 0.25, // multiplier for a line that is nothing but the name
  title: 4,
  organiser: 4,
  byline: 6,
  domain: 3,
  person: 0.5,
  personInTitle: 2,
};
/** The opening part of a text (where the subject is introduced) is this share of it, within bounds. */
const OPENING = { share: 0.1, min: 1500, max: 4000 };
/** A runner-up is kept when its score is at least this share of the leader's… */
const KEEP_SHARE = 0.5;
/**
 * …or this share when the leader shows publisher evidence (title, byline, own web domain)
 * and the runner-up does not: a report by one institute that discusses others stays filed
 * under its publisher.
 */
const KEEP_SHARE_AGAINST_PUBLISHER = 0.8;
/** A runner-up also needs more than one passing mention: a single name in a list is not a publisher. */
const RUNNER_UP_MIN = 1.5;
/**
 * A runner-up without publisher evidence (title, byline, organiser, web domain) needs at
 * least this many mentions of its own: a company named twice as an example is not an issuer.
 */
const RUNNER_UP_MIN_MENTIONS = 3;
const DOMAIN_HITS_CAP = 2;
/** The leader needs at least this score (about two plain mentions). */
const MIN_SCORE = 2;
const MAX_INSTITUTIONS = 3;
const BYLINE = /^\s*(?:作者|来源|出品|出品方|主办|发布|发布单位|编辑|author|authors|by|source|published by)\s*[:：/|]/i;
/** The line under a law's title saying which body adopted or issued it. */
const ENACTMENT = /(?:通过|公布|颁布|发布|印发)\s*$|^\s*(?:adopted|issued|promulgated|enacted) by\b/i;

interface Evidence {
  score: number;
  mentions: number;
  surface: Map<string, number>;
  inTitle: boolean;
  byline: boolean;
  organiser: boolean;
  domain?: string;
  people: Set<string>;
}

/** An institution's weighted evidence in one text, for ranking and for explaining. */
export interface InstitutionScore {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  /** Whether the title, a byline, an organiser phrase or the institution's web domain point at it. */
  readonly publisher: boolean;
  /** Mentions of the institution's own names in the text (not through people). */
  readonly mentions: number;
  readonly provenance: string;
}

/** Score every institution with any evidence in the text, highest first. */
export function scoreInstitutions(input: AttributionInput): InstitutionScore[] {
  const { text, kb } = input;
  const institutions = new Map(kb.byKind('institution').map((e) => [e.id, e]));
  if (institutions.size === 0) return [];
  const evidence = new Map<string, Evidence>();
  const of = (id: string): Evidence => {
    let e = evidence.get(id);
    if (!e) evidence.set(id, (e = { score: 0, mentions: 0, surface: new Map(), inTitle: false, byline: false, organiser: false, people: new Set() }));
    return e;
  };
  const opening = Math.min(OPENING.max, Math.max(OPENING.min, text.length * OPENING.share));
  const personTargets = new Map<string, string[]>();

  const own = input.mentions.filter((m) => institutions.has(m.entityId)).sort((a, b) => a.start - b.start);
  const qualifying = new Set([...qualifyingMentions(text, own, (child, parent) =>
    isPartOf(institutions.get(child)!, institutions.get(parent)!))].map((i) => own[i]));

  for (const m of input.mentions) {
    if (institutions.has(m.entityId)) {
      if (insideWebAddress(text, m.start) || qualifying.has(m)) continue;
      const e = of(m.entityId);
      const line = lineAround(text, m.start, m.end);
      let w = WEIGHT.mention * (m.start < opening ? WEIGHT.opening : 1);
      if (line.bare && m.start > opening) w *= WEIGHT.affiliationLine;
      const publisherLine = BYLINE.test(line.text) || (m.start < opening && ENACTMENT.test(line.text));
      if (publisherLine && !e.byline) {
        e.byline = true;
        w += WEIGHT.byline;
      } else if (!e.organiser && namesOrganiser(text, m.start, m.end)) {
        e.organiser = true;
        w += WEIGHT.organiser;
      }
      e.score += w;
      e.mentions++;
      e.surface.set(m.text, (e.surface.get(m.text) ?? 0) + 1);
      continue;
    }
    const entity = kb.get(m.entityId);
    if (entity?.kind !== 'person') continue;
    let targets = personTargets.get(entity.id);
    if (!targets) personTargets.set(entity.id, (targets = mostSpecific(relatedInstitutions(entity, institutions), institutions)));
    for (const id of targets) {
      const e = of(id);
      e.score += WEIGHT.person / targets.length;
      e.people.add(entityName(entity, entity.id));
    }
  }
  if (input.title) {
    for (const id of new Set(kb.findMentions(input.title).map((m) => m.entityId))) {
      if (institutions.has(id)) {
        const e = of(id);
        e.inTitle = true;
        e.score += WEIGHT.title;
        continue;
      }
      const person = kb.get(id);
      if (person?.kind !== 'person') continue;
      const targets = mostSpecific(relatedInstitutions(person, institutions), institutions);
      for (const target of targets) {
        const e = of(target);
        e.score += WEIGHT.personInTitle / targets.length;
        e.people.add(entityName(person, person.id));
      }
    }
  }
  const lower = text.toLowerCase();
  for (const [id, entity] of institutions) {
    const domain = domainOf(entity);
    if (!domain) continue;
    const hits = countOccurrences(lower, domain, DOMAIN_HITS_CAP);
    if (hits === 0) continue;
    const e = of(id);
    e.domain = domain;
    e.score += WEIGHT.domain * hits;
  }

  return [...evidence.entries()]
    .map(([id, e]) => ({
      id,
      name: entityName(institutions.get(id), id),
      score: e.score,
      publisher: e.inTitle || e.byline || e.organiser || e.domain !== undefined,
      mentions: e.mentions,
      provenance: describe(e),
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** Rank the institutions a text is about; returns inferred attributions, best first. */
export function inferInstitutions(input: AttributionInput): Attribution[] {
  const ranked = scoreInstitutions(input);
  if (ranked.length === 0 || ranked[0].score < MIN_SCORE) return [];
  const leader = ranked[0];
  const kept = ranked.filter((r) => r === leader || (r.score >= RUNNER_UP_MIN &&
    (r.publisher || r.mentions >= RUNNER_UP_MIN_MENTIONS) &&
    r.score >= leader.score * (leader.publisher && !r.publisher ? KEEP_SHARE_AGAINST_PUBLISHER : KEEP_SHARE)));
  return withoutOutrankedParents(kept, input.kb)
    .slice(0, MAX_INSTITUTIONS)
    .map(({ id, name, provenance }) => ({ id, name, source: 'inferred' as const, provenance }));
}

function describe(e: Evidence): string {
  const parts: string[] = [];
  if (e.mentions > 0) {
    const [form] = [...e.surface.entries()].sort((a, b) => b[1] - a[1])[0];
    parts.push(`${e.mentions} mention${e.mentions === 1 ? '' : 's'} of ${form}`);
  }
  if (e.inTitle) parts.push('the title');
  if (e.byline) parts.push('a byline');
  if (e.organiser) parts.push('an organiser phrase');
  if (e.domain) parts.push(`its web domain ${e.domain}`);
  if (e.people.size) parts.push(`mentions of ${[...e.people].slice(0, 2).join(', ')}`);
  return `inferred from ${parts.join(', ')}`;
}

/** Institutions a person is tied to, in either direction of `related`. */
function relatedInstitutions(person: Entity, institutions: ReadonlyMap<string, Entity>): string[] {
  const ids = new Set(person.related.filter((id) => institutions.has(id)));
  for (const [id, inst] of institutions) if (inst.related.includes(person.id)) ids.add(id);
  return [...ids];
}

/** Drop a university when one of its institutes is kept with a higher score (the list is ranked). */
function withoutOutrankedParents(ranked: InstitutionScore[], kb: KnowledgeBase): InstitutionScore[] {
  return ranked.filter((parent, i) => {
    const p = kb.get(parent.id);
    return !p || !ranked.slice(0, i).some((child) => {
      const c = kb.get(child.id);
      return !!c && isPartOf(c, p);
    });
  });
}

/** Whether a mention starting at `start` is part of a web address or path (`github.com/nvidia/…`). */
function insideWebAddress(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 300 && URL_CHAR.test(text[from - 1])) from--;
  const token = text.slice(from, start);
  return token.length > 0 && (/[a-z][\w+.-]*:\/\/|www\./i.test(token) || /[/.@]$/.test(token));
}

const URL_CHAR = /[\w.~:/?#@!$&*+,;=%-]/;

/**
 * Drop institutions that contain another in the list (a university when one of its
 * institutes is also listed): a dean counts for the institute he leads.
 */
function mostSpecific(ids: string[], institutions: ReadonlyMap<string, Entity>): string[] {
  if (ids.length < 2) return ids;
  return ids.filter((parent) => !ids.some((child) => child !== parent && isPartOf(institutions.get(child)!, institutions.get(parent)!)));
}

/** Whether `child` belongs to `parent`: the knowledge base says so, or its name includes the parent's (清华大学智能产业研究院 ⊂ 清华大学). */
export function isPartOf(child: Entity, parent: Entity): boolean {
  if (child.parent === parent.id) return true;
  const pairs: Array<[string | undefined, string | undefined]> = [[child.names.zh, parent.names.zh], [child.names.en, parent.names.en]];
  return pairs.some(([c, p]) => !!c && !!p && c !== p && c.toLowerCase().includes(p.toLowerCase()));
}

function domainOf(entity: Entity): string | undefined {
  if (!entity.homepage) return undefined;
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(entity.homepage);
  return m && m[1].includes('.') ? m[1].toLowerCase() : undefined;
}

function countOccurrences(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && n < cap; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Lines longer than this around a mention are prose: neither a byline nor a bare name. */
const SHORT_LINE = 200;

/** The line around a span (when short), and whether the span is all that line says. */
function lineAround(text: string, start: number, end: number): { text: string; bare: boolean } {
  let from = start;
  const floor = Math.max(0, start - SHORT_LINE);
  while (from > floor && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + SHORT_LINE);
  while (to < ceiling && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
  const atLineStart = from === 0 || text.charCodeAt(from - 1) === 10 || text.charCodeAt(from - 1) === 13;
  if (!atLineStart) return { text: '', bare: false };
  const bare = to - from - (end - start) <= 16 && (text.slice(from, start) + text.slice(end, to)).replace(/[\s\p{P}]/gu, '') === '';
  return { text: text.slice(from, to), bare };
}
