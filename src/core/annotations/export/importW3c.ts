/**
 * Import of W3C Web Annotation JSON: a single Annotation, an array, an AnnotationPage or an
 * AnnotationCollection with an embedded first page. Only text targets with a
 * TextQuoteSelector can be anchored; anything else is an error naming where it is, never a
 * silent skip. Imported annotations are re-anchored by quote on the next re-anchoring.
 */
import type { Annotation, AnnotationLink, AnnotationStatus, LinkRelation, Reply } from '../types';
import { ANNOTATION_STATUSES, LINK_RELATIONS } from '../types';
import { newAnnotationId } from '../ids';
import { InvalidTagError, tagIdProblem } from '../codebook';
import { firstJsonErrorOffset } from '../jsonError';
import { lineColumnAt } from '../errors';
import { CodePointIndex } from './codePoints';
import { DOCUMENT_BASE } from './w3c';
import { safeRelativePath } from '../../ports';

/** Why an import failed and where in the JSON (`items[2].target.selector`). */
export class W3cImportError extends Error {
  constructor(readonly where: string, readonly detail: string) {
    super(`W3C import: ${where}: ${detail}`);
    this.name = 'W3cImportError';
  }
}

/** Options of {@link importW3c}. */
export interface W3cImportOptions {
  /**
   * Prefix to strip from source IRIs to get workspace paths (the export's `baseUri`). Without
   * it, the base the export recorded (`policylens:documentBase`) and the default
   * `urn:policy-lens:document:` are stripped; bare relative paths (older exports) are kept.
   */
  readonly baseUri?: string;
  /** Current text of a document, to turn code point positions back into UTF-16. */
  readonly textOf?: (path: string) => string | undefined;
  readonly newId?: () => string;
  /** Used for `created`/`modified` when the JSON has none. */
  readonly now?: () => Date;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const ofType = (v: unknown, t: string): v is Obj => isObj(v) && list(v.type).includes(t);

function items(json: unknown): { item: unknown; where: string }[] {
  if (Array.isArray(json)) return json.map((item, i) => ({ item, where: `[${i}]` }));
  if (ofType(json, 'AnnotationCollection')) {
    if (!isObj(json.first)) throw new W3cImportError('first', 'the collection has no embedded first page (paged collections must be fetched first)');
    return items(json.first).map((x) => ({ ...x, where: `first.${x.where}` }));
  }
  if (ofType(json, 'AnnotationPage')) return list(json.items).map((item, i) => ({ item, where: `items[${i}]` }));
  if (ofType(json, 'Annotation')) return [{ item: json, where: '(root)' }];
  throw new W3cImportError('(root)', 'expected an Annotation, an array, an AnnotationPage or an AnnotationCollection');
}

function position(sel: unknown[], path: string, opts: W3cImportOptions): { start: number; end: number } | undefined {
  const p = sel.find((s) => ofType(s, 'TextPositionSelector')) as Obj | undefined;
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return undefined;
  const text = opts.textOf?.(path);
  const idx = text === undefined ? undefined : new CodePointIndex(text);
  const conv = (n: number): number => (idx ? idx.toUtf16(n) : n);
  return { start: conv(p.start as number), end: conv(p.end as number) };
}

function one(raw: unknown, where: string, opts: W3cImportOptions, recordedBase?: string): Annotation {
  if (!ofType(raw, 'Annotation')) throw new W3cImportError(where, 'is not an Annotation');
  const fail = (field: string, detail: string): never => { throw new W3cImportError(`${where}.${field}`, detail); };
  const path = (iri: unknown, field: string): string => {
    if (typeof iri !== 'string' || iri === '') fail(field, 'must be a document IRI or path');
    const s = iri as string;
    const base = [opts.baseUri, recordedBase, DOCUMENT_BASE].find((b): b is string => !!b && s.startsWith(b));
    let rel = s;
    if (base) rel = s.slice(base.length).split('/').map((x) => { try { return decodeURIComponent(x); } catch { return fail(field, `bad percent-encoding in ${s}`); } }).join('/');
    else if (opts.baseUri) fail(field, `does not start with ${opts.baseUri}`);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(s)) fail(field, `${s} is not a document of this workspace (expected ${recordedBase ?? DOCUMENT_BASE}… or a relative path)`);
    try {
      return safeRelativePath(rel);
    } catch {
      return fail(field, `${s} leaves the workspace`);
    }
  };
  const target = list(raw.target)[0];
  if (!isObj(target)) fail('target', 'must be an object with source and selector');
  const t = target as Obj;
  const source = path(t.source, 'target.source');
  const selectors = list(t.selector);
  const q = selectors.find((s) => ofType(s, 'TextQuoteSelector')) as Obj | undefined;
  if (!q || typeof q.exact !== 'string' || q.exact === '') fail('target.selector', 'needs a TextQuoteSelector with a non-empty "exact"');
  const pos = position(selectors, source, opts);
  const body = list(raw.body);
  const texts = (purpose: string): string[] => body.filter((b) => ofType(b, 'TextualBody') && b.purpose === purpose && typeof b.value === 'string').map((b) => (b as Obj).value as string);
  const links: AnnotationLink[] = body.filter((b) => ofType(b, 'SpecificResource') && b.purpose === 'linking').map((b, i) => {
    const r = b as Obj;
    const lp = path(r.source, `body.link[${i}].source`);
    const sel = list(r.selector);
    const lq = sel.find((s) => ofType(s, 'TextQuoteSelector')) as Obj | undefined;
    const relation = r['policylens:relation'] ?? 'cites';
    if (!LINK_RELATIONS.includes(relation as LinkRelation)) fail(`body.link[${i}].relation`, `must be one of ${LINK_RELATIONS.join(', ')}`);
    const lpos = position(sel, lp, opts) ?? { start: 0, end: 0 };
    const text = (k: string): string => (typeof lq?.[k] === 'string' ? (lq[k] as string) : '');
    const linkStatus = ANNOTATION_STATUSES.includes(r['policylens:status'] as AnnotationStatus) ? (r['policylens:status'] as AnnotationStatus) : 'anchored';
    return {
      target: {
        path: lp,
        selector: [{ type: 'TextQuoteSelector', exact: text('exact'), prefix: text('prefix'), suffix: text('suffix') }, { type: 'TextPositionSelector', ...lpos }],
        textHash: '',
        status: linkStatus,
      },
      relation: relation as LinkRelation,
    } satisfies AnnotationLink;
  });
  const notes = texts('commenting');
  // A tag like "a//b" would become a code without a name in REFI-QDA: refuse it here too.
  texts('tagging').forEach((t, i) => {
    const problem = tagIdProblem(t);
    if (problem) fail(`body.tag[${i}]`, new InvalidTagError(t, problem).message);
  });
  const now = (opts.now?.() ?? new Date()).toISOString();
  const date = (v: unknown): string => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : now);
  const status = raw['policylens:status'];
  const creator = list(raw.creator)[0];
  const author = typeof creator === 'string' ? creator : isObj(creator) && typeof creator.name === 'string' ? creator.name : undefined;
  const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id.replace(/^urn:uuid:/, '') : (opts.newId ?? newAnnotationId)();
  return {
    id,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: q!.exact as string, prefix: typeof q!.prefix === 'string' ? q!.prefix : '', suffix: typeof q!.suffix === 'string' ? q!.suffix : '' },
        { type: 'TextPositionSelector', start: pos?.start ?? 0, end: pos?.end ?? 0 },
      ],
      // Unknown: forces a full re-anchoring by quote against the current text.
      textHash: typeof raw['policylens:textHash'] === 'string' && pos ? raw['policylens:textHash'] : '',
    },
    tags: [...new Set(texts('tagging'))],
    ...(notes.length ? { note: notes.join('\n\n') } : {}),
    links,
    ...(author !== undefined ? { author } : {}),
    created: date(raw.created),
    modified: date(raw.modified ?? raw.created),
    status: pos ? (ANNOTATION_STATUSES.includes(status as AnnotationStatus) ? (status as AnnotationStatus) : 'anchored') : 'orphaned',
    ...(raw['policylens:resolved'] === true ? { resolved: true } : {}),
  };
}

