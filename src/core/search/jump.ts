/**
 * The jump box: one query over passages, headings, entities, annotations and tags that
 * answers per keystroke. Stage one asks the n-gram index for ~200 candidates (tolerant of
 * typos, case and full-width input); stage two re-ranks them with fuse.js on short strings
 * only. A query that names an entity also brings up passages that mention that entity in
 * any language. Prefixes narrow the kinds; see `queryPrefix.ts` (`@` entities, `#` tags,
 * `>` headings, `!` annotations).
 */
import { DocItems, KIND_HEADING, type IndexUpdateStats } from './docItems';
import { MetaItems } from './metaItems';
import { WeightTable } from './gramTable';
import { MentionIndex } from './mentionIndex';
import { parsePrefix } from './queryPrefix';
import { queryGrams, queryTerms } from './tokenize';
import { termSimilarity } from './rerank';
import { hasTwoLatinWords, matchPreparedNames, NAME_MATCH_BONUS, prepareNames, wordsOf } from './entityNameMatch';
import { type Draft, headingDraft, kindBit, metaDraft, passageDraft, TITLE_NOTE } from './jumpHits';
import { DefinitionIndex } from './definitionIndex';
import { definitionsOf } from './definitions';
import { foldVariants } from './variants';
import { pinyinMatch, pinyinOf } from './pinyin';

