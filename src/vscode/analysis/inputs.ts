/**
 * What the analysis views compute on, taken from the open workspace: segments at their live
 * positions (following unsaved edits), text lengths, document facets and passages.
 */
import type { AnnotationsSession } from '../annotations/session';
import { segmentsOf, type Segment } from '../../core/analysis/segments';
import { facetsOfMeta, type DocumentFacets } from '../../core/analysis/facets';
import type { Interval } from '../../core/analysis/intervals';

/** Segments and lookups for one computation (a snapshot: rebuild after a change). */
export interface ViewInputs {
  readonly segments: Segment[];
  readonly lengthOf: (path: string) => number | undefined;
  readonly facetsOf: (path: string) => DocumentFacets | undefined;
  readonly passagesOf: (path: string) => readonly Interval[] | undefined;
  /** Every corpus document path (for empty columns). */
  readonly documents: readonly string[];
  /** Facet names found on the corpus's documents, sorted. */
  readonly facets: readonly string[];
}

/** Inputs of the analyses for the workspace's annotations now. */
export function viewInputs(session: AnnotationsSession): ViewInputs {
  const live = session.all().map((a) => {
    const span = session.spanOf(a);
    if (!span) return a;
    const [q, p] = a.target.selector;
    return span.start === p.start && span.end === p.end ? a : { ...a, target: { ...a.target, selector: [q, { ...p, start: span.start, end: span.end }] as const } };
  });
  const model = session.service.current()?.model;
  const facetCache = new Map<string, DocumentFacets | undefined>();
  const facetsOf = (path: string): DocumentFacets | undefined => {
    if (!facetCache.has(path)) {
      const meta = model?.get(path)?.meta;
      facetCache.set(path, meta ? facetsOfMeta(meta) : undefined);
    }
    return facetCache.get(path);
  };
  const documents = model?.documents().map((d) => d.path) ?? [];
  const facets = [...new Set(documents.flatMap((d) => Object.keys(facetsOf(d) ?? {})))].sort();
  return {
    segments: segmentsOf(live),
    lengthOf: (p) => session.textOf(p)?.length,
    facetsOf,
    passagesOf: (p) => model?.get(p)?.parsed.passages.map((x) => x.span),
    documents,
    facets,
  };
}
