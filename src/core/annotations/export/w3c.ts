/**
 * Export to the W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection whose first
 * page holds every annotation. Notes become commenting TextualBodies (markdown), tags become
 * tagging bodies, links become linking SpecificResources; status and text hash travel as
 * `policylens:` extension properties. Positions are written in Unicode code points when the
 * document text is known (the model leaves the unit open; code points are what most
 * non-JavaScript tools count); imports convert them back.
 *
 * Every IRI is absolute, as the model requires: documents are `urn:policy-lens:document:`
 * plus the workspace-relative path (portable between clones, unlike a `file:` URI) unless the
 * caller gives a `baseUri`; the base is recorded on the collection so the import can strip it.
 * The collection and its page get stable `urn:uuid:` ids derived from the annotation ids.
 * Each reply in an annotation's discussion follows it as an annotation with motivation
 * `replying` whose target is the annotation's id.
 */
import type { Annotation } from '../types';
import { CodePointIndex } from './codePoints';
import { stableUuid } from '../ids';
import { visibleReplies } from '../replies';
import { pageFinder } from '../../import/pageMap';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of the Policy Lens extension properties. */
export const POLICY_LENS_NS = 'urn:policy-lens:ns:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { policylens: POLICY_LENS_NS }] as const;
/** Default base of document IRIs: the workspace-relative path follows, segment-encoded. */
export const DOCUMENT_BASE = 'urn:policy-lens:document:';

/** The IRI of a workspace path under `base`. */
export function documentIri(path: string, base = DOCUMENT_BASE): string {
  return base + path.split('/').map(encodeURIComponent).join('/');
}

/** Options of {@link toW3c}. */
export interface W3cExportOptions {
  /** Current text of a document, for code point positions. */
  readonly textOf?: (path: string) => string | undefined;
  /** Prefix turning document paths into IRIs (e.g. a `file:///` workspace URI ending in `/`). */
  readonly baseUri?: string;
  readonly label?: string;
}

type Json = Record<string, unknown>;

function positionConverter(opts: W3cExportOptions): (path: string, offset: number) => number {
  const cache = new Map<string, CodePointIndex | undefined>();
  return (path, offset) => {
    if (!cache.has(path)) {
      const text = opts.textOf?.(path);
      cache.set(path, text === undefined ? undefined : new CodePointIndex(text));
    }
    return cache.get(path)?.toCodePoint(offset) ?? offset;
  };
}

/** RFC 8118: fragment identifiers for PDF (`page=12`), as the Web Annotation model names it. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc8118';

function pageConverter(opts: W3cExportOptions): (path: string, offset: number) => number | undefined {
  const cache = new Map<string, ((offset: number) => number | undefined) | undefined>();
  return (path, offset) => {
    if (!cache.has(path)) {
      const text = opts.textOf?.(path);
      cache.set(path, text === undefined ? undefined : pageFinder(text));
    }
    return cache.get(path)?.(offset);
  };
}

/** One annotation as a W3C Annotation object (without `@context`). */
export function annotationToW3c(a: Annotation, opts: W3cExportOptions = {}, cp = positionConverter(opts), pageOf = pageConverter(opts)): Json {
  const iri = (path: string): string => documentIri(path, opts.baseUri ?? DOCUMENT_BASE);
  const [q, p] = a.target.selector;
  const body: Json[] = [];
  if (a.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const l of a.links) {
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: iri(l.target.path),
      selector: [
        { type: 'TextQuoteSelector', exact: l.target.selector[0].exact, prefix: l.target.selector[0].prefix, suffix: l.target.selector[0].suffix },
        { type: 'TextPositionSelector', start: cp(l.target.path, l.target.selector[1].start), end: cp(l.target.path, l.target.selector[1].end) },
      ],
      'policylens:relation': l.relation,
      'policylens:status': l.target.status,
    });
  }
  const motivation = a.tags.length ? 'tagging' : a.note !== undefined ? 'commenting' : a.links.length ? 'linking' : 'highlighting';
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation,
    created: a.created,
    modified: a.modified,
    ...(a.author !== undefined ? { creator: { type: 'Person', name: a.author } } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: iri(a.target.source),
      selector: [
        { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
        { type: 'TextPositionSelector', start: cp(a.target.source, p.start), end: cp(a.target.source, p.end) },
        // Passages of imported PDFs also name their page in the original.
        ...pageSelector(pageOf(a.target.source, p.start)),
      ],
    },
    'policylens:status': a.status,
    'policylens:textHash': a.target.textHash,
    ...(a.resolved ? { 'policylens:resolved': true } : {}),
  };
}

/** The replies of an annotation as `replying` annotations targeting it. */
export function repliesToW3c(a: Annotation): Json[] {
  return visibleReplies(a).map((r) => ({
    id: `urn:uuid:${r.id}`,
    type: 'Annotation',
    motivation: 'replying',
    created: r.created,
    modified: r.modified,
    ...(r.author !== undefined ? { creator: { type: 'Person', name: r.author } } : {}),
    body: { type: 'TextualBody', value: r.body, format: 'text/markdown' },
    target: `urn:uuid:${a.id}`,
  }));
}

function pageSelector(page: number | undefined): Json[] {
  return page === undefined ? [] : [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${page}` }];
}

/** All annotations as one AnnotationCollection with a single page, ordered by document and position. */
export function toW3c(annotations: readonly Annotation[], opts: W3cExportOptions = {}): Json {
  const cp = positionConverter(opts);
  const pageOf = pageConverter(opts);
  const sorted = [...annotations].sort((x, y) =>
    x.target.source < y.target.source ? -1 : x.target.source > y.target.source ? 1
      : x.target.selector[1].start - y.target.selector[1].start || (x.id < y.id ? -1 : 1));
  const key = sorted.map((a) => a.id).join(',');
  const items = sorted.flatMap((a) => [annotationToW3c(a, opts, cp, pageOf), ...repliesToW3c(a)]);
  return {
    '@context': W3C_CONTEXT,
    id: `urn:uuid:${stableUuid(`collection:${key}`)}`,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Policy Lens annotations',
    total: items.length,
    'policylens:documentBase': opts.baseUri ?? DOCUMENT_BASE,
    first: { id: `urn:uuid:${stableUuid(`page:${key}`)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
