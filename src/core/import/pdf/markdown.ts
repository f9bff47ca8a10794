/**
 * Blocks → Markdown. Each page opens with `<!-- page N -->`; headings become `#` lines,
 * paragraphs one line each, table rows one line each with cells joined by " | ", footnotes a
 * paragraph of their own after the page's body. Text that Markdown would read as markup is
 * escaped just enough to stay text.
 */
import type { Block } from './blocks';
import type { WordBook } from './join';
import { joinLine } from './join';

/** Text of a block with its lines joined. */
export function blockText(block: Block, book: WordBook): string {
  if (block.kind === 'table') return block.lines.map((l) => l.cells.join(' | ')).join('\n');
  let text = '';
  for (const line of block.lines) text = joinLine(text, line.text, book);
  return text;
}

/** One page's Markdown, marker first. */
export function pageMarkdown(page: number, blocks: readonly Block[], book: WordBook): string {
  const parts = [`<!-- page ${page} -->`];
  for (const block of blocks) {
    const text = blockText(block, book);
    if (!text.trim()) continue;
    if (block.kind === 'heading') parts.push(`${'#'.repeat(block.level ?? 2)} ${escapeInline(text)}`);
    else if (block.kind === 'table') parts.push(text.split('\n').map(escapeLine).join('  \n'));
    else if (block.kind === 'footnote') parts.push(...footnotes(page, block, book));
    else parts.push(escapeLine(text));
  }
  return parts.join('\n\n');
}

/**
 * Footnotes as Markdown footnote definitions, labelled by page and number so that the notes
 * numbered 1 on different pages stay distinct: `[^p3-1]: …`. A note without a number of its
 * own continues the one before it.
 */
function footnotes(page: number, block: Block, book: WordBook): string[] {
  const notes: string[] = [];
  let current = '';
  const flush = () => current && notes.push(current);
  for (const line of block.lines) {
    const m = /^(\d{1,3}|[*†‡§]+)\s*(?=\S)/.exec(line.text);
    if (m) {
      flush();
      const label = /^\d/.test(m[1]) ? m[1] : String(notes.length + 1);
      current = `[^p${page}-${label}]: ${escapeInline(line.text.slice(m[0].length))}`;
    } else current = current ? joinLine(current, escapeInline(line.text), book) : escapeLine(line.text);
  }
  flush();
  return notes;
}

/** Escape what would start a Markdown construct at the start of a line, and raw HTML. */
export function escapeLine(text: string): string {
  const bullet = /^[•●○◦▪■◆►▶‣⁃∙·]\s*/.exec(text);
  if (bullet) return `- ${escapeInline(text.slice(bullet[0].length))}`;
  let out = escapeInline(text);
  if (/^(#{1,6}(\s|$)|>|=+\s*$|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$|\+\s)/.test(out)) out = `\\${out}`;
  return out;
}

function escapeInline(text: string): string {
  // Only what would turn into markup: raw HTML, code spans and asterisk emphasis.
  return text.replace(/<(?=[A-Za-z!/?])/g, '&lt;').replace(/([`*])/g, '\\$1');
}
