/**
 * The keys a document is known by, so citations can find it: its title (with and without
 * 中华人民共和国, without a version note), a short title given in parentheses
 * ("… (Artificial Intelligence Act)", （以下简称…）), titles and numbers from its front
 * matter, and its own number when the title, first heading or first line starts with one
 * ("Executive Order 14110 of October 30, 2023", "Regulation (EU) 2024/1689 of …"). A number
 * the text merely mentions further down is a citation, not the document's own.
 */
import { extractCitations } from './extract';
import { titleKey } from './keys';

/** The parts of a corpus document that name it (a `CorpusDocument` fits). */
export interface NamedDocument {
  readonly path: string;
  readonly meta: { readonly title: string };
  readonly parsed: {
    readonly text: string;
    readonly title?: string;
    readonly frontMatter?: Readonly<Record<string, unknown>>;
    readonly headings: ReadonlyArray<{ readonly text: string }>;
  };
}

/** A document's keys: `strong` identify it; `weak` are titles its title quotes (关于印发《X》的通知). */
export interface DocumentKeys {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

const NAME_FIELDS = ['title', 'short_title', 'shortTitle', 'short-title', 'alias', 'aliases', 'name', 'number', 'identifier',
  'document_number', 'citation', 'title_zh', 'title_en'];
const SHORT_TITLE = /[（(]\s*(?:以下简称|简称|hereinafter(?: referred to as)?)?\s*[“"'‘]?([^（）()“”"]{3,80}?)[”"'’]?\s*[）)]/gi;
/** How far into a line its own number may stand (it opens the line). */
const OWN_NUMBER_AT = 0;
/** Lines at the top of a document (cover page, heading) that may carry its own number. */
const OPENING_LINES = 4;

function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  return Array.isArray(v) ? v.flatMap(stringsOf) : [];
}

/** Keys of numbered citations that open `line`, and of 《》 titles that make up all of it. */
function ownKeys(line: string): string[] {
  return extractCitations(line)
    // "Article 5 of Regulation (EU) …" at the top of a page cites; it does not name the page.
    .filter((c) => !c.article)
    .filter((c) => c.kind !== 'title' && c.kind !== 'act' ? c.start <= OWN_NUMBER_AT : c.start <= 1 && c.end >= line.trim().length - 1)
    .flatMap((c) => c.keys);
}

/** Every key `doc` can be cited by. */
export function documentKeys(doc: NamedDocument): DocumentKeys {
  const strong = new Set<string>();
  const weak = new Set<string>();
  const titles = [doc.meta.title, doc.parsed.title ?? ''];
  const fm = doc.parsed.frontMatter;
  if (fm) for (const f of NAME_FIELDS) titles.push(...stringsOf(fm[f]));
  for (const t of titles) {
    if (!t.trim()) continue;
    const k = titleKey(t);
    if (k) strong.add(k);
    for (const key of ownKeys(t)) strong.add(key);
    for (const m of t.matchAll(SHORT_TITLE)) {
      const short = titleKey(m[1]);
      if (short && /\bact\b|法|条例|办法|规定/i.test(m[1])) strong.add(short);
    }
    for (const c of extractCitations(t)) if (c.kind === 'title') for (const key of c.keys) weak.add(key);
  }
  const firstHeading = doc.parsed.headings[0]?.text;
  if (firstHeading) for (const key of ownKeys(firstHeading)) strong.add(key);
  const body = doc.parsed.text.slice(0, 12_000).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  let lines = 0;
  for (const line of body.slice(0, 4000).split('\n')) {
    const bare = line.replace(/^[\s#>*_-]+/, '').trim();
    if (!/\p{L}/u.test(bare) || /^page\s+\d+[\s-]*$/i.test(bare)) continue;
    // A cover line ("NIST AI 100-1", "Executive Order 14110 of October 30, 2023"), not a
    // sentence that opens with a citation ("Executive Order 14110 is revoked.").
    const heading = /^\s*#/.test(line);
    if ((heading || bare.length <= 100) && !/[.。;；:：]$/.test(bare)) for (const key of ownKeys(bare)) strong.add(key);
    // A long title's closing "(Short Title Act)" names the document.
    if (heading) for (const m of bare.matchAll(SHORT_TITLE)) if (/\bact\b|法|条例|办法|规定/i.test(m[1]) && m.index! + m[0].length >= bare.length - 1) {
      const short = titleKey(m[1]);
      if (short) strong.add(short);
    }
    if (++lines >= OPENING_LINES) break;
  }
  for (const k of strong) weak.delete(k);
  return { strong: [...strong], weak: [...weak] };
}