/** A query that could be pinyin: Latin letters, spaces and apostrophes only. */
const PINYIN_QUERY = /^[a-z\s'’]+$/i;
import type { JumpHit, JumpKind, SearchAnnotation, SearchDoc, SearchEntity } from './searchTypes';

export interface JumpQueryOptions {
  /** Most rows to return (default 50). */
  readonly limit?: number;
  /** Kinds to search (default all; a prefix in the query narrows further). */
  readonly kinds?: readonly JumpKind[];
}

export interface JumpIndex {
  /** Make the index hold exactly these documents; unchanged ones (same fingerprint) are kept. */
  setDocuments(docs: readonly SearchDoc[]): IndexUpdateStats;
  /** Add or re-index one document (its old text stops matching). */
  updateDocument(doc: SearchDoc): void;
  removeDocument(path: string): void;
  setEntities(entities: readonly SearchEntity[]): void;
  setAnnotations(annotations: readonly SearchAnnotation[]): void;
  setTags(tags: readonly string[]): void;
  /** Ranked rows for what the user typed, best first. */
  query(q: string, opts?: JumpQueryOptions): JumpHit[];
  /** Bytes for the index cache; pass them to `createJumpIndex` on the next start. */
  serialize(): Uint8Array;
  /** The documents currently indexed (live objects). */
  documents(): SearchDoc[];
  /** Mentions by entity, shared with related-passage ranking. */
  readonly mentions: MentionIndex;
  /** Document items and their n-gram index (for similarity search). */
  readonly items: DocItems;
  /** Defined terms of every document (for Go to… and related passages). */
  readonly definitions: DefinitionIndex;
}

/** A pasted paragraph is searched by its beginning; a jump query is never this long. */
const MAX_QUERY = 256;
const ALL_KINDS: readonly JumpKind[] = ['passage', 'heading', 'entity', 'annotation', 'tag'];
/**
 * How many first-stage candidates get a window and a fuzzy re-rank (more rank too low to
 * show). Asking the index for exactly these lets its early termination stop sooner.
 */
const RERANK = 64;
/** Rows scoring under this share of the best row are dropped, and under `MIN_SCORE` always. */
const RELATIVE_FLOOR = 0.3;
const MIN_SCORE = 0.15;
/** An entity hit at least this good pulls in passages that mention it. */
const ENTITY_REACH = 0.55;
/**
 * Lift of the passage that defines the query's term (exactly, up to variants; or nearly,
 * scaled by the match), so a definition ranks above the term's passing mentions.
 */
const DEFINITION_EXACT = 0.35;
const DEFINITION_NEAR = 0.2;
/** Lift of a heading or title that names the query's term, more the more of it the term fills. */
const NAMES_BASE = 0.08;
const NAMES_FILL = 0.1;
/** Similarity from which a heading counts as naming the term despite a typo. */
const NEAR_NAMING = 0.85;
/** A document's title says what the whole document is about: a little above its headings. */
const TITLE_LIFT = 0.04;

/** Text without spaces and hyphens: `general-purpose AI` and `general purpose AI` compare equal. */
function compact(s: string): string {
  return s.replace(/[\s\-\u2010]+/g, '');
}

/**
 * Create a jump index, optionally from cached bytes (`serialize()` output). A damaged or
 * foreign cache throws `IndexCacheError`; the caller then starts empty and rebuilds.
 */
export function createJumpIndex(cache?: Uint8Array): JumpIndex {
  const items = cache ? DocItems.deserialize(cache) : new DocItems();
  const meta = new MetaItems();
  const mentions = new MentionIndex();
  const definitions = new DefinitionIndex(() => liveDocs());
  const liveDocs = (): SearchDoc[] => [...items.byPath.values()].flatMap((e) => (e.doc ? [e.doc] : []));

  function query(raw: string, opts: JumpQueryOptions = {}): JumpHit[] {
    const limit = opts.limit ?? 50;
    const { kind, text } = parsePrefix(raw.length > MAX_QUERY ? raw.slice(0, MAX_QUERY) : raw);
    const kinds = (opts.kinds ?? ALL_KINDS).filter((k) => !kind || k === kind);
    if (text.length === 0) return kind ? listAll(kind, limit) : [];
    let mask = 0;
    for (const k of kinds) mask |= kindBit(k);
    const grams = queryGrams(text);
    // Rare grams say more about where a match is: weight windows and marks by idf.
    const weights = new WeightTable(grams.map((g) => ({ code: g.code, weight: g.weight * items.index.idf(g.code) })));
    const drafts = new Map<string, Draft>();
    const add = (d: Draft): void => { if (!drafts.has(d.key)) drafts.set(d.key, d); };
    if (mask & (kindBit('passage') | kindBit('heading'))) {
      for (const c of items.index.candidates(grams, { limit: RERANK, kindMask: mask })) {
        const entry = items.entryOf(c.id);
        if (!entry) continue;
        const ref = items.index.ref[c.id];
        add(items.index.kind[c.id] === KIND_HEADING
          ? headingDraft(entry, ref, weights, c.coverage)
          : passageDraft(entry, ref, weights, c.coverage));
      }
    }
    const wantPassages = (mask & kindBit('passage')) !== 0;
    const metaMask = mask | (wantPassages ? kindBit('entity') : 0);
    for (const c of meta.index.candidates(grams, { limit: RERANK, kindMask: metaMask })) {
      const d = metaDraft(meta, c.id, weights, c.coverage);
      const old = drafts.get(d.key);
      if (!old || old.coverage < d.coverage) drafts.set(d.key, d);
    }
    if (mask & kindBit('passage')) addDefinitions(grams, text, weights, drafts);
    const list = [...drafts.values()];
    const { scores, named } = score(list, text);
    if (wantPassages) reachThroughEntities(list, scores, named, weights, drafts, mask);
    const out: JumpHit[] = [];
    let best = 0;
    list.forEach((d, i) => {
      if (!(mask & kindBit(d.kind))) return;
      const { key: _k, coverage: _c, bonus: _b, extra, ...hit } = d;
      out.push({ ...hit, detail: extra.length ? `${hit.detail} · ${extra.join(', ')}` : hit.detail, score: scores[i] });
      // The floor below is set by match quality, not by the lift a named entity gets.
      best = Math.max(best, scores[i] - (named[i] ?? 0));
    });
    out.sort((a, b) => b.score - a.score || a.label.length - b.label.length);
    // Far weaker rows than the best are noise (a shared syllable), not answers.
    const floor = out.length ? Math.max(MIN_SCORE, RELATIVE_FLOOR * best) : 0;
    return out.filter((h) => h.score >= floor).slice(0, limit);
  }

  /** Passages that define the query's term join the list (or gain), lifted above mentions. */
  function addDefinitions(grams: ReturnType<typeof queryGrams>, text: string, weights: WeightTable, drafts: Map<string, Draft>): void {
    for (const hit of definitions.lookup(grams, text)) {
      const entry = items.byPath.get(hit.path);
      if (!entry?.doc) continue;
      const bonus = hit.match >= 1 ? DEFINITION_EXACT : DEFINITION_NEAR * hit.match;
      const key = `p:${hit.path}:${hit.passage}`;
      let draft = drafts.get(key);
      if (!draft) {
        draft = passageDraft(entry, hit.passage, weights, hit.match, hit.start);
        drafts.set(key, draft);
      }
      if (bonus > draft.bonus) draft.bonus = bonus;
      if (!draft.extra.some((x) => x.startsWith('defines '))) draft.extra.push(`defines ${hit.term}`);
    }
  }

  /**
   * Fuse similarity per term, blended with n-gram coverage. An entity the query names (its
   * whole name, a typo of it, or every query word in its name) is lifted to the top; one a
   * multi-word Latin query does not name scores 0 (`xue lan` is not "large language model").
   * `named[i]` is the lift row `i` got.
   */
  function score(list: Draft[], text: string): { scores: number[]; named: number[] } {
    const folded = list.map((d) => foldVariants(d.label));
    const terms = queryTerms(text).slice(0, 12);
    const found = new Uint8Array(list.length);
    const sim = termSimilarity(folded, terms, found);
    // A Chinese name, title or heading also matches by its pinyin spelling (Latin queries only).
    if (PINYIN_QUERY.test(text)) {
      list.forEach((d, i) => {
        const spelled = d.kind === 'heading' || d.kind === 'entity' ? pinyinOf(d.label) : undefined;
        if (spelled && pinyinMatch(text, spelled) > 0) { sim[i] = 1; found[i] = terms.length; }
      });
    }
    const whole = foldVariants(text);
    const joined = compact(terms.join(''));
    const qWords = wordsOf(text);
    const multiWord = hasTwoLatinWords(qWords);
    const named: number[] = [];
    // A passage or heading holding under half of a query's terms is noise beside rows that
    // hold more (`self supervised pretraining` does not want "selling a product").
    const need = terms.length >= 2 ? Math.ceil(terms.length / 2) : 0;
    const gate = need > 0 && list.some((d, i) => d.kind !== 'entity' && found[i] >= need);
    const scores = list.map((d, i) => {
      if (gate && (d.kind === 'passage' || d.kind === 'heading') && found[i] < need && d.bonus === 0) return 0;
      const label = compact(folded[i]);
      const exact = folded[i].includes(whole) || (joined.length >= 3 && label.includes(joined)) ? 0.1 : 0;
      const short = d.kind === 'passage' ? 0 : 0.03;
      // A heading or title that names the term: more the more of it the term fills.
      // A typo of the term (every term nearly verbatim) names it too, a little less surely.
      const naming = exact > 0 ? 1 : sim[i] >= NEAR_NAMING ? sim[i] : 0;
      const names = d.kind === 'heading' && naming > 0
        ? naming * (NAMES_BASE + NAMES_FILL * Math.min(1, joined.length / Math.max(1, label.length))) + (d.extra.includes(TITLE_NOTE) ? TITLE_LIFT : 0)
        : 0;
      const base = 0.45 * d.coverage + 0.55 * sim[i] + exact + short + names + d.bonus;
      if (d.kind !== 'entity') return base;
      const prepared = meta.preparedNames(d.entityId!);
      const match = matchPreparedNames(qWords, prepared.length ? prepared : prepareNames([d.label]));
      if (match === 'none' && multiWord) return 0;
      named[i] = NAME_MATCH_BONUS[match];
      return base + named[i];
    });
    return { scores, named };
  }

  /** Passages that mention a well-matched entity join the list, in any language. */
  function reachThroughEntities(list: Draft[], scores: number[], named: readonly number[], weights: WeightTable, drafts: Map<string, Draft>, mask: number): void {
    // Passages are reached by how well the entity matched, without its lift over them.
    const strong = list.map((d, i) => ({ d, s: scores[i] - (named[i] ?? 0) }))
      .filter((x) => x.d.kind === 'entity' && x.s >= ENTITY_REACH)
      .sort((a, b) => b.s - a.s).slice(0, 3);
    if (strong.length === 0) return;
    const rowOf = new Map<Draft, number>(list.map((x, i) => [x, i]));
    for (const { d, s } of strong) {
      const name = meta.entities[meta.entityById.get(d.entityId!)!].names[0];
      const seen = new Set<string>();
      for (const m of mentions.mentionsOf(d.entityId!, 400)) {
        const key = `p:${m.path}:${m.passage}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const existing = drafts.get(key);
        const reach = s * 0.85;
        if (existing) {
          const i = rowOf.get(existing) ?? list.indexOf(existing);
          scores[i] = Math.max(scores[i], reach) + 0.05;
          existing.extra.push(`mentions ${name}`);
          continue;
        }
        const entry = items.byPath.get(m.path);
        if (!entry?.doc || !(mask & kindBit('passage'))) continue;
        const draft = passageDraft(entry, m.passage, weights, 0, m.start);
        draft.extra.push(`mentions ${name}`);
        drafts.set(key, draft);
        rowOf.set(draft, list.length);
        list.push(draft);
        scores.push(reach);
      }
    }
  }

  function listAll(kind: JumpKind, limit: number): JumpHit[] {
    const none: [number, number][] = [];
    switch (kind) {
      case 'entity': return meta.entities.slice(0, limit).map((e) => ({ kind, label: e.names[0], detail: e.kind, score: 0, highlights: none, entityId: e.id }));
      case 'tag': return meta.tags.slice(0, limit).map((t) => ({ kind, label: `#${t}`, detail: 'tag', score: 0, highlights: none, tag: t }));
      case 'annotation': return meta.annotations.slice(0, limit).map((a) => ({ kind, label: a.label, detail: a.path, path: a.path, span: a.span, score: 0, highlights: none, annotationId: a.id }));
      default: {
        const out: JumpHit[] = [];
        for (const e of items.byPath.values()) {
          for (const h of e.doc?.headings ?? []) {
            if (out.length >= limit) return out;
            out.push({ kind: 'heading', path: e.path, span: h.span, label: h.text, detail: e.path, score: 0, highlights: none });
          }
        }
        return out;
      }
    }
  }

  return {
    setDocuments(docs) {
      const stats = items.setAll(docs);
      // Found now, with the indexing, so the first keystroke does not pay for them.
      definitions.invalidate();
      definitions.all();
      for (const path of mentions.paths()) if (!items.byPath.has(path)) mentions.remove(path);
      for (const d of docs) mentions.put(d);
      return stats;
    },
    updateDocument(doc) { items.put(doc); mentions.put(doc); definitionsOf(doc); definitions.invalidate(); },
    removeDocument(path) { items.remove(path); mentions.remove(path); definitions.invalidate(); },
    setEntities: (e) => meta.setEntities(e),
    setAnnotations: (a) => meta.setAnnotations(a),
    setTags: (t) => meta.setTags(t),
    query,
    serialize: () => items.serialize(),
    documents: liveDocs,
    mentions,
    items,
    definitions,
  };
}
