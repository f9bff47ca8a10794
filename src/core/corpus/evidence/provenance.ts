/**
 * Where the file itself comes from: front-matter fields (author, publisher, source, site
 * name, provider), the web address it was saved from (→ a web domain: the knowledge base's
 * institution with that homepage, a jurisdiction from the domain's suffix, a type from the
 * path's words), and the folders the user filed it in.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { EvidenceContext, EvidenceItem } from './types';
import { facetItem, issuerItem } from './resolve';
import { orgName } from './orgNames';
import { domainPlace } from './places';
import { typeFromWords } from './docTypeWords';

const NAME_KEYS = ['publisher', 'issuer', 'organization', 'organisation', 'agency', 'department', 'author', 'authors', 'source', 'site_name', 'sitename', 'site', 'creator', 'provider', 'og:site_name'];
const URL_KEYS = ['source_url', 'sourceurl', 'url', 'source', 'originalurl', 'original_url', 'weburl', 'link', 'canonical', 'canonical_url', 'permalink', 'origin'];
const TYPE_KEYS = ['type', 'category', 'categories', 'kind', 'genre', 'tags', 'doctype', 'document_type'];

/** Evidence from front-matter fields. */
export function frontMatterEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const fm = ctx.frontMatter;
  if (!fm) return [];
  const fields = new Map(Object.entries(fm).map(([k, v]) => [k.toLowerCase(), v]));
  const out: EvidenceItem[] = [];
  for (const key of NAME_KEYS) {
    for (const value of strings(fields.get(key), true)) {
      if (/^[a-z]+:\/\//i.test(value)) continue;
      const known = ctx.kb.lookup(value);
      const name = known?.kind === 'institution' ? value : orgName(value) ?? (isNamedProvider(fields.get(key)) ? value : undefined);
      if (name) out.push(issuerItem(ctx.kb, name, 'frontMatter', 7, `${key}: ${value}`));
    }
  }
  for (const key of URL_KEYS) {
    for (const value of strings(fields.get(key), false)) {
      const domain = domainOfUrl(value);
      if (domain) out.push(...domainEvidence(ctx.kb, domain, value), ...siteNameEvidence(ctx, domain, value));
    }
  }
  for (const key of TYPE_KEYS) {
    for (const value of strings(fields.get(key), false)) {
      const type = typeFromWords(value);
      if (type) out.push(facetItem('type', type, 'frontMatter', 4, `${key}: ${value}`));
    }
  }
  return out;
}

/** A nested `provider: { name: … }` block names the publisher outright. */
function isNamedProvider(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).name === 'string';
}

/** Evidence a web domain gives: its institution, its jurisdiction, the type its path suggests. */
export function domainEvidence(kb: KnowledgeBase, domain: string, url: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const owner = institutionOfDomain(kb, domain);
  if (owner) out.push({ ...issuerItem(kb, owner.names.en ?? owner.names.zh ?? owner.id, 'webDomain', 5, url), entityId: owner.id });
  const place = domainPlace(domain);
  if (place) out.push(facetItem('jurisdiction', place, 'webDomain', 3, domain));
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const type = typeFromWords(path.replace(/[-_/]+/g, ' '));
  if (type) out.push(facetItem('type', type, 'webDomain', 2, url));
  return out;
}

/** Hosting and sharing sites whose name says nothing of who wrote the page. */
const HOSTS = /^(?:github|gitlab|gitee|huggingface|modelscope|arxiv|medium|substack|wordpress|blogspot|notion|youtube|twitter|x|facebook|linkedin|weixin|qq|mp|zhihu|weibo|sina|sohu|163|baidu|google|docs|archive|archives|web|news|blog|www|drive|dropbox|scribd|readthedocs|pages|bit|t|ow)$/;

/**
 * The site a page was saved from names its publisher when the text writes the site's name
 * as a name: `anthropic.com` and "Anthropic", `whitehouse.gov` and "the White House".
 */
export function siteNameEvidence(ctx: EvidenceContext, domain: string, url: string): EvidenceItem[] {
  const labels = domain.split('.');
  const sld = labels.length >= 3 && /^(?:gov|go|gc|govt|gouv|gob|edu|ac|org|com|net|co)$/.test(labels[labels.length - 2]) ? labels[labels.length - 3] : labels[labels.length - 2];
  if (!sld || sld.length < 3 || HOSTS.test(sld)) return [];
  const sample = ctx.text.length > 60_000 ? ctx.text.slice(0, 60_000) : ctx.text;
  const phrase = /\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}/g;
  for (let m = phrase.exec(sample); m; m = phrase.exec(sample)) {
    const words = m[0].split(/\s+/);
    // Any run of the phrase's words whose letters spell the site's name.
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < words.length; j++) {
        joined += words[j].toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9]/g, '');
        if (joined === sld) {
          const name = words.slice(i, j + 1).join(' ').replace(/['’]s$/, '');
          return [issuerItem(ctx.kb, name, 'webDomain', 5, url)];
        }
        if (joined.length >= sld.length) break;
      }
    }
  }
  return [];
}

const domainOwners = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The institution whose homepage is on `domain` or a parent domain of it. */
function institutionOfDomain(kb: KnowledgeBase, domain: string) {
  let owners = domainOwners.get(kb);
  if (!owners) {
    owners = new Map();
    for (const e of kb.byKind('institution')) {
      const d = e.homepage ? domainOfUrl(e.homepage) : undefined;
      if (d && !owners.has(d)) owners.set(d, e.id);
    }
    domainOwners.set(kb, owners);
  }
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const id = owners.get(d);
    if (id) return kb.get(id);
  }
  return undefined;
}

/** `https://www.example.org/a` → `example.org`. */
export function domainOfUrl(url: string): string | undefined {
  const m = /^[a-z][\w+.-]*:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(url.trim());
  return m && m[1].includes('.') ? m[1].toLowerCase() : undefined;
}

const FOLDER_NOISE = /^(?:src|docs?|data|corpus|texts?|files?|raw|md|markdown|txt|sources?|archive|downloads?|inbox|misc|other|tmp|new|old|\d+)$/i;

/** Evidence from the folders of the document's path: a known institution, an organisation by form, a type. */
export function folderEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const dirs = ctx.path.split('/').slice(0, -1);
  const out: EvidenceItem[] = [];
  for (const dir of dirs) {
    const name = dir.replace(/[_]+/g, ' ').trim();
    if (!name || FOLDER_NOISE.test(name)) continue;
    const known = ctx.kb.lookup(name);
    if (known?.kind === 'institution') out.push(issuerItem(ctx.kb, name, 'folder', 4, dir));
    else {
      const org = orgName(name);
      if (org) out.push(issuerItem(ctx.kb, org, 'folder', 3, dir));
    }
    const type = typeFromWords(name);
    if (type) out.push(facetItem('type', type, 'folder', 3, dir));
  }
  return out;
}

function strings(value: unknown, names: boolean): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, names)).slice(0, 8);
  if (names && typeof value === 'object' && value !== null) {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' && name.trim() ? [name.trim()] : [];
  }
  return [];
}
