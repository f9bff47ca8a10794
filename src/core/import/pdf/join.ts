/**
 * Joining a paragraph's lines back into running text. A line ending in a hyphen after a
 * letter, followed by a line starting in lower case, was hyphenated by the typesetter: the
 * hyphen goes, unless the document elsewhere writes the same compound with a hyphen in the
 * middle of a line ("third-party"). CJK text is joined without a space; everything else
 * with one.
 */
import { isCjk } from './cjk';

/** Words of the document as written mid-line, to tell compounds from hyphenated breaks. */
export interface WordBook {
  readonly hyphenated: ReadonlySet<string>;
  readonly plain: ReadonlySet<string>;
}

/** Collect the words that appear inside lines (not at their ends). */
export function wordBook(lines: readonly string[]): WordBook {
  const hyphenated = new Set<string>();
  const plain = new Set<string>();
  let afterHyphen = false;
  for (const raw of lines) {
    // Pieces after a tentative space, and the first word after a line-end hyphen, are
    // fragments, not words.
    const line = raw.replace(/\ue000\p{L}+/gu, ' ');
    const words = line.split(/\s+/);
    const skipFirst = afterHyphen;
    afterHyphen = /\p{L}[-\u00ad\u2010]$/u.test(line);
    words.forEach((w, i) => {
      if (i === 0 && skipFirst) return;
      const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      if (!word) return;
      if (i === words.length - 1 && /-$/.test(w)) return;
      if (/^\p{L}+(-\p{L}+)+$/u.test(word)) hyphenated.add(word);
      else if (/^\p{L}+$/u.test(word)) plain.add(word);
    });
  }
  return { hyphenated, plain };
}

const HYPHEN_END = /(\p{L}+)[-\u00ad\u2010]$/u;

/** Join `next` onto `text` (the paragraph so far). */
export function joinLine(text: string, next: string, book: WordBook): string {
  if (text === '') return next;
  // Only the end matters; matching the whole paragraph each time would be quadratic.
  const m = HYPHEN_END.exec(text.slice(-80));
  const first = /^\p{L}+/u.exec(next)?.[0];
  const head = m?.[1].toLowerCase() ?? '';
  const tail = first?.toLowerCase() ?? '';
  if (m && first && /\p{Script=Latin}/u.test(m[1]) && (/^\p{Ll}/u.test(first) || book.plain.has(head + tail))) {
    const keep = book.hyphenated.has(`${head}-${tail}`) && !book.plain.has(head + tail);
    return keep ? text + next : text.slice(0, -1) + next;
  }
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  const a = text[text.length - 1];
  const b = next[0];
  return isCjk(a) || isCjk(b) ? text + next : `${text} ${next}`;
}

/** The trailing hyphenated word part of a text, when it ends in a line-end hyphen. */
export function danglingHyphen(text: string): string | undefined {
  const m = HYPHEN_END.exec(text.slice(-80));
  return m && /\p{Script=Latin}/u.test(m[1]) ? m[0] : undefined;
}
