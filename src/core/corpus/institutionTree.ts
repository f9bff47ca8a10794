/**
 * Institutions nested by their parents for the Corpus tree: a document filed under the
 * OSTP appears in "Government of the United States › White House › OSTP", each ancestor
 * shown even when no document is filed under it directly. A group counts the distinct
 * documents of its whole subtree, so a parent's count is never less than any child's and
 * a document filed under both a parent and its child is counted once.
 */
import type { Entity } from '../knowledge/types';
import type { CorpusDocument } from './document';
import type { FacetGroup } from './facets';

/** What nesting needs of the knowledge base: an entity (for its parent and name) by id. */
export interface ParentLookup {
  get(id: string): Entity | undefined;
}

/** A facet group with the groups of its sub-institutions. */
export interface NestedGroup {
  readonly key: string;
  readonly label: string;
  /** Documents filed under this institution itself. */
  readonly documents: readonly CorpusDocument[];
  readonly children: readonly NestedGroup[];
  /** Distinct documents here and in every descendant. */
  readonly count: number;
}

interface Draft {
  key: string;
  label: string;
  documents: CorpusDocument[];
  children: Draft[];
}

/** The chain of known ancestors of `id`, nearest first; stops at an unknown id or a cycle. */
export function ancestorsOf(id: string, kb: ParentLookup): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let cur = kb.get(id)?.parent; cur && kb.get(cur) && !seen.has(cur); cur = kb.get(cur)?.parent) {
    out.push(cur);
    seen.add(cur);
  }
  return out;
}

function labelOf(id: string, kb: ParentLookup): string {
  const e = kb.get(id);
  return e?.names.en ?? e?.names.zh ?? id;
}

/**
 * Nest institution groups (none of them the Unattributed group) under their ancestors.
 * Roots and siblings come largest first, ties by label.
 */
export function nestInstitutions(groups: readonly FacetGroup[], kb: ParentLookup): NestedGroup[] {
  const drafts = new Map<string, Draft>();
  const draft = (key: string, label: string): Draft => {
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { key, label, documents: [], children: [] }));
    return d;
  };
  const parentOf = new Map<string, string>();
  for (const g of groups) {
    draft(g.key, g.label).documents.push(...g.documents);
    let child = g.key;
    for (const ancestor of ancestorsOf(g.key, kb)) {
      if (parentOf.has(child) || reaches(parentOf, ancestor, child)) break;
      parentOf.set(child, ancestor);
      draft(ancestor, labelOf(ancestor, kb));
      child = ancestor;
    }
  }
  for (const [child, parent] of parentOf) drafts.get(parent)!.children.push(drafts.get(child)!);
  const roots = [...drafts.values()].filter((d) => !parentOf.has(d.key));
  return roots.map(finish).sort(largestFirst);
}

/** Whether walking up from `from` arrives at `to` (linking them would close a cycle). */
function reaches(parentOf: ReadonlyMap<string, string>, from: string, to: string): boolean {
  for (let cur: string | undefined = from; cur !== undefined; cur = parentOf.get(cur)) if (cur === to) return true;
  return false;
}

function finish(d: Draft): NestedGroup {
  const children = d.children.map(finish).sort(largestFirst);
  const all = new Set<CorpusDocument>(d.documents);
  for (const c of children) for (const doc of subtreeDocuments(c)) all.add(doc);
  return { key: d.key, label: d.label, documents: d.documents, children, count: all.size };
}

/** Every document of a group and its descendants (a document may repeat). */
export function subtreeDocuments(g: NestedGroup): CorpusDocument[] {
  return [...g.documents, ...g.children.flatMap(subtreeDocuments)];
}

function largestFirst(a: NestedGroup, b: NestedGroup): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}
