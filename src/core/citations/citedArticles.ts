/**
 * Where in a document other documents point: for each cited article found in its text,
 * the offset of the article's line and the citations that point there. Citations of the
 * document as a whole (no article, or an article its text lacks) are counted apart.
 */
import { findArticle } from './articleLocation';
import type { CitationIndex } from './citationIndex';
import type { ResolvedCitation } from './types';

/** Citations pointing at one article of a document. */
export interface CitedArticle {
  readonly article: string;
  /** Offset of the article's line in the cited document. */
  readonly offset: number;
  readonly citations: readonly ResolvedCitation[];
}

/** The cited articles of `path` (by position) and the citations of the whole document. */
export function citedArticles(index: CitationIndex, path: string, text: string): { articles: CitedArticle[]; whole: ResolvedCitation[] } {
  const byOffset = new Map<number, { article: string; citations: ResolvedCitation[] }>();
  const whole: ResolvedCitation[] = [];
  for (const c of index.citing(path)) {
    const at = c.target.article ? findArticle(text, c.target.article) : undefined;
    if (at === undefined) {
      whole.push(c);
      continue;
    }
    const slot = byOffset.get(at);
    if (slot) slot.citations.push(c); else byOffset.set(at, { article: c.target.article!, citations: [c] });
  }
  const articles = [...byOffset].map(([offset, s]) => ({ offset, article: s.article, citations: s.citations })).sort((a, b) => a.offset - b.offset);
  return { articles, whole };
}
