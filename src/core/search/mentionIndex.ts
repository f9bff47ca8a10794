/**
 * Which passages mention which entity, across documents. This is how a query naming an
 * entity in one language reaches passages that name it in the other, and how related
 * passages are found through shared entities.
 */
import type { SearchDoc, SearchPassage } from './searchTypes';

/** A mention placed in its passage. `start`/`end` are document offsets. */
export interface PlacedMention {
  readonly path: string;
  readonly passage: number;
  readonly start: number;
  readonly end: number;
}

/** Index of the passage whose span contains `offset`, or -1 (passages sorted by start). */
export function passageAt(passages: readonly SearchPassage[], offset: number): number {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = passages[mid].span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Entity ids mentioned in one passage of a document, with how often. */
export function entitiesInPassage(doc: SearchDoc, index: number): Map<string, number> {
  const span = doc.passages[index]?.span;
  const out = new Map<string, number>();
  if (!span) return out;
  for (const m of doc.mentions) {
    if (m.start >= span.start && m.start < span.end) out.set(m.entityId, (out.get(m.entityId) ?? 0) + 1);
  }
  return out;
}

/** Entity id → placed mentions, maintained per document. */
export class MentionIndex {
  private readonly byEntity = new Map<string, Map<string, PlacedMention[]>>();
  private readonly entitiesOf = new Map<string, Set<string>>();

  /** Replace what is known about one document's mentions. */
  put(doc: SearchDoc): void {
    this.remove(doc.path);
    const ids = new Set<string>();
    for (const m of doc.mentions) {
      const passage = passageAt(doc.passages, m.start);
      if (passage < 0) continue;
      let perPath = this.byEntity.get(m.entityId);
      if (!perPath) this.byEntity.set(m.entityId, (perPath = new Map()));
      let list = perPath.get(doc.path);
      if (!list) perPath.set(doc.path, (list = []));
      list.push({ path: doc.path, passage, start: m.start, end: m.end });
      ids.add(m.entityId);
    }
    this.entitiesOf.set(doc.path, ids);
  }

  /** Forget one document's mentions. */
  remove(path: string): void {
    for (const id of this.entitiesOf.get(path) ?? []) {
      const perPath = this.byEntity.get(id);
      perPath?.delete(path);
      if (perPath && perPath.size === 0) this.byEntity.delete(id);
    }
    this.entitiesOf.delete(path);
  }

  /**
   * The placed mentions of an entity (one per mention, possibly several per passage), in
   * document order, at most `limit` of them (all by default).
   */
  mentionsOf(entityId: string, limit = Infinity): PlacedMention[] {
    const out: PlacedMention[] = [];
    for (const list of this.byEntity.get(entityId)?.values() ?? []) {
      for (const m of list) {
        if (out.length >= limit) return out;
        out.push(m);
      }
    }
    return out;
  }

  /** How many documents mention an entity (for idf-like weighting of shared entities). */
  documentCount(entityId: string): number {
    return this.byEntity.get(entityId)?.size ?? 0;
  }

  /** Paths of the documents known. */
  paths(): string[] {
    return [...this.entitiesOf.keys()];
  }

  /** Number of documents known. */
  get size(): number {
    return this.entitiesOf.size;
  }
}
