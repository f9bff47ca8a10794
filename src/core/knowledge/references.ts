/**
 * Where the corpus names an entity: every mention across documents, counts per document
 * and per institution, and a few statements (the passage around a mention) to quote in a
 * hover card. Works on anything shaped like a corpus document, so it stays independent of
 * the corpus model and is shared by the editor and the CLI.
 */
import { passageAround, Passage } from './passage';
import type { Mention } from './types';
import { EntityMentionIndex, type DocumentMentions } from './mentionIndex';

/** What these helpers need of a corpus document (a `CorpusDocument` fits). */
export interface MentionSource {
  readonly path: string;
  readonly mentions: readonly Mention[];
  readonly parsed: { readonly text: string };
  readonly meta: { readonly institutions: readonly { readonly id: string; readonly name: string }[] };
}

/** One mention of an entity in one document. */
export interface EntityReference {
  readonly path: string;
  readonly mention: Mention;
  /** Set when the mention names a member of the entity asked about (悟道2.0 for 悟道). */
  readonly member?: string;
}

/** How much of a whole's reference count comes from one of its members. */
export interface MemberCount {
  readonly id: string;
  readonly mentions: number;
  readonly documents: number;
}

/** How often one document mentions the entity. */
export interface DocumentCount {
  readonly path: string;
  readonly mentions: number;
}

/** Mentions and documents of one institution's share of the corpus; `id` '' = unattributed. */
export interface InstitutionCount {
  readonly id: string;
  readonly name: string;
  readonly mentions: number;
  readonly documents: number;
}

/** "N mentions in M documents", broken down by document and by institution. */
export interface ReferenceSummary {
  readonly entityId: string;
  readonly mentions: number;
  /** Most mentions first, ties by path. */
  readonly documents: readonly DocumentCount[];
  /** Most mentions first; unattributed documents last. A document filed under two institutions counts for both. */
  readonly institutions: readonly InstitutionCount[];
}

/** A quotable passage around one mention, split so the mention can be emphasised. */
export interface Statement extends Passage {
  readonly path: string;
  /** The mention the passage was cut around, in document offsets. */
  readonly mention: Mention;
}

/**
 * What the helpers below read: a list of documents (scanned in full on every call), or an
 * {@link EntityMentionIndex} over them (one entity's mentions looked up directly; what the
 * editor passes, so a hover does not scan the corpus).
 */
export type MentionCorpus = readonly MentionSource[] | EntityMentionIndex;

/** One entity's mentions per document, in document order, from either kind of source. */
function perDocument(source: MentionCorpus, entityId: string): readonly DocumentMentions[] {
  if (source instanceof EntityMentionIndex) return source.documentsOf(entityId);
  const out: DocumentMentions[] = [];
  for (const doc of source) {
    const mentions = doc.mentions.filter((m) => m.entityId === entityId);
    if (mentions.length) out.push({ doc, mentions });
  }
  return out;
}

/**
 * Every mention of `entityId`, by document (in the order given) then by offset, followed by
 * the mentions of `members` (a series' or whole's members, see `KnowledgeBase.membersOf`),
 * each labelled with the member it names.
 */
export function entityReferences(docs: MentionCorpus, entityId: string, members: readonly string[] = []): EntityReference[] {
  const out: EntityReference[] = [];
  for (const id of [entityId, ...members]) {
    for (const { doc, mentions } of perDocument(docs, id)) {
      for (const mention of mentions) out.push(id === entityId ? { path: doc.path, mention } : { path: doc.path, mention, member: id });
    }
  }
  return out;
}

