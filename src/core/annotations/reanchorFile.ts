/**
 * Re-anchoring one annotation file's contents against a document's current text: its own
 * annotations (with live-edit hints from an editor), or the links it holds into that document.
 * Pure: the store applies the result to what is on disk under its write lock.
 */
import type { Span } from '../types';
import type { Annotation, AnnotationFile } from './types';
import type { AnchorText } from './anchorText';
import { reanchor, withAnchor } from './reanchor';
import { reanchorLinksInto } from './linkAnchor';

/** One annotation against `doc`, using the editor's `hint` for its range when there is one. */
function reanchorOne(a: Annotation, doc: AnchorText, hint: Span | undefined): Annotation {
  const text = doc.text;
  const [q, p] = a.target.selector;
  if (!hint || hint.end <= hint.start || (hint.start === p.start && hint.end === p.end)) return withAnchor(a, reanchor(a, text, doc), doc);
  // The editor followed this range through every edit: if it still holds the quote, that is
  // where the annotation is, whatever the surroundings now say (its context is refreshed).
  if (text.slice(hint.start, hint.end) === q.exact) return withAnchor(a, { status: hint.start === p.start ? 'anchored' : 'moved', span: hint }, doc);
  const hinted: Annotation = { ...a, target: { ...a.target, selector: [q, { type: 'TextPositionSelector', start: hint.start, end: hint.start + q.exact.length }], textHash: '' } };
  const result = reanchor(hinted, text, doc);
  const moved = result.status === 'anchored' && result.span && result.span.start !== p.start ? { ...result, status: 'moved' as const } : result;
  return withAnchor(a, moved, doc);
}

/** The file with its annotations re-anchored against `doc`; the same object when nothing changed. */
export function reanchorFile(f: AnnotationFile, doc: AnchorText, hints?: ReadonlyMap<string, Span>): AnnotationFile {
  const annotations = f.annotations.map((a) => reanchorOne(a, doc, hints?.get(a.id)));
  return annotations.every((a, i) => a === f.annotations[i]) ? f : { ...f, annotations };
}

/** The file with its links into `path` re-anchored against `doc`; the same object when none changed. */
export function reanchorLinksInFile(f: AnnotationFile, path: string, doc: AnchorText): AnnotationFile {
  const annotations = f.annotations.map((a) => reanchorLinksInto(a, path, doc));
  return annotations.every((a, i) => a === f.annotations[i]) ? f : { ...f, annotations };
}
