/**
 * What a web page says about itself: `<title>`, `<html lang>`, `<link rel=canonical>` and the
 * common meta vocabularies (plain names, Open Graph, Dublin Core, article:*, Chinese
 * government sites' ArticleTitle/PubDate/ContentSource, GOV.UK's govuk:*).
 */
import type { Root } from 'hast';
import type { SourceMeta } from '../types';
import { dateFromValue } from '../../corpus/dates';
import { elements, prop, textOf } from './hast';

const TITLE = ['og:title', 'articletitle', 'dc.title', 'dcterms.title', 'citation_title', 'twitter:title'];
const AUTHOR = ['author', 'dc.creator', 'dcterms.creator', 'article:author', 'citation_author', 'contentsource', 'publisher', 'dc.publisher'];
const SITE = ['og:site_name', 'sitename', 'application-name', 'site_name', 'dc.publisher'];
const DATE = ['article:published_time', 'pubdate', 'publishdate', 'publish_date', 'dc.date', 'dcterms.created', 'dcterms.issued', 'date',
  'citation_publication_date', 'govuk:first-published-at', 'firstpublisheddate', 'maketime', 'article:modified_time'];

/** Read metadata from a parsed page. */
export function pageMeta(tree: Root): SourceMeta {
  const metas = new Map<string, string>();
  let title = '';
  let lang = '';
  let canonical = '';
  for (const el of elements(tree)) {
    if (el.tagName === 'meta') {
      const key = (prop(el, 'name') || prop(el, 'property') || prop(el, 'itemProp')).toLowerCase();
      const content = prop(el, 'content').trim();
      if (key && content && !metas.has(key)) metas.set(key, content);
    } else if (el.tagName === 'title' && !title) title = textOf(el).replace(/\s+/g, ' ').trim();
    else if (el.tagName === 'html') lang = prop(el, 'lang');
    else if (el.tagName === 'link' && /\bcanonical\b/i.test(prop(el, 'rel'))) canonical = prop(el, 'href');
  }
  const first = (keys: readonly string[]) => keys.map((k) => metas.get(k)).find((v) => v !== undefined && v !== '');
  const meta: SourceMeta = {};
  const t = first(TITLE) ?? title;
  if (t) meta.title = t;
  const author = first(AUTHOR);
  if (author) meta.author = author;
  const site = first(SITE) ?? siteOf(canonical || metas.get('og:url') || '');
  if (site) meta.site = site;
  const rawDate = first(DATE);
  const date = rawDate ? dateFromValue(rawDate.slice(0, 40)) : undefined;
  if (date) meta.date = date;
  const description = first(['description', 'og:description', 'dc.description']);
  if (description) meta.description = description.length > 300 ? `${description.slice(0, 297)}…` : description;
  if (lang) meta.language = lang;
  const url = canonical || metas.get('og:url');
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  return meta;
}

function siteOf(url: string): string | undefined {
  return /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
}
