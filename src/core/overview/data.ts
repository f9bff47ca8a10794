/**
 * What the overview draws, computed once from the corpus and kept compact so that a corpus of
 * thousands of documents travels to the webview as one message: a row per document (facets
 * for the shared filters), the edges of the document network, and per-document entity and
 * tag counts from which the webview builds its heat maps after filtering.
 */
import type { CorpusDocument } from '../corpus/document';
import type { Annotation } from '../annotations/types';

/** One document, with the facets every chart filters on. Indexes refer to `OverviewData` lists. */
export interface OverviewDocument {
  readonly path: string;
  readonly title: string;
  /** ISO date as the metadata has it (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`). */
  readonly date?: string;
  readonly year?: number;
  readonly language: string;
  /** Index into `institutions`; -1 when unattributed. */
  readonly institution: number;
  readonly type?: string;
  readonly jurisdiction: readonly string[];
  /** [entity index, mentions] pairs, the most mentioned first, at most `MAX_ENTITIES_PER_DOC`. */
  readonly entities: readonly (readonly [number, number])[];
  /** [tag index, coded segments] pairs. */
  readonly tags: readonly (readonly [number, number])[];
}

/** Why two documents are joined in the network. */
export type EdgeKind = 'citation' | 'link' | 'entity';

export interface OverviewEdge {
  /** Document indexes; for citations and links `from` cites or links to `to`. */
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeKind;
  readonly weight: number;
}

export interface OverviewData {
  readonly documents: readonly OverviewDocument[];
  readonly institutions: readonly { readonly id: string; readonly name: string }[];
  readonly entities: readonly { readonly id: string; readonly name: string }[];
  readonly tags: readonly string[];
  readonly edges: readonly OverviewEdge[];
  /** Entity pairs mentioned in the same passage: [entity a, entity b, passages]. */
  readonly cooccurrence: readonly (readonly [number, number, number])[];
}

/** A citation between two corpus documents, when the citations feature provides them. */
export interface DocumentCitation {
  readonly from: string;
  readonly to: string;
}

export interface OverviewInput {
  readonly documents: readonly CorpusDocument[];
  readonly annotations: readonly Annotation[];
  /** Display name of an entity id in the UI language. */
  readonly entityName: (id: string) => string;
  readonly citations?: readonly DocumentCitation[];
}

const MAX_ENTITIES_PER_DOC = 40;
/** Entity edges only for entities in at most this many documents (rarer ones say more). */
const MAX_ENTITY_SPREAD = 12;
const MAX_ENTITY_EDGES = 4000;
const MAX_PAIRS = 300;

/** The inferred (or catalogued) type and jurisdiction of a document; "other" counts as no type. */
function extraFacets(doc: CorpusDocument): { type?: string; jurisdiction: string[] } {
  const type = doc.meta.type.value;
  return { ...(type !== 'other' ? { type } : {}), jurisdiction: [...doc.meta.jurisdiction.codes] };
}

/** Interns strings as indexes into a list. */
class Interner<T> {
  readonly list: T[] = [];
  private readonly at = new Map<string, number>();
  index(key: string, make: () => T): number {
    let i = this.at.get(key);
    if (i === undefined) { i = this.list.length; this.list.push(make()); this.at.set(key, i); }
    return i;
  }
}

