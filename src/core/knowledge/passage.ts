/**
 * The passage around a mention, cut at sentence boundaries (Chinese and Western
 * punctuation, blank lines, line breaks that end a line of Chinese) and clipped to a
 * radius, for quoting a statement in a hover card or a listing.
 */

/** A quotable passage: the text before the mention, the mention, and the text after. */
export interface Passage {
  /** Span of the passage in the document (original UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  /** Whitespace collapsed; `…` marks where the passage was clipped rather than a sentence boundary. */
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const ENDS_SENTENCE = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);

/** A Latin letter, digit or a mark that continues a wrapped English sentence. */
function continuesLine(c: string): boolean {
  return /[A-Za-z0-9,;:(\-–]/.test(c);
}

/**
 * Whether a sentence ends just after `i`: a terminator, a full stop before whitespace, or a
 * line break that does not merely wrap an English sentence.
 */
function boundaryAfter(text: string, i: number): boolean {
  const c = text[i];
  if (ENDS_SENTENCE.has(c)) return true;
  if (c === '.') return i + 1 >= text.length || /\s/.test(text[i + 1]);
  return false;
}

function isBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '\n' && c !== '\r') return false;
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  let n = i + 1;
  while (n < text.length && /\s/.test(text[n])) {
    if (text[n] === '\n') return true; // a blank line always separates
    n++;
  }
  if (p < 0 || n >= text.length) return true;
  return !(continuesLine(text[p]) && /[a-z(]/.test(text[n]));
}

/** Offset where the sentence containing `from` starts, searching back at most `radius`. */
function sentenceStart(text: string, from: number, radius: number): { at: number; clipped: boolean } {
  const limit = Math.max(0, from - radius);
  for (let i = from - 1; i >= limit; i--) {
    if (isBreak(text, i) || boundaryAfter(text, i)) return { at: i + 1, clipped: false };
  }
  if (limit === 0) return { at: 0, clipped: false };
  // Clipped: start at a word boundary when one is near, so no word is cut in half.
  const space = text.slice(limit, Math.min(from, limit + 16)).search(/\s/);
  return { at: space >= 0 ? limit + space + 1 : limit, clipped: true };
}

/** Offset where the sentence containing `from` ends (past its terminator), at most `radius` on. */
function sentenceEnd(text: string, from: number, radius: number): { at: number; clipped: boolean } {
  const limit = Math.min(text.length, from + radius);
  for (let i = from; i < limit; i++) {
    if (isBreak(text, i)) return { at: i, clipped: false };
    if (boundaryAfter(text, i)) return { at: i + 1, clipped: false };
  }
  if (limit === text.length) return { at: limit, clipped: false };
  const window = text.slice(Math.max(from, limit - 16), limit);
  const space = window.search(/\s[^\s]*$/);
  return { at: space >= 0 ? limit - window.length + space : limit, clipped: true };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * The sentence around `[start, end)` with at most `radius` characters on either side.
 * Leading markdown markers (`#`, `>`, `-`, `*`) are dropped from the quote.
 */
export function passageAround(text: string, start: number, end: number, radius = 90): Passage {
  const left = sentenceStart(text, start, radius);
  const right = sentenceEnd(text, end, radius);
  let before = collapse(text.slice(left.at, start)).replace(/^[\s#>*\-+]+/, '');
  let after = collapse(text.slice(end, right.at)).replace(/\s+$/, '');
  if (left.clipped) before = '…' + before;
  if (right.clipped) after = after + '…';
  return { start: left.at, end: right.at, before, match: collapse(text.slice(start, end)), after };
}
