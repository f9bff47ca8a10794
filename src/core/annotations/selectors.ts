/**
 * Building a target for a new annotation: the exact quote, its position, and prefix/suffix
 * context long enough that `prefix + exact + suffix` occurs once in the document (or a cap is
 * reached). Chinese carries far more meaning per character than English, so its context is
 * shorter in characters.
 */
import type { AnnotationTarget, LinkTarget } from './types';
import { hashText } from './ids';

/** Starting and maximum context lengths, in UTF-16 code units. */
export const CONTEXT_LENGTH = {
  zh: { base: 12, cap: 48 },
  en: { base: 32, cap: 128 },
} as const;

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

/** Whether the text around `[start, end)` is mostly CJK (decides the context length). */
export function isMostlyCjk(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 24);
  const to = Math.min(text.length, end + 24);
  let cjk = 0;
  let other = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (c > 32) other++;
  }
  // Latin letters are ~5 to a word; weigh them so "AI 治理" reads as Chinese.
  return cjk * 3 >= other;
}

/** Move an offset off the low half of a surrogate pair so slices never split a character. */
function snap(text: string, i: number, towardsEnd: boolean): number {
  const c = text.charCodeAt(i);
  if (i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return towardsEnd ? i + 1 : i - 1;
  }
  return i;
}

function occursOnce(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first >= 0 && text.indexOf(needle, first + 1) < 0;
}

/** Thrown when a requested range is not a valid, non-empty range of the text. */
export class InvalidRangeError extends Error {
  constructor(readonly path: string, readonly start: number, readonly end: number, length: number) {
    super(`${path}: range ${start}–${end} is not a non-empty range inside the text (length ${length})`);
    this.name = 'InvalidRangeError';
  }
}

/**
 * Make the target of a new annotation on `text[start, end)` of document `path`. Context starts
 * at {@link CONTEXT_LENGTH} `base` and doubles until the quote with its context is unique in
 * the document or the `cap` is reached.
 */
export function createTarget(path: string, text: string, start: number, end: number): AnnotationTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new InvalidRangeError(path, start, end, text.length);
  }
  const exact = text.slice(start, end);
  const lengths = isMostlyCjk(text, start, end) ? CONTEXT_LENGTH.zh : CONTEXT_LENGTH.en;
  let prefix = '';
  let suffix = '';
  for (let len: number = lengths.base; ; len = Math.min(len * 2, lengths.cap)) {
    prefix = text.slice(snap(text, Math.max(0, start - len), true), start);
    suffix = text.slice(end, snap(text, Math.min(text.length, end + len), false));
    if (len >= lengths.cap || occursOnce(text, prefix + exact + suffix)) break;
  }
  return {
    source: path,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ],
    textHash: hashText(text),
  };
}

/** The target of a new link to `text[start, end)` of document `path`: selectors as for an annotation. */
export function createLinkTarget(path: string, text: string, start: number, end: number): LinkTarget {
  const t = createTarget(path, text, start, end);
  return { path, selector: t.selector, textHash: t.textHash, status: 'anchored' };
}
