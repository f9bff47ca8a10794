/**
 * Jurisdiction evidence from the text itself, apart from its issuer: places named in the
 * title, and the language (Chinese text is weak evidence of China — weak because Chinese is
 * written in Taiwan, Singapore and by reporters everywhere).
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { facetItem } from './resolve';
import { placesIn } from './places';

/** Evidence from the title's place names and the language of the text. */
export function placeEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const title = ctx.title?.trim();
  // An international meeting named in a title (APEC, G20) is where words were said, not whose rules they are.
  if (title) for (const p of placesIn(title)) out.push(facetItem('jurisdiction', p.code, 'place', p.level === 2 ? 6 : p.code === 'INT' ? 1 : 5, title));
  if (ctx.language === 'zh' || ctx.language === 'bilingual') out.push(facetItem('jurisdiction', 'CN', 'language', ctx.language === 'zh' ? 1.5 : 1, ctx.language));
  return out;
}
