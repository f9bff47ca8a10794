/**
 * "What else in the corpus speaks to this passage?" Passages in other documents are ranked
 * by the entities they share with it (by entity id, so a Chinese passage naming 薛澜 meets an
 * English one naming Xue Lan), by explicit annotation links, and by similar wording. Inside
 * the passage's own document, its translation (the parallel zh/en passage) is related too.
 * Every result says why, in `reasons`.
 */
import type { JumpIndex } from './jump';
import { entitiesInPassage, passageAt } from './mentionIndex';
import { similarPassages } from './similar';
import { pairTranslations } from './translation';
import type { PassageRef, SearchLink } from './searchTypes';
import type { Span } from '../types';

export interface RelatedHit {
  readonly path: string;
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly score: number;
  /** Human-readable, e.g. `shares 3R principles, Xue Lan`, `linked by annotation (supports)`. */
  readonly reasons: string[];
}

export interface RelatedOptions {
  /** Most results (default 20). */
  readonly limit?: number;
  /** Annotation links between places in the corpus. */
  readonly links?: readonly SearchLink[];
  /** Display name of an entity id (default: the id). */
  readonly entityName?: (id: string) => string;
  /** Kind of an entity id (`person`, `concept`…), to weigh named things above broad concepts. */
  readonly entityKind?: (id: string) => string | undefined;
  /**
   * Most results from any one other document (default 3), so one long document that keeps
   * naming a shared entity cannot fill the list. The passage's own document (translations)
   * is not capped.
   */
  readonly perDocument?: number;
  /** Extra scored passages with their reasons, e.g. from citations (`citationBoosts`). */
  readonly boosts?: ReadonlyArray<{ readonly path: string; readonly index: number; readonly score: number; readonly reason: string }>;
}

interface Acc { score: number; reasons: string[]; shared: string[] }

const W_ENTITY = 1;
const W_LINK = 1.5;
const W_TEXT = 1.2;
const W_TRANSLATION = 2;
const PER_DOCUMENT = 3;

/**
 * How much sharing an entity of this kind says: a person, a law or a named model in common
 * is a strong link between two passages; a broad concept or technique ("deep learning")
 * is a weak one. Unknown kinds weigh 1.
 */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  person: 1.5, law: 1.5, agreement: 1.5, event: 1.3, model: 1.3, institution: 1.1,
  principle: 1, concept: 0.6, technique: 0.6, theme: 0.5,
};

/**
 * Weight of sharing entity `id`: its rarity over the corpus (an idf that falls to ~0 for an
 * entity every document names) times its kind's weight.
 */
export function sharedEntityWeight(documents: number, documentCount: number, kind?: string): number {
  const idf = Math.log((documents + 1) / Math.max(1, documentCount));
  return Math.max(0, idf) * (kind !== undefined ? KIND_WEIGHT[kind] ?? 1 : 1);
}

/** Related passages for `target`, best first; empty when the target is unknown. */
export function findRelated(jump: JumpIndex, target: PassageRef, opts: RelatedOptions = {}): RelatedHit[] {
  const doc = jump.items.byPath.get(target.path)?.doc;
  const passage = doc?.passages[target.index];
  if (!doc || !passage) return [];
  const name = opts.entityName ?? ((id: string) => id);
  const acc = new Map<string, Acc>();
  const bump = (path: string, index: number, by: number): Acc => {
    const key = `${path}\u0000${index}`;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { score: 0, reasons: [], shared: [] }));
    a.score += by;
    return a;
  };
  const docs = Math.max(1, jump.mentions.size);
  for (const id of entitiesInPassage(doc, target.index).keys()) {
    const w = sharedEntityWeight(docs, jump.mentions.documentCount(id), opts.entityKind?.(id));
    if (w <= 0) continue;
    const seen = new Set<string>();
    for (const m of jump.mentions.mentionsOf(id)) {
      const key = `${m.path}\u0000${m.passage}`;
      if (m.path === target.path || seen.has(key)) continue;
      seen.add(key);
      bump(m.path, m.passage, W_ENTITY * w).shared.push(name(id));
    }
  }
  for (const link of opts.links ?? []) {
    for (const [here, there] of [[link.from, link.to], [link.to, link.from]] as const) {
      if (here.path !== target.path || !overlaps(here.span, passage.span)) continue;
      const other = jump.items.byPath.get(there.path)?.doc;
      const index = other ? passageAt(other.passages, there.span.start) : -1;
      if (index < 0 || (there.path === target.path && index === target.index)) continue;
      bump(there.path, index, W_LINK).reasons.push(`linked by annotation (${link.relation})`);
    }
  }
  for (const s of similarPassages(jump.items, passage.text, 60)) {
    if (s.path === target.path || s.similarity < 0.3) continue;
    bump(s.path, s.index, W_TEXT * s.similarity).reasons.push('similar wording');
  }
  for (const b of opts.boosts ?? []) {
    if (b.path === target.path && b.index === target.index) continue;
    bump(b.path, b.index, b.score).reasons.push(b.reason);
  }
  for (const pair of pairTranslations(doc)) {
    const other = pair.zh === target.index ? pair.en : pair.en === target.index ? pair.zh : -1;
    if (other >= 0) bump(target.path, other, W_TRANSLATION).reasons.push('translation');
  }
  const out: RelatedHit[] = [];
  for (const [key, a] of acc) {
    const [path, idx] = key.split('\u0000');
    const p = jump.items.byPath.get(path)?.doc?.passages[Number(idx)];
    if (!p) continue;
    const reasons = a.shared.length ? [`shares ${[...new Set(a.shared)].join(', ')}`, ...a.reasons] : a.reasons;
    out.push({ path, index: Number(idx), span: p.span, text: p.text, score: a.score, reasons });
  }
  out.sort((x, y) => y.score - x.score || x.path.localeCompare(y.path) || x.index - y.index);
  return capPerDocument(out, target.path, opts.perDocument ?? PER_DOCUMENT).slice(0, opts.limit ?? 20);
}

/** The best `cap` hits of every document but `own`, in the given (ranked) order. */
function capPerDocument(hits: readonly RelatedHit[], own: string, cap: number): RelatedHit[] {
  const taken = new Map<string, number>();
  return hits.filter((h) => {
    if (h.path === own) return true;
    const n = taken.get(h.path) ?? 0;
    taken.set(h.path, n + 1);
    return n < cap;
  });
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
