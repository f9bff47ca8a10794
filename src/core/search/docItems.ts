/**
 * Documents inside the n-gram index: each document's passages and headings become items
 * of one group, added and tombstoned together, so updating one file touches only its own
 * items. Remembers each document's fingerprint so a cached index re-indexes only what
 * changed.
 */
import { NgramIndex } from './ngramIndex';
import { decodeIndex, encodeIndex, IndexCacheError } from './indexCodec';
import { fingerprint } from './fingerprint';
import { pinyinOf } from './pinyin';
import type { SearchDoc } from './searchTypes';

/** Item ref of a document's title among its heading items (headings have refs 0…n-1). */
export const TITLE_REF = -1;

/** What a heading or title item is indexed by: its text, and its pinyin when it is Chinese. */
export function headingSearchText(text: string): string {
  const py = pinyinOf(text);
  return py ? `${text} ${py}` : text;
}

/** The document title as a separate item, unless a heading already says it. */
export function separateTitle(doc: SearchDoc): string | undefined {
  const title = doc.title?.trim();
  return title && !doc.headings.some((h) => h.text.trim() === title) ? title : undefined;
}

/** Item kinds as stored in the index (bit positions of a kind mask). */
export const KIND_PASSAGE = 0;
export const KIND_HEADING = 1;
export const KIND_ENTITY = 2;
export const KIND_ANNOTATION = 3;
export const KIND_TAG = 4;

/** One indexed document: its group, fingerprint and contiguous item range. */
export interface DocEntry {
  readonly path: string;
  readonly group: number;
  hash: string;
  first: number;
  count: number;
  /** The live document (texts for labels, mentions); absent only for a cache not yet matched. */
  doc?: SearchDoc;
}

/** What changed when documents were (re)set. */
export interface IndexUpdateStats {
  readonly indexed: number;
  readonly reused: number;
  readonly removed: number;
}

/** The documents of a jump index, by path and by group, over one n-gram index. */
export class DocItems {
  readonly byPath = new Map<string, DocEntry>();
  readonly byGroup: (DocEntry | undefined)[] = [];

  constructor(readonly index: NgramIndex = new NgramIndex()) {}

  /** Make the index hold exactly `docs`, re-indexing only documents whose fingerprint changed. */
  setAll(docs: readonly SearchDoc[]): IndexUpdateStats {
    const keep = new Set<string>();
    let indexed = 0;
    let reused = 0;
    for (const doc of docs) {
      keep.add(doc.path);
      if (this.put(doc)) indexed++; else reused++;
    }
    let removed = 0;
    for (const path of [...this.byPath.keys()]) {
      if (!keep.has(path)) { this.remove(path); removed++; }
    }
    this.index.trim();
    return { indexed, reused, removed };
  }

  /** Add or replace one document; returns false when its fingerprint was unchanged. */
  put(doc: SearchDoc): boolean {
    const hash = doc.hash ?? fingerprint(doc);
    const old = this.byPath.get(doc.path);
    if (old && old.hash === hash) { old.doc = doc; return false; }
    if (old) this.index.removeRange(old.first, old.count);
    const group = old ? old.group : this.byGroup.length;
    const first = this.index.itemCount;
    doc.passages.forEach((p, i) => this.index.addItem(group, KIND_PASSAGE, i, p.text));
    doc.headings.forEach((h, i) => this.index.addItem(group, KIND_HEADING, i, headingSearchText(h.text)));
    const title = separateTitle(doc);
    if (title) this.index.addItem(group, KIND_HEADING, TITLE_REF, headingSearchText(title));
    const entry: DocEntry = { path: doc.path, group, hash, first, count: this.index.itemCount - first, doc };
    this.byPath.set(doc.path, entry);
    this.byGroup[group] = entry;
    return true;
  }

  /** Forget a document; returns whether it was indexed. */
  remove(path: string): boolean {
    const old = this.byPath.get(path);
    if (!old) return false;
    this.index.removeRange(old.first, old.count);
    this.byPath.delete(path);
    this.byGroup[old.group] = undefined;
    return true;
  }

  /** Entry of the document an item belongs to, if it still has a live document. */
  entryOf(item: number): DocEntry | undefined {
    const e = this.byGroup[this.index.group[item]];
    return e && e.doc ? e : undefined;
  }

  /** Bytes for the cache: the index plus, per document, its path, fingerprint and item range. */
  serialize(): Uint8Array {
    const docs = [...this.byPath.values()].map((e) => [e.path, e.group, e.hash, e.first, e.count]);
    return encodeIndex(this.index, { kind: 'policy-lens/search', docs, groups: this.byGroup.length });
  }

  /**
   * Restore from `serialize()` output. Documents come back without their live `doc`;
   * call `setAll` with the current documents to attach them (unchanged ones are not
   * re-indexed). Throws `IndexCacheError` for foreign or damaged bytes.
   */
  static deserialize(bytes: Uint8Array): DocItems {
    const { index, header } = decodeIndex(bytes);
    const h = header as { kind?: string; docs?: unknown[]; groups?: number };
    if (h?.kind !== 'policy-lens/search' || !Array.isArray(h.docs)) throw new IndexCacheError('unexpected header');
    const items = new DocItems(index);
    items.byGroup.length = h.groups ?? 0;
    for (const row of h.docs as [string, number, string, number, number][]) {
      const [path, group, hash, first, count] = row;
      const entry: DocEntry = { path, group, hash, first, count };
      items.byPath.set(path, entry);
      items.byGroup[group] = entry;
    }
    return items;
  }
}
