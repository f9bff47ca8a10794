/**
 * A page's lines → blocks: headings (from font size, or a whole line set apart in another
 * font of the body size), paragraphs rebuilt from line geometry (a wider gap, a first-line
 * indent, a short previous line, a list marker or a change of size starts a new one), table
 * rows (lines with wide gaps between cells, kept one row per line) and footnotes (smaller
 * lines at the foot of the page).
 */
import type { BodyStyle } from './layout';
import type { Line } from './types';

export type BlockKind = 'heading' | 'paragraph' | 'table' | 'footnote';

/** Consecutive lines that read as one unit. */
export interface Block {
  readonly kind: BlockKind;
  readonly lines: Line[];
  /** Heading level from 1, for headings. */
  level?: number;
}

const LIST_START = /^([•●○◦▪■□◆◇►▶‣⁃∙·*-]\s|\(?\d{1,3}[.)、]\s?|\(?[a-z][.)]\s|[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百千\d]+[条章节款]|\d{1,3}(\.\d{1,3})+\s)/i;

/** Build blocks for one page. `headingSizes` lists heading font sizes, largest first. */
export function blocksOf(lines: readonly Line[], body: BodyStyle, headingSizes: readonly number[]): Block[] {
  const footStart = footnoteStart(lines, body);
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((line, i) => {
    const kind = i >= footStart ? 'footnote' : kindOf(line, body, headingSizes, lines[i - 1], lines[i + 1]);
    const prev = lines[i - 1];
    const cont = current && current.kind === kind && prev && continues(current, prev, line, body, columnRight(lines, i - 1, body));
    if (!cont) {
      current = { kind, lines: [] };
      if (kind === 'heading') current.level = levelOf(line, body, headingSizes);
      blocks.push(current);
    }
    current!.lines.push(line);
  });
  // A "heading" running over more than three lines is a paragraph set apart, not a title.
  for (const b of blocks) if (b.kind === 'heading' && b.lines.length > 3) (b as { kind: BlockKind }).kind = 'paragraph';
  return blocks;
}

/**
 * Font sizes used by headings in the whole document, largest first: sizes above the body's
 * that carry little of the text. (A size carrying much of it is a second body — in a
 * specification whose code listings outweigh its prose, the prose is the larger size.)
 */
export function headingSizesOf(lines: readonly Line[], body: BodyStyle): number[] {
  const chars = new Map<number, number>();
  let total = 0;
  for (const l of lines) {
    total += l.text.length;
    if (l.size >= body.size * 1.15) chars.set(Math.round(l.size), (chars.get(Math.round(l.size)) ?? 0) + l.text.length);
  }
  return [...chars].filter(([, c]) => c <= total * 0.08).map(([size]) => size).sort((a, b) => b - a);
}

function kindOf(line: Line, body: BodyStyle, headingSizes: readonly number[], prev: Line | undefined, next: Line | undefined): BlockKind {
  if (line.cells.length >= 3 || (line.cells.length === 2 && !isCaption(line))) return 'table';
  if (headingSizes.includes(Math.round(line.size)) && line.text.length <= 200 && /\p{L}/u.test(line.text)) return 'heading';
  if (body.font && Math.abs(line.size - body.size) < 0.6 && line.runs.every((r) => r.font !== body.font) && standsApart(line, body, prev, next)) {
    return 'heading';
  }
  if (numberedHeading(line.text) && standsApart(line, body, prev, next, true)) return 'heading';
  return 'paragraph';
}

/** Level of a numbered section title ("一、总体要求" 2, "（一）…" 3, "第三章 …" 2), or 0. */
function numberedHeading(text: string): number {
  if (text.length > 32 || /[。；;，,：:]$/.test(text)) return 0;
  if (/^第[一二三四五六七八九十百零〇\d]+[编章]\s*\S/.test(text)) return 2;
  if (/^[一二三四五六七八九十]+、\S/.test(text) || /^第[一二三四五六七八九十百零〇\d]+节\s*\S/.test(text)) return 2;
  if (/^[（(][一二三四五六七八九十]+[)）]\S/.test(text) && !/[。；]/.test(text)) return 3;
  return 0;
}

