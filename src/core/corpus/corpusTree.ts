/**
 * The model behind the Corpus tree view, decided without an editor: facet groups of
 * documents, an "Unattributed" group when some documents have no value, and a "Problems"
 * group for files left out and documents with warnings or errors. Each document expands
 * into its sections, nested by heading level.
 */
import type { Heading, Problem } from '../types';
import type { CorpusDocument } from './document';
import { FacetKind, groupDocuments, UNATTRIBUTED } from './facets';
import { NestedGroup, nestInstitutions, type ParentLookup } from './institutionTree';
import type { SkippedFile } from './model';

/** `facet`: a value of the facet; `unattributed`: documents without one; `problems`: see above. */
export type TreeGroupKind = 'facet' | 'unattributed' | 'problems';

/** Key of the Problems group (entity ids, years and language codes never start with `!`). */
export const PROBLEMS_KEY = '!problems';

/** One top-level group of the tree. */
export interface TreeGroup {
  readonly kind: TreeGroupKind;
  /** Entity id, year, language code, {@link UNATTRIBUTED} or {@link PROBLEMS_KEY}. */
  readonly key: string;
  /** English label from the facet (entity name, year, language); adapters may localise it. */
  readonly label: string;
  readonly documents: readonly CorpusDocument[];
  /** Files that are not documents (Problems group only). */
  readonly skipped: readonly SkippedFile[];
  /** Documents plus skipped files: what the group label counts (a parent: distinct documents of its subtree). */
  readonly count: number;
  /** Sub-institutions, when institutions are nested by parent (see `institutionTree.ts`). */
  readonly children?: readonly TreeGroup[];
}

/** A heading with the headings nested under it. */
export interface SectionNode {
  /** Index into `ParsedDocument.headings` (stable while the document is unchanged). */
  readonly index: number;
  readonly heading: Heading;
  readonly children: readonly SectionNode[];
}

/**
 * Group documents for the tree. Facet groups come largest first, except years, which read
 * newest first, each with its documents newest first (a full date before a bare year, then
 * by title); "Unattributed" follows them and "Problems" comes last, present only when
 * something is wrong.
 */
export function buildCorpusTree(
  docs: readonly CorpusDocument[],
  skipped: readonly SkippedFile[],
  by: FacetKind,
  kb?: ParentLookup,
): TreeGroup[] {
  const facets = groupDocuments(docs, by);
  if (by === 'institution' && kb) return [...nested(facets, kb), ...troubleGroup(docs, skipped)];
  if (by === 'year') facets.sort((a, b) => (a.key === UNATTRIBUTED ? 1 : b.key === UNATTRIBUTED ? -1 : b.key.localeCompare(a.key)));
  const groups: TreeGroup[] = facets.map((g) => ({
    kind: g.key === UNATTRIBUTED ? 'unattributed' : 'facet',
    key: g.key,
    label: g.label,
    documents: by === 'year' ? [...g.documents].sort(newestFirst) : g.documents,
    skipped: [],
    count: g.documents.length,
  }));
  return [...groups, ...troubleGroup(docs, skipped)];
}

/** Institution groups nested under their parents, then "Unattributed". */
function nested(facets: ReturnType<typeof groupDocuments>, kb: ParentLookup): TreeGroup[] {
  const toGroup = (g: NestedGroup): TreeGroup => ({
    kind: 'facet', key: g.key, label: g.label, documents: g.documents, skipped: [], count: g.count,
    children: g.children.map(toGroup),
  });
  const out = nestInstitutions(facets.filter((g) => g.key !== UNATTRIBUTED), kb).map(toGroup);
  const none = facets.find((g) => g.key === UNATTRIBUTED);
  if (none) out.push({ kind: 'unattributed', key: UNATTRIBUTED, label: none.label, documents: none.documents, skipped: [], count: none.documents.length });
  return out;
}

/** The Problems group, present only when something is wrong. */
function troubleGroup(docs: readonly CorpusDocument[], skipped: readonly SkippedFile[]): TreeGroup[] {
  const troubled = docs.filter((d) => seriousProblems(d).length > 0);
  if (!troubled.length && !skipped.length) return [];
  return [{ kind: 'problems', key: PROBLEMS_KEY, label: 'Problems', documents: troubled, skipped, count: troubled.length + skipped.length }];
}

/** Date descending (`2021-12-04` before `2021-06` before `2021`), then title, then path. */
function newestFirst(a: CorpusDocument, b: CorpusDocument): number {
  const da = a.meta.date ?? '';
  const db = b.meta.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.meta.title.localeCompare(b.meta.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** A document's warnings and errors (informational notes are left out). */
export function seriousProblems(doc: CorpusDocument): Problem[] {
  return doc.problems.filter((p) => p.severity !== 'info');
}

/**
 * Nest headings by level: each heading holds the following deeper headings until one of
 * its own level or higher. A skipped level (a 1 followed by a 3) still nests.
 */
export function sectionTree(headings: readonly Heading[]): SectionNode[] {
  interface Open { readonly level: number; readonly children: SectionNode[] }
  const roots: SectionNode[] = [];
  const stack: Open[] = [];
  headings.forEach((heading, index) => {
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    const node: SectionNode = { index, heading, children: [] };
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push({ level: heading.level, children: node.children as SectionNode[] });
  });
  return roots;
}
