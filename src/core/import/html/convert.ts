/**
 * Web page → Markdown with unified: rehype-parse → main-content extraction → rehype-remark →
 * remark-stringify (with GFM tables). Word files come through here too, as the HTML mammoth
 * makes of them, with extraction turned off: all of a Word file is content.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Element, Root } from 'hast';
import type { Root as MdRoot } from 'mdast';
import type { Problem } from '../../types';
import type { ConvertResult, SourceMeta } from '../types';
import { failure } from '../types';
import { decodePage } from './charset';
import { boldParagraphHeadings } from './boldHeadings';
import { bodyText, bylineDate } from './bylineDate';
import { pageMeta } from './meta';
import { mainContent } from './mainContent';
import { elements, prune, textLength, textOf } from './hast';

/** The rehype-remark version written into front matter (kept in step with package.json). */
export const HTML_CONVERTER_VERSION = 'rehype-remark 10.0.1';

/** Options of {@link htmlToMarkdown}. */
export interface HtmlOptions {
  /** Keep only the main content (web pages) or everything (converted Word files). */
  readonly extract: boolean;
}

/** Convert a saved web page's bytes. */
export async function convertHtml(bytes: Uint8Array, path: string): Promise<ConvertResult> {
  const page = decodePage(bytes);
  if (!page.ok) return failure(path, `the web page cannot be decoded: ${page.reason}`);
  if (!/<[a-z!]/i.test(page.text.slice(0, 65536))) return failure(path, 'not a web page (no HTML tags found)');
  const { markdown, meta, problems } = await htmlToMarkdown(page.text, path, { extract: true });
  return { ok: true, markdown, converter: 'unified', converterVersion: HTML_CONVERTER_VERSION, meta, problems };
}

/** HTML text → Markdown, the page's metadata and problems. */
export async function htmlToMarkdown(html: string, path: string, options: HtmlOptions): Promise<{ markdown: string; meta: SourceMeta; problems: Problem[] }> {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const meta = pageMeta(tree);
  const problems: Problem[] = [];
  const total = textLength(tree);
  let content: Root | Element = tree;
  if (options.extract) {
    const whole = bodyText(tree);
    content = mainContent(tree);
    if (meta.title) Object.assign(meta, splitTitle(meta.title, whole, meta.site));
    if (!meta.date && meta.title) {
      const date = bylineDate(whole, meta.title);
      if (date) meta.date = date;
    }
    if (!hasHeading(content) && meta.title) {
      const children = content.type === 'root' ? (content.children as Element['children']) : [content];
      content = { type: 'element', tagName: 'div', properties: {}, children: [
        { type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: meta.title }] }, ...children] };
    }
  }
  const root: Root = content.type === 'root' ? content : { type: 'root', children: [content] };
  boldParagraphHeadings(root);
  // Bookmarks and anchors without text (Word exports many) would become empty links.
  prune(root, (el) => el.tagName === 'a' && textOf(el).trim() === '' && !el.children.some((c) => c.type === 'element' && c.tagName === 'img'));
  const mdast = (await unified().use(rehypeRemark).run(root)) as unknown as MdRoot;
  const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '_' }).stringify(mdast);
  if (markdown.replace(/\s+/g, '').length === 0) {
    problems.push({ path, severity: 'warning', message: total > 0 ? 'no main text found on the page' : 'the page has no text' });
  }
  return { markdown: markdown.endsWith('\n') ? markdown : `${markdown}\n`, meta, problems };
}

function hasHeading(node: Root | Element): boolean {
  for (const el of elements(node)) if (el.tagName === 'h1') return true;
  return false;
}

/**
 * Page titles often append the site ("Measures_Cyberspace Administration", "Guidance - GOV.UK").
 * When the title splits at such a separator and one part is what the page itself shows (or
 * the other part is the site), that part is the document's title and the rest its site.
 */
export function splitTitle(title: string, content: string, site: string | undefined): { title: string; site?: string } {
  const parts = title.split(/\s*[_|｜—–]\s*|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { title };
  const flat = content.replace(/\s+/g, '');
  const shown = parts.find((p) => p.length >= 4 && flat.includes(p.replace(/\s+/g, '')));
  const chosen = shown ?? (site ? parts.find((p) => p.toLowerCase() !== site.toLowerCase() && parts.some((q) => q.toLowerCase() === site.toLowerCase())) : undefined);
  if (!chosen) return { title };
  const rest = parts.filter((p) => p !== chosen);
  return { title: chosen, site: site ?? rest[rest.length - 1] };
}
