/**
 * How the Annotations view groups and filters: by tag hierarchy (with counts that include
 * sub-tags), by document, plus the annotations that need attention. Pure, so the tree view
 * only renders what these functions decide.
 */
import type { Span } from '../types';
import type { Annotation, AnnotationLink } from './types';
import { parentTagId, resolveTags, type ResolvedTag } from './codebook';

/** A tag with the annotations filed under it. */
export interface TagGroup {
  readonly tag: ResolvedTag;
  /** Distinct annotations carrying this tag or one of its sub-tags. */
  readonly count: number;
  readonly children: readonly TagGroup[];
  /** Annotations carrying exactly this tag. */
  readonly annotations: readonly Annotation[];
}

/** Whether `a` carries `tagId` or a tag below it in the hierarchy. */
export function hasTagUnder(a: Annotation, tagId: string): boolean {
  return a.tags.some((t) => t === tagId || t.startsWith(tagId + '/'));
}

/** Whether a link's target passage was edited or is gone. */
export function linkNeedsAttention(l: AnnotationLink): boolean {
  return l.target.status === 'changed' || l.target.status === 'orphaned';
}

/** Annotations whose passage, or a linked passage, changed or disappeared, by document then position. */
export function needsAttention(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => a.status === 'changed' || a.status === 'orphaned' || a.links.some(linkNeedsAttention));
}

/** Annotations passing a tag filter (no filter: all). */
export function filterByTag(annotations: readonly Annotation[], tagId: string | undefined): Annotation[] {
  return tagId ? annotations.filter((a) => hasTagUnder(a, tagId)) : [...annotations];
}

/**
 * Tag hierarchy of `annotations`: codebook tags plus any tag used but missing from the
 * codebook (and their implied parents). Tags no annotation uses are left out.
 */
export function groupByTag(annotations: readonly Annotation[], codebook: readonly ResolvedTag[]): TagGroup[] {
  const known = new Map(codebook.map((t) => [t.id, t]));
  const extra = resolveTags([...new Set(annotations.flatMap((a) => a.tags))].filter((t) => !known.has(t)).map((id) => ({ id })));
  for (const t of extra) if (!known.has(t.id)) known.set(t.id, t);
  const childrenOf = new Map<string | undefined, ResolvedTag[]>();
  for (const t of [...known.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = t.parent ?? parentTagId(t.id);
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), t]);
  }
  const build = (tag: ResolvedTag): TagGroup | undefined => {
    const count = annotations.filter((a) => hasTagUnder(a, tag.id)).length;
    if (count === 0) return undefined;
    const children = (childrenOf.get(tag.id) ?? []).map(build).filter((g): g is TagGroup => !!g);
    return { tag, count, children, annotations: annotations.filter((a) => a.tags.includes(tag.id)) };
  };
  return (childrenOf.get(undefined) ?? []).map(build).filter((g): g is TagGroup => !!g);
}

/** Annotations without any tag. */
export function untagged(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => a.tags.length === 0);
}

/** Annotations grouped by document path, paths sorted. */
export function groupByDocument(annotations: readonly Annotation[]): { path: string; annotations: Annotation[] }[] {
  const by = new Map<string, Annotation[]>();
  for (const a of annotations) by.set(a.target.source, [...(by.get(a.target.source) ?? []), a]);
  return [...by.keys()].sort().map((path) => ({ path, annotations: by.get(path)! }));
}

/**
 * Annotations whose range contains `offset` (ends included, so a cursor just after the last
 * character still counts), innermost first. `spanOf` gives the current range of each
 * (live-edited or stored); orphans have none.
 */
export function annotationsAt(annotations: readonly Annotation[], offset: number, spanOf: (a: Annotation) => Span | undefined): Annotation[] {
  const hits: { a: Annotation; s: Span }[] = [];
  for (const a of annotations) {
    const s = spanOf(a);
    if (s && s.start <= offset && offset <= s.end) hits.push({ a, s });
  }
  return hits.sort((x, y) => (x.s.end - x.s.start) - (y.s.end - y.s.start)).map((h) => h.a);
}
