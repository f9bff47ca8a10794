/**
 * The lines evidence extractors read: the first and last meaningful lines of a document,
 * with markup stripped (`#`, `**`, `>`, list markers, HTML tags, entities), so a promulgation
 * line or a signature is recognised whatever the file's format.
 */
import type { TextLine } from './types';
import type { ParsedDocument } from '../../types';
import { decodeEntities } from '../../text/htmlEntities';

/** How many meaningful lines the head and the tail hold, and how far they reach. */
const HEAD_LINES = 40;
const HEAD_CHARS = 8000;
const TAIL_LINES = 16;
const TAIL_CHARS = 3000;
const MAX_LINE = 400;

/** A line without markdown and HTML markers, spaces collapsed. */
export function cleanLine(line: string): string {
  // Evidence stands on short lines; a long line is read only at its start.
  const raw = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
  let s = raw.replace(/<[^>\n]{0,300}>/g, ' ');
  s = decodeEntities(s).text;
  s = s.replace(/^\s{0,3}(?:#{1,6}\s+|>\s*)+/, '').replace(/^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?/, '');
  s = s.replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`/g, '');
  s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!#])/g, '$1');
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function meaningful(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s) && !/^[-=_*~#|: ]+$/.test(s);
}

/** Offset where the body starts: after a leading YAML front-matter block, when there is one. */
export function bodyStart(text: string, hasFrontMatter: boolean): number {
  if (!hasFrontMatter) return 0;
  const m = /^(?:\ufeff)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/** The first meaningful lines of the body. */
export function headLines(text: string, from: number): TextLine[] {
  return readLines(text, from, Math.min(text.length, from + HEAD_CHARS), HEAD_LINES);
}

/** The last meaningful lines of the text, in reading order. */
export function tailLines(text: string, notBefore: number): TextLine[] {
  const from = Math.max(notBefore, text.length - TAIL_CHARS);
  const start = from === 0 ? 0 : text.indexOf('\n', from) + 1 || text.length;
  return readLines(text, start, text.length, Infinity).slice(-TAIL_LINES);
}

/** Meaningful cleaned lines starting in [from, to), at most `max` of them. */
function readLines(text: string, from: number, to: number, max: number): TextLine[] {
  const out: TextLine[] = [];
  let line = countLines(text, 0, from);
  for (let i = from; i < to && out.length < max; line++) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const s = cleanLine(text.slice(i, j));
    if (meaningful(s)) out.push({ line, text: s });
    i = j + 1;
  }
  return out;
}

/** Number of line feeds in text[from, to) (lines are counted by `\n`, as the head/tail are). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** How many passages the opening holds. */
const OPENING_PASSAGES = 10;

/** The first passages after `from`, each as one line of text (hard line breaks joined). */
export function openingPassages(parsed: ParsedDocument, from: number): TextLine[] {
  const out: TextLine[] = [];
  let line = 0;
  let at = 0;
  for (const p of parsed.passages) {
    if (out.length >= OPENING_PASSAGES || p.span.start > from + HEAD_CHARS) break;
    if (p.span.start < from || p.kind === 'code' || p.kind === 'table') continue;
    line += countLines(parsed.text, at, p.span.start);
    at = p.span.start;
    const text = cleanLine(p.text.replace(/\s*\n\s*/g, ' '));
    if (meaningful(text)) out.push({ line, text });
  }
  return out;
}
