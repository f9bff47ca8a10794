/**
 * Jurisdiction evidence from the text itself, apart from its issuer: places named in the
 * title, the law a licence says it is governed by, and the language (Chinese text is weak evidence of China — weak because Chinese is
 * written in Taiwan, Singapore and by reporters everywhere).
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { facetItem } from './resolve';
import { placesIn } from './places';

/** "governed by the laws of England and Wales", "适用中华人民共和国法律": the law a licence or contract answers to. */
const GOVERNING_LAW = /\bgoverned by (?:and construed in accordance with )?the laws? of (?:the )?([A-Z][\w ,.'’-]{2,60})|适用([\u4e00-\u9fff]{2,12})法律/;

const OPENING_CAP = 3;

/** Evidence from the title's place names and the language of the text. */
export function placeEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const title = ctx.title?.trim();
  // An international meeting named in a title (APEC, G20) is where words were said, not whose rules they are.
  if (title) for (const p of placesIn(title)) out.push(facetItem('jurisdiction', p.code, 'place', p.level === 2 ? 6 : p.code === 'INT' ? 1 : 5, title));
  for (const { line, text } of [...ctx.head, ...ctx.tail]) {
    const law = /governed by|适用/.test(text) ? GOVERNING_LAW.exec(text) : null;
    if (law) for (const p of placesIn(law[1])) out.push(facetItem('jurisdiction', p.code, 'place', 5, text, line));
  }
  // Places the opening passages name: weak, capped per place, for texts that say where they apply.
  const opening = new Map<string, number>();
  // (A row of language links — "中文 ｜ English ｜ 日本語" — names languages, not places.)
  for (const { text } of ctx.opening.slice(0, 6).filter((l) => (l.text.match(/[|｜•]/g)?.length ?? 0) < 2)) for (const p of placesIn(text)) opening.set(p.code, Math.min(OPENING_CAP, (opening.get(p.code) ?? 0) + 1.5));
  for (const [code, w] of opening) out.push(facetItem('jurisdiction', code, 'mentionedPlace', w, ctx.opening[0]?.text ?? ''));
  if (ctx.language === 'zh' || ctx.language === 'bilingual') out.push(facetItem('jurisdiction', 'CN', 'language', ctx.language === 'zh' ? 1.5 : 1, ctx.language));
  return out;
}
