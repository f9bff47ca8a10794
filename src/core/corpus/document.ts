/**
 * One document of the corpus: its parse, the entities it mentions, its metadata and a line
 * index, built from decoded text. Separated from the model so a single file can be rebuilt
 * without touching the others.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Mention } from '../knowledge/types';
import { parseDocument } from '../parse';
import { LineIndex } from '../text/lines';
import { normalizeForMatch } from '../text/normalize';
import type { Encoding, ParsedDocument, Problem } from '../types';
import type { CatalogEntry } from './catalog';
import { contentHash } from './hash';
import { buildMetadata, DocumentMeta } from './metadata';

export interface CorpusDocument {
  /** Workspace-relative POSIX path. */
  readonly path: string;
  readonly parsed: ParsedDocument;
  readonly meta: DocumentMeta;
  /** Linked entity mentions, sorted by start, in original offsets. */
  readonly mentions: readonly Mention[];
  readonly lines: LineIndex;
  /** {@link contentHash} of the decoded text. */
  readonly hash: string;
  /** Parse and metadata problems of this document. */
  readonly problems: readonly Problem[];
}

/** Parse decoded text and derive everything the corpus keeps about it. */
export function buildDocument(
  path: string,
  text: string,
  encoding: Encoding,
  kb: KnowledgeBase,
  entry: CatalogEntry | undefined,
  catalogPath: string,
  hash = contentHash(text),
): CorpusDocument {
  const lines = new LineIndex(text);
  const parsed = parseDocument(path, text, encoding, lines);
  return withKnowledge({ path, parsed, lines, hash }, kb, entry, catalogPath);
}

/**
 * Recompute mentions and metadata of an already-parsed document, e.g. after the knowledge
 * base or its catalog entry changed; no re-read, no re-parse.
 */
export function withKnowledge(
  doc: Pick<CorpusDocument, 'path' | 'parsed' | 'lines' | 'hash'> & { mentions?: readonly Mention[] },
  kb: KnowledgeBase,
  entry: CatalogEntry | undefined,
  catalogPath: string,
  reuseMentions = false,
): CorpusDocument {
  // One matching form serves both the entity matcher and the theme keywords.
  const norm = reuseMentions && doc.mentions ? undefined : normalizeForMatch(doc.parsed.text);
  const mentions = reuseMentions && doc.mentions ? doc.mentions : kb.findMentions(doc.parsed.text, norm);
  const { meta, problems } = buildMetadata(doc.parsed, mentions, kb, entry, catalogPath, norm);
  return {
    path: doc.path,
    parsed: doc.parsed,
    lines: doc.lines,
    hash: doc.hash,
    mentions,
    meta,
    problems: [...doc.parsed.problems, ...problems],
  };
}
