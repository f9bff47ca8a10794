/**
 * The bridge from the corpus model to search: a corpus document seen as a `SearchDoc`.
 * Passages, headings and mentions are shared, not copied (their shapes already fit), so
 * indexing a large corpus does not double its memory. The document's content hash becomes
 * the index fingerprint, so a cached index skips every file whose text did not change.
 */
import type { CorpusDocument } from '../corpus/document';
import type { SearchDoc } from './searchTypes';

/**
 * What search needs of one corpus document: its passages, headings and entity mentions
 * (all in document offsets), its first institution (for grouping hits) and its content hash.
 */
export function toSearchDoc(doc: CorpusDocument): SearchDoc {
  const institution = doc.meta.institutions[0]?.id;
  // A title made from the file name says nothing the path does not.
  const named = doc.meta.origins?.title?.provenance === 'file name';
  const title = named ? undefined : doc.meta.title?.trim() || undefined;
  return {
    path: doc.path,
    ...(institution ? { institution } : {}),
    ...(title ? { title } : {}),
    passages: doc.parsed.passages,
    headings: doc.parsed.headings,
    mentions: doc.mentions,
    // A title set in the catalog changes no file byte, yet must re-index the document.
    hash: title ? `${doc.hash}\u0000${title}` : doc.hash,
  };
}
