/**
 * Input shapes that make the markdown parser super-linear or overflow its stack, found by
 * one linear scan before the parse. micromark resolves link labels by looking back over
 * every bracket of a paragraph, so thousands of unbalanced `]` or deeply nested `[` in one
 * paragraph cost seconds to minutes; hundreds of nested `>` containers overflow the call
 * stack of the tree builder. A document with such a shape is read by the plain-text reader
 * instead, with a warning, so its text is still indexed.
 */

/** Most `[` open at once, or `]` without a partner, in one paragraph before we give up on markdown. */
export const MAX_BRACKETS = 1000;
/** Most `>` block quote markers that may open one line. */
export const MAX_QUOTE_DEPTH = 100;
/** Most columns of leading whitespace (deeply nested lists) on one line. */
export const MAX_INDENT = 1000;

/** Why a text should not go to the markdown parser, and the zero-based line where that shows. */
export interface MarkdownHazard {
  readonly line: number;
  readonly reason: string;
}

/** Scan `text` once; undefined when it is safe to hand to the markdown parser. */
export function findMarkdownHazard(text: string): MarkdownHazard | undefined {
  let line = 0;
  let blank = true;
  let depth = 0;
  let unmatched = 0;
  let quotes = 0;
  let indent = 0;
  let inPrefix = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (blank) { depth = 0; unmatched = 0; } // a blank line ends the paragraph
      line++;
      blank = true;
      inPrefix = true;
      quotes = 0;
      indent = 0;
      continue;
    }
    if (inPrefix) {
      if (c === 32 || c === 9) {
        if (++indent > MAX_INDENT) return { line, reason: `a line indented by more than ${MAX_INDENT} columns` };
        continue;
      }
      if (c === 62) {
        if (++quotes > MAX_QUOTE_DEPTH) return { line, reason: `more than ${MAX_QUOTE_DEPTH} nested block quotes` };
        continue;
      }
      inPrefix = false;
    }
    blank = false;
    if (c === 92) { // a backslash escapes the next character (never a line break: lines are counted)
      const next = text.charCodeAt(i + 1);
      if (next !== 10 && next !== 13) i++;
      continue;
    }
    if (c === 91) {
      if (++depth > MAX_BRACKETS) return { line, reason: `more than ${MAX_BRACKETS} nested "[" in one paragraph` };
    } else if (c === 93) {
      if (depth > 0) depth--;
      else if (++unmatched > MAX_BRACKETS) return { line, reason: `more than ${MAX_BRACKETS} unmatched "]" in one paragraph` };
    }
  }
  return undefined;
}
