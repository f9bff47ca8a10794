/**
 * Mentions grouped by entity, built in one pass over a corpus snapshot: for each entity the
 * documents that mention it (in the snapshot's order) with their mentions of it. A hover
 * or a reference lookup then reads one entity's list instead of scanning every mention of
 * every document. The index is immutable; the owner (the corpus model) drops it when a
 * document changes and builds a new one on the next lookup.
 */
import type { Mention } from './types';
import type { MentionSource } from './references';

/** One document's mentions of one entity (in offset order). */
export interface DocumentMentions {
  readonly doc: MentionSource;
  readonly mentions: readonly Mention[];
}

const NONE: readonly DocumentMentions[] = [];

/** Per-entity mention lists over a fixed set of documents; see the module comment. */
export class EntityMentionIndex {
  private readonly byEntity = new Map<string, DocumentMentions[]>();
  private readonly ranked = new Map<string, readonly DocumentMentions[]>();

  /** Group every mention of `docs` by entity (documents keep the given order). */
  constructor(readonly docs: readonly MentionSource[]) {
    for (const doc of docs) {
      const mine = new Map<string, Mention[]>();
      for (const m of doc.mentions) {
        const list = mine.get(m.entityId);
        if (list) list.push(m); else mine.set(m.entityId, [m]);
      }
      for (const [id, mentions] of mine) {
        const entry: DocumentMentions = { doc, mentions };
        const list = this.byEntity.get(id);
        if (list) list.push(entry); else this.byEntity.set(id, [entry]);
      }
    }
  }

  /** Documents mentioning `entityId`, in the order the index was built with. */
  documentsOf(entityId: string): readonly DocumentMentions[] {
    return this.byEntity.get(entityId) ?? NONE;
  }

  /** The same documents, most mentions first, ties by path (computed once per entity). */
  rankedDocumentsOf(entityId: string): readonly DocumentMentions[] {
    let list = this.ranked.get(entityId);
    if (!list) {
      list = [...this.documentsOf(entityId)].sort((a, b) =>
        b.mentions.length - a.mentions.length || (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0));
      this.ranked.set(entityId, list);
    }
    return list;
  }

  /** Ids of every entity mentioned at least once. */
  entityIds(): IterableIterator<string> {
    return this.byEntity.keys();
  }
}
