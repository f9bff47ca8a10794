/**
 * Retrieval of coded segments by a boolean combination of codes — the "show me every passage
 * coded A and B but not D" of QDA tools — filtered by coder and by document facets. Codes
 * always include their sub-codes.
 *
 * A segment is returned when it carries `tag` or one of `or`; and carries every `and` code;
 * and carries none of the `not` codes; and, for each `overlapping` code, shares a character
 * with a segment of the same document coded with it (by any coder, itself excluded).
 */
import { matchesFacets, type DocumentFacets } from './facets';
import { hasCode, overlaps, type Segment } from './segments';

/** A segment query; every field is optional, an empty query returns every segment. */
export interface SegmentQuery {
  readonly tag?: string;
  readonly or?: readonly string[];
  readonly and?: readonly string[];
  readonly not?: readonly string[];
  readonly overlapping?: readonly string[];
  /** Only segments in these documents. */
  readonly paths?: readonly string[];
  /** Only segments by these coders. */
  readonly coders?: readonly string[];
  /** Facet name → accepted values: a document must have one of them for each facet. */
  readonly facets?: Readonly<Record<string, readonly string[]>>;
}

/** Segments matching `query`, in their input order. `facetsOf` is needed only for facet filters. */
export function querySegments(segments: readonly Segment[], query: SegmentQuery, facetsOf: (path: string) => DocumentFacets | undefined = () => undefined): Segment[] {
  const any = [...(query.tag !== undefined ? [query.tag] : []), ...(query.or ?? [])];
  const byDoc = new Map<string, Segment[]>();
  if (query.overlapping?.length) for (const s of segments) (byDoc.get(s.path) ?? byDoc.set(s.path, []).get(s.path)!).push(s);
  return segments.filter((s) =>
    (any.length === 0 || any.some((c) => hasCode(s, c))) &&
    (query.and ?? []).every((c) => hasCode(s, c)) &&
    !(query.not ?? []).some((c) => hasCode(s, c)) &&
    (query.coders === undefined || query.coders.length === 0 || query.coders.includes(s.coder)) &&
    (query.paths === undefined || query.paths.length === 0 || query.paths.includes(s.path)) &&
    (query.overlapping ?? []).every((c) => (byDoc.get(s.path) ?? []).some((o) => o !== s && hasCode(o, c) && overlaps(s, o))) &&
    (query.facets === undefined || matchesFacets(facetsOf(s.path), query.facets)));
}
