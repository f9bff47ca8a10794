/**
 * The reasons two passages are related, one contributor each: shared entities, annotation
 * links, shared defined terms, similar wording, translation. A contributor looks at the
 * target passage and adds weight and a reason to candidate passages; `findRelated` sums
 * them, drops what is too weak and ranks the rest. New kinds of evidence (citations, say)
 * are new contributors, passed in `RelatedOptions.contributors`.
 */
import type { JumpIndex } from './jump';
import { entitiesInPassage, passageAt } from './mentionIndex';
import { similarPassages } from './similar';
import { pairTranslations } from './translation';
import { definitionsOf } from './definitions';
import { variantKey } from './variants';
import type { PassageRef, SearchDoc, SearchLink, SearchPassage } from './searchTypes';
import type { Span } from '../types';

/** What a contributor says about one candidate. */
export interface RelatedEvidence {
  readonly weight: number;
  /** A reason string (see `relatedReasons.ts`), or a name to list in "shares …". */
  readonly reason?: string;
  readonly shares?: string;
  /**
   * Evidence too broad to show a passage on its own (an institution both passages name):
   * it adds to other reasons but never is the only one.
   */
  readonly weak?: boolean;
}

/** What a contributor sees: the target and a way to add evidence to candidates. */
export interface RelatedContext {
  readonly jump: JumpIndex;
  readonly target: PassageRef;
  readonly doc: SearchDoc;
  readonly passage: SearchPassage;
  readonly links: readonly SearchLink[];
  readonly entityName: (id: string) => string;
  readonly entityKind: (id: string) => string | undefined;
  add(path: string, index: number, evidence: RelatedEvidence): void;
}

/** One kind of evidence that two passages are related. */
export type RelatedContributor = (ctx: RelatedContext) => void;

const W_ENTITY = 1;
const W_LINK = 1.5;
const W_TEXT = 1.2;
const W_TRANSLATION = 2;
const W_SAME_TERM = 2.5;
const W_DEFINITION = 1.2;
const W_DEFINES_USED = 1.4;
/** Similar wording weaker than this is not evidence. */
const MIN_SIMILARITY = 0.25;

/**
 * How much sharing an entity of this kind says: a person, a law or a named model in common
 * is a strong link between two passages; a broad concept or technique ("deep learning")
 * is a weak one. Unknown kinds weigh 1.
 */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  person: 1.5, law: 1.5, agreement: 1.5, event: 1.3, model: 1.3, institution: 1.1,
  principle: 1, concept: 0.6, technique: 0.6, theme: 0.5,
};

/** Kinds too broad to relate two passages on their own. */
const WEAK_KINDS = new Set(['institution']);

/**
 * Weight of sharing entity `id`: its rarity over the corpus (an idf that falls to ~0 for an
 * entity every document names) times its kind's weight.
 */
export function sharedEntityWeight(documents: number, documentCount: number, kind?: string): number {
  const idf = Math.log((documents + 1) / Math.max(1, documentCount));
  return Math.max(0, idf) * (kind !== undefined ? KIND_WEIGHT[kind] ?? 1 : 1);
}

/** Passages of other documents naming the same entities (by id, so across languages). */
export const sharedEntities: RelatedContributor = (ctx) => {
  const docs = Math.max(1, ctx.jump.mentions.size);
  for (const id of entitiesInPassage(ctx.doc, ctx.target.index).keys()) {
    const kind = ctx.entityKind(id);
    const w = sharedEntityWeight(docs, ctx.jump.mentions.documentCount(id), kind);
    if (w <= 0) continue;
    const seen = new Set<string>();
    for (const m of ctx.jump.mentions.mentionsOf(id)) {
      const key = `${m.path}\u0000${m.passage}`;
      if (m.path === ctx.target.path || seen.has(key)) continue;
      seen.add(key);
      ctx.add(m.path, m.passage, { weight: W_ENTITY * w, shares: ctx.entityName(id), weak: kind !== undefined && WEAK_KINDS.has(kind) });
    }
  }
};