function reply(raw: Obj, where: string, opts: W3cImportOptions): Reply {
  const body = list(raw.body).find((b) => ofType(b, 'TextualBody') && typeof (b as Obj).value === 'string') as Obj | undefined;
  if (!body) throw new W3cImportError(`${where}.body`, 'a reply needs a TextualBody with a value');
  const now = (opts.now?.() ?? new Date()).toISOString();
  const date = (v: unknown): string => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : now);
  const creator = list(raw.creator)[0];
  const author = typeof creator === 'string' ? creator : isObj(creator) && typeof creator.name === 'string' ? creator.name : undefined;
  return {
    id: typeof raw.id === 'string' && raw.id !== '' ? raw.id.replace(/^urn:uuid:/, '') : (opts.newId ?? newAnnotationId)(),
    ...(author !== undefined ? { author } : {}),
    body: body.value as string,
    created: date(raw.created),
    modified: date(raw.modified ?? raw.created),
  };
}

/** Annotations from W3C JSON (text or parsed). Throws {@link W3cImportError} naming the place. */
export function importW3c(json: unknown, opts: W3cImportOptions = {}): Annotation[] {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (e) {
      const { line, column } = lineColumnAt(json, firstJsonErrorOffset(json) ?? json.length);
      throw new W3cImportError(`line ${line + 1}, column ${column + 1}`, `invalid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const recorded = isObj(data) && typeof data['policylens:documentBase'] === 'string' ? data['policylens:documentBase'] : undefined;
  const all = items(data);
  const isReply = (x: unknown): x is Obj => ofType(x, 'Annotation') && list(x.motivation).includes('replying') && typeof list(x.target)[0] === 'string';
  const out = all.filter(({ item }) => !isReply(item)).map(({ item, where }) => one(item, where, opts, recorded));
  const byIri = new Map(out.map((a, i) => [`urn:uuid:${a.id}`, i]));
  for (const { item, where } of all) {
    if (!isReply(item)) continue;
    const target = list(item.target)[0] as string;
    const at = byIri.get(target) ?? byIri.get(`urn:uuid:${target.replace(/^urn:uuid:/, '')}`);
    if (at === undefined) throw new W3cImportError(`${where}.target`, `a reply to ${target}, which is not an annotation of this import`);
    out[at] = { ...out[at], replies: [...(out[at].replies ?? []), reply(item, where, opts)] };
  }
  const seen = new Set<string>();
  for (const a of out) {
    if (seen.has(a.id)) throw new W3cImportError(a.id, 'the same annotation id appears twice');
    seen.add(a.id);
  }
  return out;
}
