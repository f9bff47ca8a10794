/**
 * Which PDFs, web pages and Word files of a workspace have not been imported yet: every
 * importable file that no imported Markdown names as its `imported.source`.
 */
import { readProvenance } from './frontMatter';

/** Sources named by imported documents' front matter (texts without one are skipped fast). */
export function importedSources(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text.startsWith('---') || !text.slice(0, 4000).includes('imported:')) continue;
    const source = readProvenance(text)?.source;
    if (source) out.add(source);
  }
  return out;
}

/** Importable files not yet imported, sorted. */
export function pendingImports(importable: readonly string[], imported: ReadonlySet<string>): string[] {
  return importable.filter((p) => !imported.has(p)).sort();
}
