/**
 * Annotations as search sees them: jump-box rows (label = note and quote, plus tags), the
 * tags in use, and the links between passages that related-passage ranking follows.
 */
import { oneLine as cut } from '../text/oneLine';
import { linkSpan, type Annotation } from '../annotations/types';
import type { Span } from '../types';
import type { SearchAnnotation, SearchLink } from './searchTypes';

/** Where an annotation is now; defaults to its stored position (orphans keep their last one). */
export type SpanOf = (a: Annotation) => Span | undefined;

const storedSpan: SpanOf = (a) => ({ start: a.target.selector[1].start, end: a.target.selector[1].end });

/** Longest label; the jump box shows one line per row. */
const MAX_LABEL = 120;

/** One line of at most `max` characters, whitespace collapsed. */
export function oneLine(text: string, max = MAX_LABEL): string {
  return cut(text, max);
}

/**
 * The row text of an annotation: the first line of its note and the quoted passage, so a
 * query can find it by either (`Note — “quote”`, or just `“quote”` without a note).
 */
export function annotationLabel(a: Annotation): string {
  const quote = oneLine(a.target.selector[0].exact, 80);
  const note = a.note ? oneLine(a.note.replace(/[#*_`>]/g, ' ').split('\n').find((l) => l.trim()) ?? '', 60) : '';
  return oneLine(note ? `${note} — “${quote}”` : `“${quote}”`);
}

/** Jump-box entries for annotations. */
export function toSearchAnnotations(list: readonly Annotation[], spanOf: SpanOf = storedSpan): SearchAnnotation[] {
  return list.map((a) => ({
    id: a.id,
    path: a.target.source,
    span: spanOf(a) ?? storedSpan(a)!,
    label: annotationLabel(a),
    tags: a.tags,
  }));
}

/** Every tag used by an annotation or defined in the codebook, once, sorted. */
export function searchTags(list: readonly Annotation[], codebook: readonly string[] = []): string[] {
  return [...new Set([...codebook, ...list.flatMap((a) => a.tags)])].sort();
}

/** The links annotations draw between passages (orphaned annotations draw none). */
export function toSearchLinks(list: readonly Annotation[], spanOf: SpanOf = storedSpan): SearchLink[] {
  const out: SearchLink[] = [];
  for (const a of list) {
    if (a.status === 'orphaned' || !a.links.length) continue;
    const span = spanOf(a);
    if (!span) continue;
    for (const l of a.links) {
      // A link whose target is gone points nowhere; one whose target changed still points there.
      if (l.target.status === 'orphaned') continue;
      out.push({
        from: { path: a.target.source, span },
        to: { path: l.target.path, span: linkSpan(l) },
        relation: l.relation,
      });
    }
  }
  return out;
}