/** Places linked to the passage by an annotation, in either direction. */
export const annotationLinks: RelatedContributor = (ctx) => {
  for (const link of ctx.links) {
    for (const [here, there] of [[link.from, link.to], [link.to, link.from]] as const) {
      if (here.path !== ctx.target.path || !overlaps(here.span, ctx.passage.span)) continue;
      const other = ctx.jump.items.byPath.get(there.path)?.doc;
      const index = other ? passageAt(other.passages, there.span.start) : -1;
      if (index < 0 || (there.path === ctx.target.path && index === ctx.target.index)) continue;
      ctx.add(there.path, index, { weight: W_LINK, reason: `linked by annotation (${link.relation})` });
    }
  }
};

/**
 * The passage's text with its entity mentions blanked out: shared entities are their own
 * evidence, so "similar wording" is about the other words (a shared institution name is
 * not similar wording).
 */
function wordingOf(ctx: RelatedContext): string {
  const p = ctx.passage;
  if (p.text.length !== p.span.end - p.span.start) return p.text;
  let text = p.text;
  for (const m of ctx.doc.mentions) {
    if (m.start < p.span.start || m.end > p.span.end) continue;
    const s = m.start - p.span.start;
    text = text.slice(0, s) + ' '.repeat(m.end - m.start) + text.slice(m.end - p.span.start);
  }
  return text;
}

/** Passages of other documents worded alike (rare grams weigh most). */
export const similarWording: RelatedContributor = (ctx) => {
  for (const s of similarPassages(ctx.jump.items, wordingOf(ctx), 60)) {
    if (s.path === ctx.target.path || s.similarity < MIN_SIMILARITY) continue;
    ctx.add(s.path, s.index, { weight: W_TEXT * s.similarity, reason: 'similar wording' });
  }
};

/** The passage's translation in its own document (parallel zh/en passages). */
export const translations: RelatedContributor = (ctx) => {
  for (const pair of pairTranslations(ctx.doc)) {
    const other = pair.zh === ctx.target.index ? pair.en : pair.en === ctx.target.index ? pair.zh : -1;
    if (other >= 0) ctx.add(ctx.target.path, other, { weight: W_TRANSLATION, reason: 'translation' });
  }
};

/** Last word of a Latin term (its head noun, singular), or the last two characters of a Chinese one. */
function headOf(term: string): string {
  const words = term.toLowerCase().match(/[a-z0-9]+/g);
  if (words?.length) return variantKey(words[words.length - 1]);
  return variantKey(term).slice(-2);
}

/**
 * Defined terms: another document defining the same term ranks high; so does another
 * definition of the same kind of thing (same head noun, e.g. two kinds of "model"), and the
 * definition of a term this passage uses.
 */
export const definedTerms: RelatedContributor = (ctx) => {
  const mine = definitionsOf(ctx.doc).filter((d) => d.passage === ctx.target.index);
  const all = ctx.jump.definitions.all();
  if (mine.length > 0) {
    const keys = new Set(mine.map((d) => variantKey(d.term)));
    const heads = new Set(mine.map((d) => headOf(d.term)));
    for (const e of all) {
      if (e.path === ctx.target.path) continue;
      if (keys.has(e.key)) ctx.add(e.path, e.def.passage, { weight: W_SAME_TERM, reason: `defines the same term (${e.def.term})` });
      else if (heads.has(headOf(e.def.term))) ctx.add(e.path, e.def.passage, { weight: W_DEFINITION, reason: `also a definition (${e.def.term})` });
    }
    return;
  }
  const here = variantKey(ctx.passage.text);
  // Only specific terms (a phrase, or six letters and more): `risk` is defined somewhere
  // too, but using the word does not make its definition related.
  const used = all.filter((e) => e.path !== ctx.target.path && e.key.length >= 6 && /[\s\-\u4e00-\u9fff]/.test(e.def.term) && here.includes(e.key))
    .sort((a, b) => b.key.length - a.key.length).slice(0, 3);
  for (const e of used) ctx.add(e.path, e.def.passage, { weight: W_DEFINES_USED, reason: `defines a term used here (${e.def.term})` });
};

/** The contributors `findRelated` always runs, in order. */
export const DEFAULT_CONTRIBUTORS: readonly RelatedContributor[] = [
  sharedEntities, annotationLinks, definedTerms, similarWording, translations,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
