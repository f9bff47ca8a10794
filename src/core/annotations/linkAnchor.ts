/**
 * Re-anchoring a link's target exactly as an annotation is re-anchored (same selectors, same
 * states), so a link follows its passage through edits of the linked document. A link from
 * the first format (offsets and quote, no context) gets its context the first time its quote
 * is found where it was.
 */
import type { Annotation, AnnotationLink } from './types';
import type { AnchorText } from './anchorText';
import { reanchor, withAnchor, type ReanchorResult } from './reanchor';
import { createLinkTarget } from './selectors';

/** The link's target seen as an annotation, so {@link reanchor} applies unchanged. */
function asAnnotation(l: AnnotationLink): Annotation {
  const t = l.target;
  return { id: '', target: { source: t.path, selector: t.selector, textHash: t.textHash }, tags: [], links: [], created: '', modified: '', status: t.status };
}

/** Where the link's target is in `doc` (its document's current text), and in what state. */
export function reanchorLinkTarget(l: AnnotationLink, doc: AnchorText): ReanchorResult {
  return reanchor(asAnnotation(l), doc.text, doc);
}

/** The link as it should be stored after re-anchoring against `doc`; the same object when nothing changed. */
export function reanchorLink(l: AnnotationLink, doc: AnchorText): AnnotationLink {
  const result = reanchorLinkTarget(l, doc);
  const [q] = l.target.selector;
  if (result.span && q.prefix === '' && q.suffix === '' && doc.text.slice(result.span.start, result.span.end) === q.exact) {
    // Migrated from offsets only: give it the context a new link would have.
    const fresh = createLinkTarget(l.target.path, doc.text, result.span.start, result.span.end);
    if (fresh.selector[0].prefix !== '' || fresh.selector[0].suffix !== '') return { ...l, target: { ...fresh, status: result.status } };
  }
  const a = asAnnotation(l);
  const next = withAnchor(a, result, doc);
  if (next === a) return l;
  return { ...l, target: { path: l.target.path, selector: next.target.selector, textHash: next.target.textHash, status: next.status } };
}

/** The annotation with every link into `path` re-anchored; the same object when none changed. */
export function reanchorLinksInto(a: Annotation, path: string, doc: AnchorText): Annotation {
  if (!a.links.some((l) => l.target.path === path)) return a;
  const links = a.links.map((l) => (l.target.path === path ? reanchorLink(l, doc) : l));
  return links.every((l, i) => l === a.links[i]) ? a : { ...a, links };
}
