/**
 * Finding a page's main text. First the furniture goes: scripts, styles, forms, navigation,
 * page header and footer, sidebars, and blocks whose role, id or class names them (menus,
 * breadcrumbs, cookie and consent banners, share bars, skip links, print buttons). Then
 * every remaining block is scored by the text of its paragraphs, discounted by how much of
 * that text is link text, with a bonus for `<main>`, `<article>` and content-like names;
 * a paragraph's score also counts for its parent and, halved, its grandparent, so the
 * container that holds most of the prose wins.
 */
import type { Element, Root } from 'hast';
import { elements, prop, prune, textLength, textOf } from './hast';

const ALWAYS_DROP = /^(script|style|noscript|template|iframe|object|embed|svg|canvas|form|button|select|input|textarea|nav|aside|dialog|menu|map|link|meta)$/;
const ROLE_DROP = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menubar|menu|toolbar)$/;
/** Words that, first or last in an id or class name, mark furniture ("cookie-banner", "site-footer"). */
const NAME_DROP = /^(cookies?|consent|gdpr|banner|breadcrumbs?|crumbs?|nav|navbar|navigation|menu|menubar|submenu|masthead|header|footer|sidebar|share|sharing|social|skip|skiplink|print|toolbar|pagination|pager|related|recommend|advert|ads|popup|modal|subscribe|newsletter|login|search|feedback|backtotop|gotop|copyright|topbar|friendlink|links)$/i;
const NAME_KEEP = /^(content|article|main|post|entry|body|text|detail|story|document|publication|govspeak|editor|trs)$/i;

/** True when some id/class token starts or ends with a word matching `words`. */
function named(el: Element, words: RegExp): boolean {
  for (const token of `${prop(el, 'id')} ${prop(el, 'className')}`.split(/\s+/)) {
    const parts = token.split(/[-_]+/).filter(Boolean);
    if (parts.length > 0 && (words.test(parts[0]) || words.test(parts[parts.length - 1]))) return true;
  }
  return false;
}
const BLOCK = /^(div|section|article|main|td|body|center|font|span)$/;
const PROSE = /^(p|li|h[1-6]|blockquote|pre|td|th|dd|dt|figcaption)$/;

/** True for an element that is page furniture rather than content. */
export function isFurniture(el: Element): boolean {
  if (ALWAYS_DROP.test(el.tagName)) return true;
  if (prop(el, 'hidden') === 'true' || /display\s*:\s*none/i.test(prop(el, 'style'))) return true;
  const role = prop(el, 'role').toLowerCase();
  if (ROLE_DROP.test(role)) return true;
  if (el.tagName === 'header' || el.tagName === 'footer') return !insideArticle(el);
  if (!named(el, NAME_DROP) || named(el, NAME_KEEP)) return false;
  // A "header" or "footer" class can wrap an article's title or signature: a block holding
  // the page's main heading, or much prose that is not links, is kept whatever its name.
  for (const inner of elements(el)) if (inner.tagName === 'h1') return false;
  return textLength(el) < 1500 || linkDensity(el) > 0.5;
}

// hast has no parent links; an <article>'s own header (title, byline) is marked while pruning.
function insideArticle(el: Element): boolean {
  return (el.data as { inArticle?: boolean } | undefined)?.inArticle === true;
}

function markArticleHeaders(node: Root | Element, inArticle: boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const inside = inArticle || child.tagName === 'article' || child.tagName === 'main';
    if (inside && (child.tagName === 'header' || child.tagName === 'footer')) child.data = { ...(child.data ?? {}), inArticle: true } as never;
    markArticleHeaders(child, inside);
  }
}

/** The element holding the page's main text (after furniture is removed from `tree`). */
export function mainContent(tree: Root): Element | Root {
  markArticleHeaders(tree, false);
  prune(tree, isFurniture);
  const scores = new Map<Element, number>();
  const add = (el: Element | undefined, s: number) => el && scores.set(el, (scores.get(el) ?? 0) + s);
  const walk = (node: Root | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (PROSE.test(child.tagName)) {
        const text = textOf(child);
        const len = text.replace(/\s+/g, '').length;
        if (len >= 20) {
          const s = Math.min(len, 600) * (1 - linkDensity(child)) + (/[,，、。.;；]/.test(text) ? 10 : 0);
          const blocks = ancestors.filter((a) => BLOCK.test(a.tagName));
          add(blocks[blocks.length - 1], s);
          add(blocks[blocks.length - 2], s / 2);
        }
      }
      walk(child, [...ancestors, child]);
    }
  };
  walk(tree, []);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score = raw * bonus(el) * (1 - linkDensity(el) * 0.8);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  const semantic = [...elements(tree)].find((el) => el.tagName === 'main' || prop(el, 'role') === 'main') ??
    [...elements(tree)].find((el) => el.tagName === 'article');
  if (semantic && best && contains(semantic, best)) return semantic;
  if (semantic && (!best || textLength(semantic) >= textLength(best) * 0.6)) return semantic;
  return best ?? tree;
}

function bonus(el: Element): number {
  let b = 1;
  if (el.tagName === 'article' || el.tagName === 'main' || prop(el, 'role') === 'main') b *= 1.5;
  if (named(el, NAME_KEEP)) b *= 1.25;
  if (prop(el, 'itemProp') === 'articleBody') b *= 1.5;
  return b;
}

/** Share of an element's text that is inside links. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of elements(el)) if (a.tagName === 'a') linked += textLength(a);
  return Math.min(1, linked / total);
}

function contains(outer: Element, inner: Element): boolean {
  for (const el of elements(outer)) if (el === inner) return true;
  return false;
}
