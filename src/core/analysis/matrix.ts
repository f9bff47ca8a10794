/**
 * Code-by-document and code-by-facet tables. A row is a code with its sub-codes (so parents
 * add up their children without double-counting a segment coded with both); a cell counts the
 * segments and, by document, the share of the document's characters they cover.
 */
import type { DocumentFacets } from './facets';
import { unionOf, lengthOf as coveredLength } from './intervals';
import { codesWithAncestors, type Segment } from './segments';

/** One cell: segments, distinct documents, and the covered share of the column's text (0–1). */
export interface MatrixCell {
  readonly count: number;
  readonly documents: number;
  /** Covered characters / characters of the column's documents; undefined when lengths are unknown. */
  readonly coverage?: number;
}

/** A table with codes as rows. */
export interface CodeMatrix {
  readonly rows: readonly string[];
  readonly cols: readonly string[];
  /** `cells[row][col]`. */
  readonly cells: readonly (readonly MatrixCell[])[];
}

/** Key of the column for documents without a value for the facet. */
export const NO_VALUE = '';

interface Column { readonly key: string; readonly docs: readonly string[] }

/** The codes a segment counts under: its tags and all their ancestors. */
function rolledUp(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tags) {
    for (let at = t.indexOf('/'); at > 0; at = t.indexOf('/', at + 1)) out.add(t.slice(0, at));
    out.add(t);
  }
  return out;
}

function table(segments: readonly Segment[], columns: readonly Column[], rows: readonly string[], lengthOf?: (path: string) => number | undefined): CodeMatrix {
  // One pass: code → document → its segments (a segment counts under each ancestor once).
  const byCode = new Map<string, Map<string, Segment[]>>();
  for (const s of segments) for (const code of rolledUp(s.tags)) {
    const perDoc = byCode.get(code) ?? byCode.set(code, new Map()).get(code)!;
    (perDoc.get(s.path) ?? perDoc.set(s.path, []).get(s.path)!).push(s);
  }
  const covered = new Map<string, number>();
  const coveredOf = (code: string, path: string, mine: readonly Segment[], length: number): number => {
    const key = `${code}\u0000${path}`;
    if (!covered.has(key)) covered.set(key, coveredLength(unionOf(mine, length)));
    return covered.get(key)!;
  };
  const cells = rows.map((code) => columns.map((col) => {
    const perDoc = byCode.get(code);
    let count = 0;
    let documents = 0;
    let coveredChars = 0;
    let total = 0;
    let lengthsKnown = lengthOf !== undefined;
    for (const path of col.docs) {
      const mine = perDoc?.get(path) ?? [];
      count += mine.length;
      if (mine.length) documents++;
      const length = lengthOf?.(path);
      if (length === undefined) { lengthsKnown = false; continue; }
      total += length;
      if (mine.length) coveredChars += coveredOf(code, path, mine, length);
    }
    return { count, documents, ...(lengthsKnown && total > 0 ? { coverage: coveredChars / total } : {}) };
  }));
  return { rows, cols: columns.map((c) => c.key), cells };
}

/**
 * Codes × documents. `documents` defaults to every document with a segment; pass the corpus's
 * documents to show empty columns too. `lengthOf` gives coverage shares.
 */
export function codeByDocument(segments: readonly Segment[], options: { documents?: readonly string[]; lengthOf?: (path: string) => number | undefined } = {}): CodeMatrix {
  const docs = options.documents ? [...options.documents] : [...new Set(segments.map((s) => s.path))].sort();
  return table(segments, docs.map((d) => ({ key: d, docs: [d] })), codesWithAncestors(segments), options.lengthOf);
}

/**
 * Codes × the values of one facet (institution, year, type…): a document counts under each of
 * its values, and under {@link NO_VALUE} when it has none, so no segment disappears.
 */
export function codeByFacet(segments: readonly Segment[], facet: string, facetsOf: (path: string) => DocumentFacets | undefined, options: { documents?: readonly string[]; lengthOf?: (path: string) => number | undefined } = {}): CodeMatrix {
  const docs = options.documents ? [...options.documents] : [...new Set(segments.map((s) => s.path))].sort();
  const groups = new Map<string, string[]>();
  for (const d of docs) {
    const values = facetsOf(d)?.[facet] ?? [];
    for (const v of values.length ? values : [NO_VALUE]) (groups.get(v) ?? groups.set(v, []).get(v)!).push(d);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return table(segments, keys.map((k) => ({ key: k, docs: groups.get(k)! })), codesWithAncestors(segments), options.lengthOf);
}
