/**
 * Markdown structure: ONE unified/remark parse, ONE walk of the mdast. Produces headings and
 * passages with source spans; HTML blocks and prose-like indented code also yield passages.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { PassageKind, Span } from '../types';
import { htmlPieces } from './htmlBlock';
import { isProseCode } from './proseCode';
import { paragraphPieces } from './lineRuns';
import type { DraftHeading, DraftPassage } from './draft';

export interface MarkdownStructure {
  readonly headings: DraftHeading[];
  readonly passages: DraftPassage[];
}

const processors = new Map<number, Processor<Root>>();

/** One frozen processor per (front matter, GFM) combination, built on first use. */
function processor(frontMatter: boolean, gfm: boolean): Processor<Root> {
  const key = (frontMatter ? 1 : 0) + (gfm ? 2 : 0);
  let p = processors.get(key);
  if (!p) {
    let u = unified().use(remarkParse);
    if (gfm) u = u.use(remarkGfm) as unknown as typeof u;
    if (frontMatter) u = u.use(remarkFrontmatter, ['yaml']) as unknown as typeof u;
    p = u.freeze() as unknown as Processor<Root>;
    processors.set(key, p);
  }
  return p;
}

/** GFM syntax that changes structure or text: tables, strikethrough, footnotes, task lists. */
const GFM_SYNTAX = /~~|\[\^|^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$|^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]/m;

/**
 * Whether the GFM extensions are needed. They cost 30–50 % of parse time (mostly the autolink
 * literal scan, which changes no text), so documents without GFM syntax skip them.
 */
export function usesGfm(text: string): boolean {
  return GFM_SYNTAX.test(text);
}

/**
 * Parse `text` as markdown. `frontMatter` says whether a leading `---` block is YAML front
 * matter (decided beforehand); when false, such a block is read as ordinary markdown.
 */
export function parseMarkdownStructure(text: string, frontMatter: boolean): MarkdownStructure {
  const tree = processor(frontMatter, usesGfm(text)).parse(text);
  const out: MarkdownStructure = { headings: [], passages: [] };
  walkChildren(tree, text, out, undefined);
  return out;
}

function walkChildren(parent: Parent, text: string, out: MarkdownStructure, ctx: PassageKind | undefined): void {
  for (const child of parent.children as RootContent[]) walk(child, text, out, ctx);
}

function walk(node: RootContent, text: string, out: MarkdownStructure, ctx: PassageKind | undefined): void {
  const span = spanOf(node);
  switch (node.type) {
    case 'heading': {
      const inner = innerSpan(node);
      const label = inlineText(node).replace(/\s+/g, ' ').trim();
      if (inner && label) out.headings.push({ text: label, level: node.depth, span: inner, anchor: span.start });
      return;
    }
    case 'paragraph': {
      const body = inlineText(node).trim();
      // One paragraph per line in the source (a long run of sentence lines) is several passages.
      const pieces = body ? paragraphPieces(text.slice(span.start, span.end), span.start, body) : undefined;
      if (pieces) for (const p of pieces) out.passages.push({ kind: ctx ?? 'paragraph', span: { start: p.start, end: p.end }, text: p.text });
      else if (body) out.passages.push({ kind: ctx ?? 'paragraph', span, text: body });
      return;
    }
    case 'list':
      for (const item of node.children) walkChildren(item, text, out, ctx === 'quote' ? 'quote' : 'item');
      return;
    case 'blockquote':
      walkChildren(node, text, out, 'quote');
      return;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((c) => inlineText(c).trim());
        if (cells.some((c) => c !== '')) out.passages.push({ kind: 'table', span: spanOf(row), text: cells.join(' | ') });
      }
      return;
    case 'code':
      codePassages(node.value, span, text, out);
      return;
    case 'html':
      for (const p of htmlPieces(text, span.start, span.end)) {
        // A heading inside a list or quote stays prose: it is not a section of the document.
        if (p.heading && !ctx) out.headings.push({ text: p.text, level: p.heading, span: p.span, anchor: p.span.start });
        else out.passages.push({ kind: ctx && p.kind === 'paragraph' ? ctx : p.kind, span: p.span, text: p.text });
      }
      return;
    case 'footnoteDefinition':
      walkChildren(node, text, out, ctx);
      return;
    default:
      return; // yaml, thematicBreak, definition: not prose
  }
}

/** Indented "code" that is plainly prose becomes paragraphs (split on blank lines). */
function codePassages(value: string, span: Span, text: string, out: MarkdownStructure): void {
  const source = text.slice(span.start, span.end);
  const fenced = /^\s*(?:```|~~~)/.test(source);
  if (fenced || !isProseCode(value)) {
    if (value.trim()) out.passages.push({ kind: 'code', span, text: value });
    return;
  }
  const chunk = /(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n|$))+/g;
  for (let m = chunk.exec(source); m && m[0] !== ''; m = chunk.exec(source)) {
    const lead = m[0].search(/\S/);
    const start = span.start + m.index + lead;
    const end = span.start + m.index + m[0].trimEnd().length;
    const body = m[0].split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').join('\n');
    out.passages.push({ kind: 'paragraph', span: { start, end }, text: body });
  }
}

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Span from the first to the last inline child: a heading's text without `#` markers. */
function innerSpan(node: Parent): Span | undefined {
  const kids = node.children;
  if (kids.length === 0) return undefined;
  return { start: spanOf(kids[0] as Nodes).start, end: spanOf(kids[kids.length - 1] as Nodes).end };
}

/** Plain text of inline content: markup stripped, hard breaks as newlines, raw HTML dropped. */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value) ? '\n' : '';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      if ('children' in node) {
        let s = '';
        for (const c of node.children as Nodes[]) s += inlineText(c);
        return s;
      }
      return '';
  }
}
