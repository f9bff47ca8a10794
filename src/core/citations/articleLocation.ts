/**
 * Where a cited article stands in the cited document: the line that opens with it
 * (`第二十四条 …`, `## 第二十四条`, `Article 5`, `**Sec. 4.** …`), matched by number so
 * 第24条 finds 第二十四条. The first such line wins: a law's articles come once, in order.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals';

const LEAD = String.raw`^[ \t　]*(?:#{1,6}[ \t]+)?(?:[*_]{1,2})?[ \t]*`;
const ZH_ARTICLE = new RegExp(`${LEAD}第([${CHINESE_NUMERAL_CHARS}0-9０-９]+)条`, 'gm');
const EN_ARTICLE = new RegExp(`${LEAD}(?:Article|Art\\.|Section|Sec\\.|§)[ \\t]*(\\d+[a-z]?(?:\\.\\d+)*)\\b`, 'gim');

/**
 * Offset of the line that begins article `article` (as written in a citation: `第二十四条`,
 * `Article 5`, `Section 4.2`) in `text`, or undefined when the text has no such line.
 */
export function findArticle(text: string, article: string): number | undefined {
  const zh = /^第(.+?)条/.exec(article);
  if (zh) {
    const want = parseChineseNumber(zh[1]);
    if (want === undefined) return undefined;
    ZH_ARTICLE.lastIndex = 0;
    for (let m = ZH_ARTICLE.exec(text); m; m = ZH_ARTICLE.exec(text)) {
      if (parseChineseNumber(m[1]) === want) return m.index + m[0].length - m[0].trimStart().length;
    }
    return undefined;
  }
  const en = /(\d+[a-z]?(?:\.\d+)*)/i.exec(article);
  if (!en) return undefined;
  const want = en[1].toLowerCase();
  const whole = want.split('.')[0];
  let fallback: number | undefined;
  EN_ARTICLE.lastIndex = 0;
  for (let m = EN_ARTICLE.exec(text); m; m = EN_ARTICLE.exec(text)) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    const got = m[1].toLowerCase();
    if (got === want) return at;
    if (fallback === undefined && got === whole) fallback = at;
  }
  return fallback;
}
