/**
 * Tentative spaces. Some producers emit a word in pieces with a space at the start of a piece
 * that sits right against the previous glyph ("meas", "urem", " ent"). Geometry alone cannot
 * tell such a space from a real one, so the line builder writes it as a marker and this pass
 * decides with the document's own vocabulary: when the joined word is written whole elsewhere
 * in the document and the pieces are not both words of their own — or when the piece after the
 * space is never a word of its own — the pieces are joined.
 */
import type { WordBook } from './join';

/** The marker for a tentative space (a private-use character, never in real text here). */
export const SOFT_SPACE = '\ue000';

/** Resolve every tentative space in `text`. */
export function resolveSoftSpaces(text: string, book: WordBook): string {
  if (!text.includes(SOFT_SPACE)) return text;
  return text.replace(/(\p{L}+)((?:\ue000\p{L}+)+)/gu, (whole: string, head: string, rest: string) => {
    const parts = [head, ...rest.split(SOFT_SPACE).filter(Boolean)];
    let out = parts[0];
    for (let i = 1; i < parts.length; i++) {
      const last = /\p{L}+$/u.exec(out)?.[0] ?? '';
      const joined = (last + parts[i]).toLowerCase();
      const right = parts[i].toLowerCase();
      const separateWords = book.plain.has(last.toLowerCase()) && book.plain.has(right);
      const join = book.plain.has(joined) ? !separateWords : !book.plain.has(right) && /^\p{Ll}/u.test(parts[i]);
      out += join ? parts[i] : ` ${parts[i]}`;
    }
    return out;
  }).replace(/\ue000/g, ' ');
}
