/**
 * Resolution: which document of the corpus (or which knowledge-base entity) a citation
 * names. A key shared with a document's own keys wins; then a title the document's title
 * quotes; then an entity of the knowledge base whose name the citation gives — and when
 * that entity is also known under a document's key (the "EU AI Act" entity and the
 * document titled "… (Artificial Intelligence Act)"), the document. A citation of the
 * citing document itself resolves to it and is marked so.
 */
import { documentKeys, type NamedDocument } from './documentKeys';
import { extractCitations } from './extract';
import { titleKey } from './keys';
import type { Citation, CitationTarget } from './types';

/** The few knowledge-base lookups resolution needs (a `KnowledgeBase` fits). */
export interface EntityLookup {
  lookup(name: string): LookedUpEntity | undefined;
  /** The entity with this id (for citations that are mentions of an entity). */
  get?(id: string): LookedUpEntity | undefined;
}

/** An entity as resolution sees it. */
export interface LookedUpEntity {
  readonly id: string;
  readonly kind: string;
  readonly names: { readonly en?: string; readonly zh?: string };
  readonly aliases: ReadonlyArray<string | { readonly text: string }>;
}

/** Outcome of resolving one citation. */
export interface Resolution {
  readonly target: CitationTarget;
  /** The citation names the document it stands in. */
  readonly self: boolean;
}

/** Entity kinds that can be cited as instruments. */
const INSTRUMENT_KINDS = new Set(['law', 'agreement', 'principle', 'event']);

const keysCache = new WeakMap<object, ReturnType<typeof documentKeys>>();

/** {@link documentKeys}, computed once per document object. */
export function cachedDocumentKeys(doc: NamedDocument): ReturnType<typeof documentKeys> {
  let keys = keysCache.get(doc);
  if (!keys) keysCache.set(doc, (keys = documentKeys(doc)));
  return keys;
}

function add(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [path]);
  else if (!list.includes(path)) list.push(path);
}

/** Resolves citations against one state of the corpus. */
export class CitationResolver {
  private readonly strong = new Map<string, string[]>();
  private readonly weak = new Map<string, string[]>();

  constructor(docs: readonly NamedDocument[], private readonly kb?: EntityLookup) {
    for (const doc of docs) {
      const keys = cachedDocumentKeys(doc);
      for (const k of keys.strong) add(this.strong, k, doc.path);
      for (const k of keys.weak) add(this.weak, k, doc.path);
    }
  }

  /** Paths known by `key` (strong keys first). */
  documentsFor(key: string): readonly string[] {
    return this.strong.get(key) ?? this.weak.get(key) ?? [];
  }

  /** The target of `c` as cited from `fromPath`. */
  resolve(c: Citation, fromPath: string): Resolution {
    const article = c.article ? { article: c.article } : {};
    let self = false;
    let found: string | undefined;
    for (const map of [this.strong, this.weak]) {
      c.keys.forEach((key, i) => {
        const paths = map.get(key);
        if (!paths || found || self) return;
        // Only the most specific key makes a self-citation: 《本办法（试行）》 in the final
        // version of a text names the trial version, not itself.
        if (i === 0 && paths.includes(fromPath)) self = true;
        else found = paths.find((p) => p !== fromPath);
      });
      if (found) return { target: { path: found, ...article, ...this.entityOf(c) }, self: false };
      if (self) break;
    }
    if (self) return { target: { path: fromPath, ...article }, self: true };
    const entity = this.entity(c);
    if (entity) {
      const path = this.entityDocument(entity, fromPath);
      if (path === fromPath) return { target: { path, ...article }, self: true };
      return { target: { ...(path ? { path } : {}), entity: entity.id, ...article }, self: false };
    }
    return { target: article, self: false };
  }

  private entityOf(c: Citation): { entity?: string } {
    const e = this.entity(c);
    return e ? { entity: e.id } : {};
  }

  /** Entity by citation label: many citations repeat a label, each looked up once. */
  private readonly entities = new Map<string, LookedUpEntity | undefined>();

  private entity(c: Citation): LookedUpEntity | undefined {
    const memo = `${c.keys[0] ?? ''}\u0000${c.label}`;
    if (this.entities.has(memo)) return this.entities.get(memo);
    const e = this.findEntity(c);
    this.entities.set(memo, e);
    return e;
  }

  private findEntity(c: Citation): LookedUpEntity | undefined {
    if (!this.kb) return undefined;
    const id = c.keys[0]?.startsWith('entity:') ? c.keys[0].slice('entity:'.length) : undefined;
    if (id !== undefined) return this.kb.get?.(id);
    const names = [c.label, c.label.replace(/^中华人民共和国/, ''), `中华人民共和国${c.label}`, c.label.replace(/^the\s+/i, '')];
    for (const n of names) {
      const e = this.kb.lookup(n);
      if (e && INSTRUMENT_KINDS.has(e.kind)) return e;
    }
    return undefined;
  }

  /** A document known by one of the entity's names, other than `fromPath` when possible. */
  private entityDocument(e: NonNullable<ReturnType<EntityLookup['lookup']>>, fromPath: string): string | undefined {
    const names = [e.names.en, e.names.zh, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))];
    let self: string | undefined;
    for (const n of names) {
      if (!n) continue;
      // A name may be a title or a number ("Regulation (EU) 2024/1689").
      const keys = [titleKey(n), ...extractCitations(n).flatMap((c) => c.keys)];
      for (const key of keys) {
        const paths = key ? this.strong.get(key) : undefined;
        if (!paths) continue;
        const other = paths.find((p) => p !== fromPath);
        if (other) return other;
        self = fromPath;
      }
    }
    return self;
  }
}
