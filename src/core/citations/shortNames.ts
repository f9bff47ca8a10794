/**
 * Articles of instruments named by their short name: "Article 22 GDPR", "Art. 6(1) of the
 * GDPR", "Article 114 TFEU". The short name is an acronym (three to ten capitals or digits)
 * right after the article; whether it names a known instrument is for resolution to say
 * (the knowledge base knows GDPR, the corpus may hold it).
 */
import type { Citation } from './types';

const ARTICLE_ACRONYM = /\b(Article|Art\.)\s*(\d+[a-z]?)((?:\s*\(\w{1,4}\))*)\s+(?:of\s+(?:the\s+)?)?([A-Z][A-Z0-9]{2,9})\b(?![-.]\d|\s+(?:of|and)\s+(?:Regulation|Directive|Decision))/g;
/** Capitalised words that follow an article number but name no instrument. */
const NOT_NAMES = new Set(['AND', 'THE', 'FOR', 'NOT', 'ALL', 'ANY', 'ONE', 'TWO', 'NEW', 'SEE', 'ART', 'ARTICLE']);

/** Every "Article N ACRONYM" citation in `text`. */
export function extractShortNameArticles(text: string): Citation[] {
  const out: Citation[] = [];
  ARTICLE_ACRONYM.lastIndex = 0;
  for (let m = ARTICLE_ACRONYM.exec(text); m; m = ARTICLE_ACRONYM.exec(text)) {
    const name = m[4];
    if (NOT_NAMES.has(name) || /^\d/.test(name)) continue;
    out.push({
      kind: 'short-name', start: m.index, end: m.index + m[0].length, text: m[0], label: name,
      keys: [`name:${name.toLowerCase()}`], article: `Article ${m[2]}${m[3].replace(/\s+/g, '')}`, articleNumber: parseInt(m[2], 10),
      instrument: true,
    });
  }
  return out;
}