/** The members that are mentioned, with their own counts, most mentioned first. */
export function memberCounts(docs: MentionCorpus, members: readonly string[]): MemberCount[] {
  return members
    .map((id) => { const s = summarizeReferences(docs, id); return { id, mentions: s.mentions, documents: s.documents.length }; })
    .filter((c) => c.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

/** Summaries already computed from an index (an index never changes, so neither do they). */
const summaries = new WeakMap<EntityMentionIndex, Map<string, ReferenceSummary>>();

/** Totals of one entity across the corpus, for the hover card and the entities view. */
export function summarizeReferences(docs: MentionCorpus, entityId: string): ReferenceSummary {
  if (!(docs instanceof EntityMentionIndex)) return summarize(perDocument(docs, entityId), entityId);
  let cache = summaries.get(docs);
  if (!cache) {
    // Every entity at once, on the first hover after a change: one pass, then lookups only.
    cache = new Map();
    for (const id of docs.entityIds()) cache.set(id, summarize(docs.documentsOf(id), id));
    summaries.set(docs, cache);
  }
  return cache.get(entityId) ?? summarize([], entityId);
}

function summarize(perDoc: readonly DocumentMentions[], entityId: string): ReferenceSummary {
  const documents: DocumentCount[] = [];
  const byInstitution = new Map<string, { name: string; mentions: number; documents: number }>();
  let mentions = 0;
  for (const { doc, mentions: list } of perDoc) {
    const n = list.length;
    mentions += n;
    documents.push({ path: doc.path, mentions: n });
    const owners = doc.meta.institutions.length ? doc.meta.institutions : [{ id: '', name: '' }];
    const seen = new Set<string>();
    for (const inst of owners) {
      if (seen.has(inst.id)) continue;
      seen.add(inst.id);
      const c = byInstitution.get(inst.id) ?? { name: inst.name, mentions: 0, documents: 0 };
      c.mentions += n;
      c.documents += 1;
      byInstitution.set(inst.id, c);
    }
  }
  documents.sort((a, b) => b.mentions - a.mentions || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const institutions = [...byInstitution].map(([id, c]) => ({ id, ...c })).sort((a, b) => {
    if ((a.id === '') !== (b.id === '')) return a.id === '' ? 1 : -1;
    return b.mentions - a.mentions || a.name.localeCompare(b.name);
  });
  return { entityId, mentions, documents, institutions };
}

/** Mentions and documents per entity id over the whole corpus, in one pass (entities view). */
export function mentionCounts(docs: MentionCorpus): Map<string, { mentions: number; documents: number }> {
  const counts = new Map<string, { mentions: number; documents: number }>();
  if (docs instanceof EntityMentionIndex) {
    for (const id of docs.entityIds()) {
      const perDoc = docs.documentsOf(id);
      let mentions = 0;
      for (const d of perDoc) mentions += d.mentions.length;
      counts.set(id, { mentions, documents: perDoc.length });
    }
    return counts;
  }
  for (const doc of docs) {
    const inDoc = new Set<string>();
    for (const m of doc.mentions) {
      const c = counts.get(m.entityId) ?? { mentions: 0, documents: 0 };
      c.mentions += 1;
      if (!inDoc.has(m.entityId)) {
        inDoc.add(m.entityId);
        c.documents += 1;
      }
      counts.set(m.entityId, c);
    }
  }
  return counts;
}

/** Options for {@link pickStatements}. */
export interface StatementOptions {
  /** Leave out this document (the one being read). */
  readonly exclude?: string;
  /** At most this many statements, one per document. */
  readonly limit?: number;
  /** Characters of context kept on each side of the mention at most. */
  readonly radius?: number;
}

/** Passages with fewer words (a Chinese character counts as one) are likely headings or labels. */
const MIN_STATEMENT = 5;

/**
 * A few statements about an entity from different documents: documents that mention it
 * most come first, and from each the first mention whose passage reads like a sentence
 * (long enough and ending with sentence punctuation), else the one with the most context. Identical passages are quoted once.
 */
export function pickStatements(docs: MentionCorpus, entityId: string, options: StatementOptions = {}): Statement[] {
  const limit = options.limit ?? 3;
  const radius = options.radius ?? 90;
  const ranked = docs instanceof EntityMentionIndex
    ? docs.rankedDocumentsOf(entityId)
    : [...perDocument(docs, entityId)].sort((a, b) => b.mentions.length - a.mentions.length || (a.doc.path < b.doc.path ? -1 : 1));
  const out: Statement[] = [];
  const quoted = new Set<string>();
  const memo = docs instanceof EntityMentionIndex ? statementMemo(docs, entityId, radius) : undefined;
  for (const { doc, mentions } of ranked) {
    if (out.length >= limit) break;
    if (doc.path === options.exclude) continue;
    let best = memo?.get(doc.path);
    if (best === undefined) {
      best = bestStatement(doc, mentions, radius) ?? null;
      memo?.set(doc.path, best);
    }
    if (!best) continue;
    const key = best.before + best.match + best.after;
    if (quoted.has(key)) continue;
    quoted.add(key);
    out.push(best);
  }
  return out;
}

/** Statements already cut from an index's documents, per entity and radius (null: none). */
const statements = new WeakMap<EntityMentionIndex, Map<string, Map<string, Statement | null>>>();

/** Documents per entity whose statements are cut ahead of time (a card quotes three, one may be excluded). */
const AHEAD = 4;

function statementMemo(index: EntityMentionIndex, entityId: string, radius: number): Map<string, Statement | null> {
  let byEntity = statements.get(index);
  if (!byEntity) {
    byEntity = new Map();
    statements.set(index, byEntity);
    // Like the summaries: cut the likely quotes of every entity once, so later hovers only look up.
    for (const id of index.entityIds()) {
      const memo = new Map<string, Statement | null>();
      for (const { doc, mentions } of index.rankedDocumentsOf(id).slice(0, AHEAD)) memo.set(doc.path, bestStatement(doc, mentions, radius) ?? null);
      byEntity.set(`${radius}:${id}`, memo);
    }
  }
  const key = `${radius}:${entityId}`;
  let memo = byEntity.get(key);
  if (!memo) byEntity.set(key, (memo = new Map()));
  return memo;
}

/** The first mention of `doc` whose passage reads like a sentence, else the one with the most context. */
function bestStatement(doc: MentionSource, mentions: readonly Mention[], radius: number): Statement | undefined {
  let best: Statement | undefined;
  let bestLength = -1;
  for (const mention of mentions) {
    const passage = passageAround(doc.parsed.text, mention.start, mention.end, radius);
    const candidate: Statement = { path: doc.path, mention, ...passage };
    const length = passageLength(candidate);
    if (length > bestLength) { best = candidate; bestLength = length; }
    if (length >= MIN_STATEMENT && endsLikeSentence(candidate)) return candidate;
  }
  return best;
}

/** Ends with sentence punctuation (titles and labels usually do not). */
function endsLikeSentence(p: Passage): boolean {
  return /[。！？.!?；;…]["'”’)）]*$/.test(p.after || p.match);
}

/** Size of a passage in words, counting each Han character as a word. */
function passageLength(p: Passage): number {
  const text = p.before + p.match + p.after;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return han + words;
}
