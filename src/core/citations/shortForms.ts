/**
 * Later, shorter references to an instrument a text has already cited with 《》: once
 * 《中华人民共和国网络安全法》 has been cited, "网络安全法第二十一条" further on (no brackets)
 * cites the same law, at that article. Only names the text itself introduced are followed,
 * and only with an article, so an ordinary word is never taken for a citation.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals';
import type { Citation } from './types';

const ARTICLE = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}0-9]+)条(?:之[${CHINESE_NUMERAL_CHARS}]+)?(?:第[${CHINESE_NUMERAL_CHARS}0-9]+款)?(?:第[${CHINESE_NUMERAL_CHARS}0-9]+项)?`);

/** Bare "name第N条" references to titles `cited` introduced, not overlapping them. */
export function extractShortForms(text: string, cited: readonly Citation[]): Citation[] {
  const titles = cited.filter((c) => c.kind === 'title' && c.instrument);
  if (!titles.length) return [];
  const names = new Map<string, Citation>();
  for (const c of titles) {
    for (const n of [c.label, c.label.replace(/^中华人民共和国/, '')]) if ([...n].length >= 3 && !names.has(n)) names.set(n, c);
  }
  const covered = (at: number) => cited.some((c) => c.start <= at && at < c.end);
  const out: Citation[] = [];
  for (const [name, source] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(name, titles[0].end); at >= 0; at = text.indexOf(name, at + name.length)) {
      const article = ARTICLE.exec(text.slice(at + name.length, at + name.length + 30));
      if (!article || covered(at) || text[at - 1] === '《' || out.some((o) => o.start <= at && at < o.end)) continue;
      const end = at + name.length + article[0].length;
      out.push({
        kind: 'title', start: at, end, text: text.slice(at, end), label: source.label, keys: source.keys,
        article: article[0], articleNumber: parseChineseNumber(article[1]), instrument: true,
      });
    }
  }
  return out;
}
