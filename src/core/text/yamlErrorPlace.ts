/**
 * Where a YAML error really is. The parser reports an unterminated quoted string at the end
 * of the file, where it gave up; the researcher needs the line where the quote opened. One
 * pass of the yaml lexer finds the quoted token that runs to the end of the text.
 */
import { Lexer } from 'yaml';

const MARKERS = new Set(['\x02', '\x18', '\x1f']);

/** Offset where an unterminated quoted scalar starts, or undefined when there is none. */
export function unterminatedQuoteStart(text: string): number | undefined {
  let offset = 0;
  let found: number | undefined;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue; // zero-width markers the lexer adds (document, scalar, flow end)
    const quote = token[0];
    if ((quote === '"' || quote === "'") && !closes(token, quote)) found = offset;
    offset += token.length;
  }
  return found;
}

/** Whether a quoted token ends with its own (unescaped) closing quote. */
function closes(token: string, quote: string): boolean {
  if (token.length < 2 || token[token.length - 1] !== quote) return false;
  if (quote === "'") return true; // '' inside single quotes is an escaped quote, and the token is balanced by the lexer
  let backslashes = 0;
  for (let i = token.length - 2; i > 0 && token[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The offset to report for an error at `offset`: an unterminated quote's start when the error sits at the end. */
export function realErrorOffset(text: string, offset: number, code: string): number {
  if (code !== 'MISSING_CHAR' || text.slice(offset).trim() !== '') return offset;
  return unterminatedQuoteStart(text) ?? offset;
}
