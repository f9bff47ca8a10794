/**
 * What citations add to "related statements": passages elsewhere that cite the same
 * instrument as the anchor passage (more when they cite the same article), the passage of
 * the cited document that the anchor cites (its article), and passages that cite the
 * anchor's document. Each is a small score with a reason, added to the ranking by
 * `findRelated`'s `boosts` option, so the citation signal stays one separate contribution.
 */
import { findArticle } from './articleLocation';
import type { CitationIndex } from './citationIndex';
import { parseChineseNumber } from './numerals';
import type { ResolvedCitation } from './types';

/** One passage to lift in the related ranking, and why. */
export interface RelatedBoost {
  readonly path: string;
  /** Passage index within `path`. */
  readonly index: number;
  readonly score: number;
  /** English reason, read back by `parseReason` (`cites the same article: …`). */
  readonly reason: string;
}

/** Weights, on the scale of `findRelated`'s (a shared named entity weighs ~1–3). */
export const CITATION_WEIGHTS = { sameArticle: 2.4, sameInstrument: 1.4, citedPassage: 2.4, citesThisDocument: 1.2, citesThisArticle: 2.4 } as const;

/** The parts of the corpus the boosts need: passage spans and texts by path. */
export interface PassageSource {
  /** Index of the passage holding `offset` in `path`, or -1. */
  passageAt(path: string, offset: number): number;
  /** Text of the document at `path`. */
  text(path: string): string | undefined;
}

const LEADING_ARTICLE = /^\s*(?:#{1,6}\s*)?(?:第([零〇一二两三四五六七八九十百千0-9]+)条|(?:Article|Section|Sec\.)\s*(\d+))/i;

/** The article number a passage opens with (第五条 → 5, "Article 5" → 5). */
function openingArticle(text: string): number | undefined {
  const m = LEADING_ARTICLE.exec(text);
  return m ? (m[1] ? parseChineseNumber(m[1]) : Number(m[2])) : undefined;
}

function name(c: ResolvedCitation): string {
  return c.citation.label;
}

/**
 * Boosts for the anchor passage `[start, end)` of `path`, whose text is `passageText`.
 * A passage gets at most one boost of each reason.
 */
export function citationBoosts(index: CitationIndex, source: PassageSource, path: string, start: number, end: number, passageText: string): RelatedBoost[] {
  const out: RelatedBoost[] = [];
  const seen = new Set<string>();
  const push = (b: RelatedBoost): void => {
    const key = `${b.path}\u0000${b.index}\u0000${b.reason}`;
    if (b.index < 0 || seen.has(key)) return;
    seen.add(key);
    out.push(b);
  };
  const here = index.of(path).filter((c) => c.citation.start < end && start < c.citation.end);
  for (const c of here) {
    for (const other of index.sameInstrument(c.citation.keys)) {
      if (other.path === path) continue;
      const sameArticle = !!c.citation.articleNumber && other.citation.articleNumber === c.citation.articleNumber;
      push({
        path: other.path,
        index: source.passageAt(other.path, other.citation.start),
        score: sameArticle ? CITATION_WEIGHTS.sameArticle : CITATION_WEIGHTS.sameInstrument,
        reason: sameArticle ? `cites the same article: ${name(c)} ${c.citation.article}` : `cites the same instrument: ${name(c)}`,
      });
    }
    if (c.target.path && c.target.path !== path && c.target.article) {
      const text = source.text(c.target.path);
      const at = text === undefined ? undefined : findArticle(text, c.target.article);
      if (at !== undefined) {
        push({ path: c.target.path, index: source.passageAt(c.target.path, at), score: CITATION_WEIGHTS.citedPassage, reason: 'cited by this passage' });
      }
    }
  }
  const article = openingArticle(passageText);
  for (const c of index.citing(path)) {
    const sameArticle = article !== undefined && c.citation.articleNumber === article;
    push({
      path: c.path,
      index: source.passageAt(c.path, c.citation.start),
      score: sameArticle ? CITATION_WEIGHTS.citesThisArticle : CITATION_WEIGHTS.citesThisDocument,
      reason: sameArticle ? 'cites this article' : 'cites this document',
    });
  }
  return out;
}