/** Build the overview's data from the corpus, its annotations and (when known) citations. */
export function buildOverview(input: OverviewInput): OverviewData {
  const docs = [...input.documents].sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(docs.map((d, i) => [d.path, i]));
  const institutions = new Interner<{ id: string; name: string }>();
  const entities = new Interner<{ id: string; name: string }>();
  const tags = new Interner<string>();
  const tagCounts = docs.map(() => new Map<number, number>());
  for (const a of input.annotations) {
    const d = byPath.get(a.target.source);
    if (d === undefined || a.status === 'orphaned') continue;
    for (const t of a.tags) {
      const ti = tags.index(t, () => t);
      tagCounts[d].set(ti, (tagCounts[d].get(ti) ?? 0) + 1);
    }
  }
  const spread = new Map<string, number[]>();
  const pairs = new Map<string, number>();
  const documents = docs.map((doc, di): OverviewDocument => {
    const first = doc.meta.institutions[0];
    const counts = new Map<string, number>();
    for (const m of doc.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_ENTITIES_PER_DOC);
    for (const [id] of counts) (spread.get(id) ?? spread.set(id, []).get(id)!).push(di);
    countPassagePairs(doc, pairs);
    const year = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : undefined;
    return {
      path: doc.path,
      title: doc.meta.title,
      ...(doc.meta.date ? { date: doc.meta.date } : {}),
      ...(year && Number.isFinite(year) ? { year } : {}),
      language: doc.meta.language,
      institution: first ? institutions.index(first.id, () => ({ id: first.id, name: first.name })) : -1,
      ...extraFacets(doc),
      entities: top.map(([id, n]) => [entities.index(id, () => ({ id, name: input.entityName(id) })), n] as const),
      tags: [...tagCounts[di]].sort((a, b) => b[1] - a[1]),
    };
  });
  const edges = [...citationEdges(input.citations ?? [], byPath), ...linkEdges(input.annotations, byPath), ...entityEdges(spread)];
  const cooccurrence = [...pairs].sort((a, b) => b[1] - a[1]).slice(0, MAX_PAIRS).map(([key, n]) => {
    const [a, b] = key.split('\0');
    return [entities.index(a, () => ({ id: a, name: input.entityName(a) })), entities.index(b, () => ({ id: b, name: input.entityName(b) })), n] as const;
  });
  return { documents, institutions: institutions.list, entities: entities.list, tags: tags.list, edges, cooccurrence };
}

/** Directed document pairs (paths), counted into weighted edges of one kind; self-pairs dropped. */
function countedEdges(pairs: Iterable<readonly [string, string]>, byPath: Map<string, number>, kind: EdgeKind): OverviewEdge[] {
  const weights = new Map<string, number>();
  for (const [fromPath, toPath] of pairs) {
    const from = byPath.get(fromPath), to = byPath.get(toPath);
    if (from === undefined || to === undefined || from === to) continue;
    weights.set(`${from}:${to}`, (weights.get(`${from}:${to}`) ?? 0) + 1);
  }
  return [...weights].map(([k, weight]) => { const [from, to] = k.split(':').map(Number); return { from, to, kind, weight }; });
}

function citationEdges(citations: readonly DocumentCitation[], byPath: Map<string, number>): OverviewEdge[] {
  return countedEdges(citations.map((c) => [c.from, c.to] as const), byPath, 'citation');
}

/** Links of live annotations whose target passage is still there. */
function linkEdges(annotations: readonly Annotation[], byPath: Map<string, number>): OverviewEdge[] {
  const pairs = annotations.filter((a) => a.status !== 'orphaned')
    .flatMap((a) => a.links.filter((l) => l.target.status !== 'orphaned').map((l) => [a.target.source, l.target.path] as const));
  return countedEdges(pairs, byPath, 'link');
}

/** Documents that share a rare entity, weighted by how many they share. */
function entityEdges(spread: Map<string, number[]>): OverviewEdge[] {
  const weights = new Map<number, number>();
  for (const docs of spread.values()) {
    if (docs.length < 2 || docs.length > MAX_ENTITY_SPREAD) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) {
      const key = docs[i] * 1_000_000 + docs[j];
      weights.set(key, (weights.get(key) ?? 0) + 1);
    }
  }
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, MAX_ENTITY_EDGES)
    .map(([key, weight]) => ({ from: Math.floor(key / 1_000_000), to: key % 1_000_000, kind: 'entity' as const, weight }));
}

/** Count entity pairs that share a passage (each pair once per passage). */
function countPassagePairs(doc: CorpusDocument, pairs: Map<string, number>): void {
  const passages = doc.parsed.passages;
  let p = 0;
  let current = new Set<string>();
  const flush = () => {
    const ids = [...current].sort();
    for (let i = 0; i < ids.length && i < 20; i++) for (let j = i + 1; j < ids.length && j < 20; j++) {
      const key = `${ids[i]}\0${ids[j]}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    current = new Set();
  };
  for (const m of doc.mentions) {
    while (p < passages.length && passages[p].span.end <= m.start) { if (current.size) flush(); p++; }
    if (p < passages.length && passages[p].span.start <= m.start) current.add(m.entityId);
  }
  if (current.size) flush();
}
