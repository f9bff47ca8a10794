/**
 * The front matter of an imported document: the source's own metadata at the top level, where
 * the corpus model's metadata inference reads `title`, `date`, `author` and `language`, and
 * the provenance under `imported:` (source file, its sha256, converter and version, pages,
 * and a hash of the Markdown written, to notice later edits).
 */
import { stringify, parse } from 'yaml';
import type { SourceMeta } from './types';

/** Provenance of an import. */
export interface Provenance {
  readonly source: string;
  readonly sha256: string;
  readonly converter: string;
  readonly pages?: number;
  readonly textSha256: string;
}

/** The `---` block for an imported file. */
export function importFrontMatter(meta: SourceMeta, provenance: Provenance): string {
  const top: Record<string, unknown> = {};
  if (meta.title) top.title = meta.title;
  if (meta.author) top.author = meta.author;
  if (meta.date) top.date = meta.date;
  if (meta.site) top.site = meta.site;
  const lang = meta.language ? /^(zh|en)\b/i.exec(meta.language)?.[1]?.toLowerCase() : undefined;
  if (lang) top.language = lang;
  if (meta.description) top.description = meta.description;
  const imported: Record<string, unknown> = { source: provenance.source, sha256: provenance.sha256, converter: provenance.converter };
  if (provenance.pages !== undefined) imported.pages = provenance.pages;
  if (meta.url) imported.url = meta.url;
  if (meta.printed) imported.printed = meta.printed;
  imported.text_sha256 = provenance.textSha256;
  top.imported = imported;
  return `---\n${stringify(top, { lineWidth: 0 })}---\n\n`;
}

/** The `imported:` block of a Markdown file's front matter, if it was made by the importer. */
export function readProvenance(text: string): { source?: string; sha256?: string; textSha256?: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return undefined;
  let fm: unknown;
  try {
    fm = parse(m[1]);
  } catch {
    return undefined;
  }
  const imported = (fm as { imported?: Record<string, unknown> } | null)?.imported;
  if (!imported || typeof imported !== 'object') return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { source: str(imported.source), sha256: str(imported.sha256), textSha256: str(imported.text_sha256), body: text.slice(m[0].length).replace(/^\r?\n/, '') };
}
