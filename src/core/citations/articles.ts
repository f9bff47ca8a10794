/**
 * The article a citation points into, when the text gives one next to it: "Article 5 of
 * Regulation (EU) 2016/679", "Section 4.2 of Executive Order 14110", "E.O. 14110, sec. 3".
 * (Chinese 第N条 after a 《》 title is read with the title.)
 */
import type { Citation } from './types';

const BEFORE = /\b(Articles?|Art\.|Sections?|Sec\.|§{1,2})\s*(\d+[a-z]?(?:\.\d+)*)((?:\s*\(\w{1,4}\))*)(?:,\s*points?\s*\(\w{1,4}\))?\s+of\s+(?:the\s+)?$/i;
const AFTER = /^,?\s*(Article|Art\.|Section|Sec\.|§{1,2})\s*(\d+[a-z]?(?:\.\d+)*)((?:\(\w{1,4}\))*)(?![\w(]|\s+of\b|\s*,\s*point)/i;

function articleLabel(word: string, num: string, sub: string): string {
  const w = word.toLowerCase();
  const name = w.startsWith('art') ? 'Article' : 'Section';
  return `${name} ${num}${sub.replace(/\s+/g, '')}`;
}

/** The citation with its article (and its span widened to cover it) when the text gives one. */
export function withEnglishArticle(text: string, c: Citation): Citation {
  if (c.article || c.kind === 'title' || c.kind === 'short-name' || c.kind === 'us-code' || c.kind === 'cfr') return c;
  const before = BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
  if (before) {
    const start = c.start - before[0].length;
    return {
      ...c, start, text: text.slice(start, c.end),
      article: articleLabel(before[1], before[2], before[3]), articleNumber: parseInt(before[2], 10),
    };
  }
  const after = AFTER.exec(text.slice(c.end, c.end + 30));
  if (after) {
    const end = c.end + after[0].length;
    return {
      ...c, end, text: text.slice(c.start, end),
      article: articleLabel(after[1], after[2], after[3]), articleNumber: parseInt(after[2], 10),
    };
  }
  return c;
}
