/**
 * Prose inside raw HTML blocks. Scraped news pages keep their body as `<p>` paragraphs in one
 * long HTML line; each block-level element's text becomes its own passage, with tags stripped
 * from the text and the span kept over the original source. Headings of such pages are
 * `<h1>`…`<h6>` or, just as often, a short paragraph that is bold from end to end.
 */
import type { PassageKind, Span } from '../types';

export interface HtmlPiece {
  readonly kind: PassageKind;
  readonly span: Span;
  readonly text: string;
  /** Heading level when the piece is a heading (`<hN>` gives N, a bold paragraph 6). */
  readonly heading?: number;
}

/** Level given to a paragraph that is bold from end to end (below any `<hN>` around it). */
export const BOLD_PARAGRAPH_LEVEL = 6;
const BOLD = new Set(['strong', 'b']);

/** Elements that start or end a passage. */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'header', 'footer', 'table', 'tr',
  'td', 'th', 'thead', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'br', 'hr',
  'figure', 'figcaption', 'center', 'dl', 'dt', 'dd', 'pre', 'main', 'nav', 'aside',
]);
/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'svg', 'noscript', 'template']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*(\/?)>/g;

/** Split the HTML source `text.slice(start, end)` into prose pieces with original spans. */
export function htmlPieces(text: string, start: number, end: number): HtmlPiece[] {
  const out: HtmlPiece[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let boldDepth = 0;
  let allBold = true;
  let parts: string[] = [];
  let first = -1;
  let last = -1;
  const flush = (): void => {
    const body = decodeEntities(parts.join('')).replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (first >= 0 && body !== '') {
      const kind = kindOf(stack);
      const heading = headingLevel(stack, kind, allBold, body);
      out.push(heading ? { kind, span: { start: first, end: last }, text: body, heading } : { kind, span: { start: first, end: last }, text: body });
    }
    parts = [];
    first = last = -1;
    allBold = true;
  };
  const addText = (s: number, e: number): void => {
    if (skipDepth > 0 || s >= e) return;
    const chunk = src.slice(s, e);
    const lead = chunk.search(/[^\s\u00a0]/);
    if (lead < 0) {
      if (first >= 0) parts.push(' ');
      return;
    }
    if (first < 0) first = base + s + lead;
    last = base + s + chunk.trimEnd().length;
    if (boldDepth === 0) allBold = false;
    parts.push(chunk);
  };
  const src = text.slice(start, end);
  const base = start;
  TAG.lastIndex = 0;
  let pos = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    addText(pos, m.index);
    pos = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment
    const closing = m[1] === '/';
    if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth + (closing ? -1 : m[3] ? 0 : 1));
    if (BOLD.has(name) && !m[3]) boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
    if (!BLOCK.has(name)) continue;
    if (name === 'br') {
      if (first >= 0) parts.push('\n');
      continue;
    }
    flush();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!m[3] && name !== 'hr') stack.push(name);
  }
  addText(pos, src.length);
  flush();
  return out;
}

/** Longest text a bold paragraph may have to count as a heading (a bold sentence is emphasis). */
const BOLD_HEADING_MAX = 60;
const PARAGRAPHS = new Set(['p', 'div', 'center']);

/** The heading level of a piece: `<hN>` around it, or a short paragraph bold throughout. */
function headingLevel(stack: readonly string[], kind: PassageKind, allBold: boolean, body: string): number | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const h = /^h([1-6])$/.exec(stack[i]);
    if (h) return Number(h[1]);
  }
  // Only a paragraph of its own: a bold <summary> or table cell is a label, not a section.
  const block = stack[stack.length - 1];
  if (!PARAGRAPHS.has(block) || kind !== 'paragraph' || !allBold || body.length > BOLD_HEADING_MAX) return undefined;
  return /[。！？；.!?;:：]$/.test(body) ? undefined : BOLD_PARAGRAPH_LEVEL;
}

function kindOf(stack: readonly string[]): PassageKind {
  for (let i = stack.length - 1; i >= 0; i--) {
    const t = stack[i];
    if (t === 'li' || t === 'dd' || t === 'dt') return 'item';
    if (t === 'blockquote') return 'quote';
    if (t === 'td' || t === 'th' || t === 'tr') return 'table';
  }
  return 'paragraph';
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', copy: '©' };

/** Decode the character references that scraped pages actually contain. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}