function isCaption(line: Line): boolean {
  return /^(fig(ure)?|table|图|表)\s*\.?\s*\d/i.test(line.text);
}

/** A short line with room above it and no sentence end, as bold run-in titles are not. */
function standsApart(line: Line, body: BodyStyle, prev: Line | undefined, next: Line | undefined, numbered = false): boolean {
  if (numbered) return !prev || !next || next.x <= line.x + line.size * 3 || line.y - prev.y > body.leading * 1.25;
  if (line.text.length > 90 || /[.,;:。，；：]$/.test(line.text) || !/\p{L}/u.test(line.text)) return false;
  const above = prev ? line.y - prev.y : Infinity;
  const below = next ? next.y - line.y : Infinity;
  return above > body.leading * 1.25 || below > body.leading * 1.25;
}

function levelOf(line: Line, body: BodyStyle, headingSizes: readonly number[]): number {
  const numbered = numberedHeading(line.text);
  if (numbered && Math.abs(line.size - body.size) < 0.6) return numbered;
  const rank = headingSizes.indexOf(Math.round(line.size));
  if (rank >= 0) return Math.min(rank + 1, 4);
  return Math.min(headingSizes.length + 1, 4);
}

/**
 * Right edge of the column a line belongs to: the widest line starting where it starts among
 * the lines stacked with it (no wide vertical gap in between).
 */
function columnRight(lines: readonly Line[], i: number, body: BodyStyle): number {
  const x = lines[i].x;
  let right = lines[i].right;
  const stacked = (a: Line, b: Line) => b.y > a.y && b.y - a.y <= Math.max(body.leading, a.size * 1.1) * 1.45;
  for (let j = i - 1; j >= Math.max(0, i - 8) && stacked(lines[j], lines[j + 1]); j--) {
    if (Math.abs(lines[j].x - x) < 2) right = Math.max(right, lines[j].right);
  }
  for (let j = i + 1; j < Math.min(lines.length, i + 9) && stacked(lines[j - 1], lines[j]); j++) {
    if (Math.abs(lines[j].x - x) < 2) right = Math.max(right, lines[j].right);
  }
  return right;
}

function continues(block: Block, prev: Line, line: Line, body: BodyStyle, right: number): boolean {
  if (block.kind === 'table') return true;
  const gap = line.y - prev.y;
  const spacing = Math.max(body.leading, prev.size * 1.1);
  if (gap > spacing * 1.45 || gap < -prev.size) return false;
  if (Math.abs(line.size - prev.size) > 0.6) return false;
  if (block.kind === 'heading') return line.font === prev.font;
  if (LIST_START.test(line.text)) return false;
  // The next line's first word would have fitted on the previous line: that line ended its
  // paragraph. (CJK breaks anywhere, so there one glyph is the word.)
  const word = /^\S+/.exec(line.text)?.[0] ?? '';
  const first = /^[\u2e80-\u9fff\uff00-\uffef]/.test(word) ? line.size : Math.min(word.length, 12) * line.size * 0.45;
  if (prev.right + first + line.size * 0.6 < right) return false;
  // A first-line indent opens a new paragraph (but a hanging list continuation does not).
  if (line.x > prev.x + line.size * 1.2 && !LIST_START.test(prev.text)) return false;
  return true;
}

/**
 * Index of the first footnote line: a run of lines at the foot of the page set smaller than
 * the body text, the first of them starting with a note mark (digit, asterisk, dagger).
 */
function footnoteStart(lines: readonly Line[], body: BodyStyle): number {
  let i = lines.length;
  while (i > 0 && lines[i - 1].size <= body.size * 0.88 && lines[i - 1].size >= body.size * 0.5) i--;
  if (i === lines.length || i === 0) return lines.length;
  for (let j = i; j < lines.length; j++) {
    if (/^(\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|注[:：\d])/.test(lines[j].text) || lines[j].runs[0].size < lines[j].size * 0.8) {
      return j;
    }
  }
  return lines.length;
}
