/**
 * Content fingerprint of what the index stores for a document (its passage and heading
 * texts, in order), so a cached index can tell unchanged documents from changed ones. Used
 * only when the caller gives no hash of its own; the corpus passes its content hash.
 */
import { contentHash } from '../corpus/hash';
import type { SearchDoc } from './searchTypes';

/** Hex fingerprint of a document's indexed text (the corpus's content hash of it). */
export function fingerprint(doc: SearchDoc): string {
  const passages = doc.passages.map((p) => p.text).join('\u0001');
  const headings = doc.headings.map((h) => h.text).join('\u0003');
  return contentHash(`${passages}\u0002${doc.passages.length}\u0002${headings}\u0002${doc.title ?? ''}`);
}
