/**
 * "Which texts cite this instrument?" for a name the user types: a title (with or without
 * 中华人民共和国), a number ("Executive Order 14110", "GB/T 45654-2025"), a knowledge-base
 * entity's name, or a corpus path. The name is turned into the same identity keys
 * citations carry, and every citation with one of those keys, or resolved to the same
 * document or entity, is returned.
 */
import type { CitationIndex } from './citationIndex';
import { cachedDocumentKeys } from './resolve';
import type { NamedDocument } from './documentKeys';
import { extractCitations } from './extract';
import { titleKey } from './keys';
import type { ResolvedCitation } from './types';

/** Keys a typed name stands for. */
export function keysOfName(name: string): string[] {
  const keys = extractCitations(name).flatMap((c) => c.keys);
  const title = titleKey(name);
  if (title) keys.push(title);
  return [...new Set(keys)];
}

/**
 * Citations of the instrument `name`, by citing path then position. `doc` is the corpus
 * document the name denotes (by path or key), `entity` the entity id, when known.
 */
export function citationsOfInstrument(index: CitationIndex, name: string, doc?: NamedDocument, entity?: string): ResolvedCitation[] {
  const keys = new Set(keysOfName(name));
  if (doc) for (const k of cachedDocumentKeys(doc).strong) keys.add(k);
  const path = doc?.path ?? index.resolver.documentsFor([...keys][0] ?? '')[0];
  return index.all().filter((c) => (path !== undefined && c.target.path === path) ||
    (entity !== undefined && c.target.entity === entity) || c.citation.keys.some((k) => keys.has(k)));
}

/** The corpus path a name denotes: the path itself, or the document known by its keys. */
export function documentNamed(index: CitationIndex, name: string, has: (path: string) => boolean): string | undefined {
  if (has(name)) return name;
  for (const k of keysOfName(name)) {
    const p = index.resolver.documentsFor(k)[0];
    if (p) return p;
  }
  return undefined;
}
