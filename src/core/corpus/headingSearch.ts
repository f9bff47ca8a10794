/**
 * Finding document titles and section headings across the corpus by a typed query (the
 * "Go to Symbol in Workspace" list). Matching ignores case and width (NFKC), so 趋势, ＧＰＴ
 * and gpt find what a reader means; every word of the query must occur.
 */
import { foldForMatch } from '../text/normalize';
import type { Span } from '../types';
import type { CorpusDocument } from './document';

/** A title or heading that matched. */
export interface HeadingHit {
  readonly document: CorpusDocument;
  /** Index into `parsed.headings`, or -1 for the document title. */
  readonly heading: number;
  readonly text: string;
  /** Where to go: the heading's span, or the start of the document for a title. */
  readonly span: Span;
  /** Lower is better: 0 exact, 1 prefix, 2 word start, 3 anywhere. */
  readonly rank: number;
}

/** Results beyond this many are dropped (the best are kept). */
export const DEFAULT_HEADING_LIMIT = 500;

/**
 * Titles and headings matching `query`, best first (rank, then document path, then
 * position). An empty query lists document titles only.
 */
export function searchHeadings(
  docs: readonly CorpusDocument[],
  query: string,
  limit = DEFAULT_HEADING_LIMIT,
): HeadingHit[] {
  const words = foldForMatch(query).split(/\s+/).filter(Boolean);
  const hits: HeadingHit[] = [];
  for (const document of docs) {
    const title = document.meta.title;
    const titleHeading = document.parsed.headings.findIndex((h) => h.text.trim() === title.trim());
    const titleRank = rankOf(title, words);
    if (titleRank !== undefined && titleHeading < 0) {
      hits.push({ document, heading: -1, text: title, span: { start: 0, end: 0 }, rank: titleRank });
    }
    if (!words.length) continue;
    document.parsed.headings.forEach((h, index) => {
      const rank = rankOf(h.text, words);
      if (rank !== undefined) hits.push({ document, heading: index, text: h.text, span: h.span, rank });
    });
  }
  hits.sort((a, b) => a.rank - b.rank || cmp(a.document.path, b.document.path) || a.span.start - b.span.start);
  return hits.slice(0, limit);
}

function rankOf(text: string, words: readonly string[]): number | undefined {
  if (!words.length) return 3;
  const folded = foldForMatch(text).trim();
  if (!words.every((w) => folded.includes(w))) return undefined;
  const first = words[0];
  if (words.length === 1 && folded === first) return 0;
  if (folded.startsWith(first)) return 1;
  const at = folded.indexOf(first);
  return at > 0 && /[\s\p{P}]/u.test(folded[at - 1]) ? 2 : 3;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
