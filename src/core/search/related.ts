/**
 * "What else in the corpus speaks to this passage?" Candidate passages collect evidence from
 * contributors (`relatedContributors.ts`): shared entities (by entity id, so a Chinese
 * passage naming 薛澜 meets an English one naming Xue Lan), annotation links, shared defined
 * terms, similar wording, and inside the passage's own document its translation. Weak
 * evidence alone (only a shared institution) and results far below the best are not shown.
 * Every result says why, in `reasons`.
 */
import type { JumpIndex } from './jump';
import { DEFAULT_CONTRIBUTORS, type RelatedContext, type RelatedContributor, type RelatedEvidence } from './relatedContributors';
import type { PassageRef, SearchLink } from './searchTypes';
import type { Span } from '../types';

export { sharedEntityWeight, type RelatedContributor, type RelatedContext, type RelatedEvidence } from './relatedContributors';

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
  /** More kinds of evidence (e.g. shared citations), run after the default ones. */
  readonly contributors?: readonly RelatedContributor[];
}

interface Acc { score: number; reasons: string[]; shared: string[]; strong: boolean }

const PER_DOCUMENT = 3;
/** Results scoring under this, or under this share of the best, are too weak to show. */
const MIN_SCORE = 0.25;
const RELATIVE_FLOOR = 0.2;

/** Related passages for `target`, best first; empty when the target is unknown. */
export function findRelated(jump: JumpIndex, target: PassageRef, opts: RelatedOptions = {}): RelatedHit[] {
  const doc = jump.items.byPath.get(target.path)?.doc;
  const passage = doc?.passages[target.index];
  if (!doc || !passage) return [];
  const acc = new Map<string, Acc>();
  const ctx: RelatedContext = {
    jump, target, doc, passage,
    links: opts.links ?? [],
    entityName: opts.entityName ?? ((id: string) => id),
    entityKind: opts.entityKind ?? (() => undefined),
    add(path: string, index: number, e: RelatedEvidence) {
      if (path === target.path && index === target.index) return;
      const key = `${path}\u0000${index}`;
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { score: 0, reasons: [], shared: [], strong: false }));
      a.score += e.weight;
      if (!e.weak) a.strong = true;
      if (e.shares !== undefined) a.shared.push(e.shares);
      if (e.reason !== undefined && !a.reasons.includes(e.reason)) a.reasons.push(e.reason);
    },
  };
  for (const contribute of [...DEFAULT_CONTRIBUTORS, ...(opts.contributors ?? [])]) contribute(ctx);
  const out: RelatedHit[] = [];
  for (const [key, a] of acc) {
    if (!a.strong) continue;
    const [path, idx] = key.split('\u0000');
    const p = jump.items.byPath.get(path)?.doc?.passages[Number(idx)];
    if (!p) continue;
    const reasons = a.shared.length ? [`shares ${[...new Set(a.shared)].join(', ')}`, ...a.reasons] : a.reasons;
    out.push({ path, index: Number(idx), span: p.span, text: p.text, score: a.score, reasons });
  }
  out.sort((x, y) => y.score - x.score || x.path.localeCompare(y.path) || x.index - y.index);
  const floor = out.length ? Math.max(MIN_SCORE, RELATIVE_FLOOR * out[0].score) : 0;
  const kept = out.filter((h) => h.score >= floor);
  return capPerDocument(kept, target.path, opts.perDocument ?? PER_DOCUMENT).slice(0, opts.limit ?? 20);
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
