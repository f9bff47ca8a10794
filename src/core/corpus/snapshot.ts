/**
 * A snapshot of what the corpus model derived from each file — structure, mentions,
 * metadata — so reopening a workspace re-reads files but does not re-parse them. Entries are
 * keyed by the content hash of the decoded text, by the knowledge base they were matched
 * against and by the document's catalog entry; any difference and the file is built afresh.
 * The document text itself is not stored: it is read from the file, which also proves the
 * hash. The snapshot is a cache: a damaged or foreign one is refused and simply rebuilt.
 */
import type { Mention } from '../knowledge/types';
import type { Encoding, Heading, ParsedDocument, Passage, Problem, Span } from '../types';
import type { CatalogEntry } from './catalog';
import type { CorpusDocument } from './document';
import { contentHash } from './hash';
import type { DocumentMeta } from './metadata';

const FORMAT = 'policy-lens-corpus-snapshot';
// 2: documents with a hostile front matter or markdown shape are parsed differently (body kept).
const VERSION = 2;

/** What a snapshot keeps of one document. */
export interface DocumentSnapshot {
  readonly hash: string;
  readonly encoding: Encoding;
  readonly entryKey: string;
  readonly format: ParsedDocument['format'];
  readonly frontMatter?: Readonly<Record<string, unknown>>;
  readonly headings: readonly Heading[];
  /** Passages; `text` is left out when it equals the original slice of its span. */
  readonly passages: ReadonlyArray<Omit<Passage, 'text'> & { readonly text?: string }>;
  readonly toc?: Span;
  readonly title?: string;
  readonly parseProblems: readonly Problem[];
  /** `[entityId, start, end]`; the mention text is the original slice. */
  readonly mentions: ReadonlyArray<readonly [string, number, number]>;
  readonly meta: DocumentMeta;
  readonly problems: readonly Problem[];
}

export interface CorpusSnapshot {
  /** Fingerprint of the knowledge base the mentions and metadata were derived with. */
  readonly knowledgeKey: string;
  readonly documents: ReadonlyMap<string, DocumentSnapshot>;
}

/** Thrown for bytes that are not a snapshot this version can use. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/**
 * Fingerprint of a catalog entry (or its absence), stable across key order and ignoring
 * where in the catalog file the entry stands.
 */
export function entryKey(entry: CatalogEntry | undefined): string {
  if (!entry) return '-';
  const sorted = Object.keys(entry).filter((k) => k !== 'line').sort().map((k) => [k, (entry as unknown as Record<string, unknown>)[k]]);
  return contentHash(JSON.stringify(sorted));
}

const knowledgeKeys = new WeakMap<object, string>();

/** Fingerprint of a knowledge base's entities, computed once per knowledge base. */
export function knowledgeKey(kb: { all(): readonly unknown[] }): string {
  let key = knowledgeKeys.get(kb);
  if (key === undefined) {
    key = contentHash(JSON.stringify(kb.all()));
    knowledgeKeys.set(kb, key);
  }
  return key;
}

function snapshotOf(doc: CorpusDocument, entry: CatalogEntry | undefined): DocumentSnapshot {
  const { text } = doc.parsed;
  const parseProblems = doc.parsed.problems;
  return {
    hash: doc.hash,
    encoding: doc.parsed.encoding,
    entryKey: entryKey(entry),
    format: doc.parsed.format,
    ...(doc.parsed.frontMatter ? { frontMatter: doc.parsed.frontMatter } : {}),
    headings: doc.parsed.headings,
    passages: doc.parsed.passages.map((p) => (p.text === text.slice(p.span.start, p.span.end)
      ? { index: p.index, kind: p.kind, span: p.span, heading: p.heading }
      : p)),
    ...(doc.parsed.toc ? { toc: doc.parsed.toc } : {}),
    ...(doc.parsed.title !== undefined ? { title: doc.parsed.title } : {}),
    parseProblems,
    mentions: doc.mentions.map((m) => [m.entityId, m.start, m.end] as const),
    meta: doc.meta,
    problems: doc.problems.slice(parseProblems.length),
  };
}

/** Serialise the model's documents; `entryOf` gives each document's catalog entry. */
export function writeSnapshot(
  docs: readonly CorpusDocument[],
  knowledgeKey: string,
  entryOf: (path: string) => CatalogEntry | undefined,
): Uint8Array {
  const documents: Record<string, DocumentSnapshot> = {};
  for (const doc of docs) documents[doc.path] = snapshotOf(doc, entryOf(doc.path));
  return new TextEncoder().encode(JSON.stringify({ format: FORMAT, version: VERSION, knowledgeKey, documents }));
}

/** Parse snapshot bytes; throws {@link SnapshotError} for anything but this format and version. */
export function readSnapshot(bytes: Uint8Array): CorpusSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new SnapshotError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const o = data as { format?: unknown; version?: unknown; knowledgeKey?: unknown; documents?: unknown };
  if (!o || o.format !== FORMAT || o.version !== VERSION || typeof o.knowledgeKey !== 'string' ||
      !o.documents || typeof o.documents !== 'object') {
    throw new SnapshotError('not a corpus snapshot of this version');
  }
  return { knowledgeKey: o.knowledgeKey, documents: new Map(Object.entries(o.documents as Record<string, DocumentSnapshot>)) };
}

/**
 * Rebuild a document from its snapshot and the freshly read text, or undefined when the
 * snapshot does not match (other text, encoding, catalog entry) or does not fit the text.
 */
export function restoreDocument(
  path: string,
  text: string,
  encoding: Encoding,
  hash: string,
  snap: DocumentSnapshot | undefined,
  entry: CatalogEntry | undefined,
): Omit<CorpusDocument, 'lines'> | undefined {
  if (!snap || snap.hash !== hash || snap.encoding !== encoding || snap.entryKey !== entryKey(entry)) return undefined;
  const fits = (s: Span) => s.start >= 0 && s.end <= text.length && s.start <= s.end;
  if (!snap.passages.every((p) => fits(p.span)) || !snap.mentions.every(([, s, e]) => fits({ start: s, end: e }))) return undefined;
  const passages: Passage[] = snap.passages.map((p) => ({ ...p, text: p.text ?? text.slice(p.span.start, p.span.end) }));
  const mentions: Mention[] = snap.mentions.map(([entityId, start, end]) => ({ entityId, start, end, text: text.slice(start, end) }));
  const parsed: ParsedDocument = {
    path, text, encoding, format: snap.format, headings: snap.headings, passages, problems: snap.parseProblems,
    ...(snap.frontMatter ? { frontMatter: snap.frontMatter } : {}),
    ...(snap.toc ? { toc: snap.toc } : {}),
    ...(snap.title !== undefined ? { title: snap.title } : {}),
  };
  return { path, parsed, hash, mentions, meta: snap.meta, problems: [...snap.parseProblems, ...snap.problems] };
}
