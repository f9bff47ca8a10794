/**
 * Finding an annotation again in a document that changed. In order: the stored position
 * still holds the quote in its stored context (anchored); the quote occurs elsewhere in that
 * same context (moved); the passage is recognisably at a place whose surroundings match the
 * stored context but its words, or its immediate neighbours, were edited (changed); otherwise
 * orphaned — the annotation keeps its last known selectors and is never dropped. A copy of
 * the words in other surroundings (a repeated paragraph) is never taken: it is offered as the
 * orphan's `candidate` for the researcher to re-attach.
 */
import type { Span } from '../types';
import type { Annotation, AnnotationStatus } from './types';
import { AnchorText, prepareText } from './anchorText';
import { fuzzyCandidates } from './fuzzy';
import { contextHolds, contextSimilarity, placeBetweenContext, textSimilarity } from './contextMatch';
import { MIN_SIMILARITY } from './fuzzy';
import { createTarget } from './selectors';

/** Outcome of {@link reanchor}; `span` is absent only when orphaned. */
export interface ReanchorResult {
  readonly status: AnnotationStatus;
  readonly span?: Span;
  /** For `changed`: how close the new text is to the quote, in [0, 1]. */
  readonly similarity?: number;
  /** For `orphaned`: the closest look-alike (same or similar words, other surroundings), to offer for re-attaching. */
  readonly candidate?: Span;
}

/** Occurrences this far from the old position are tried first, before a whole-text scan. */
const LOCAL_WINDOW = 4096;
const MAX_OCCURRENCES = 20000;
/** Copies of the quote (with edited context) weighed as "the same place, edited". */
const MAX_COPIES = 32;
/** Lowest context similarity for a place to count as the annotation's own place, edited. */
export const MIN_CONTEXT_SIMILARITY = 0.6;

interface Occurrences {
  /** Nearest occurrence whose stored context holds. */
  readonly full?: number;
  /** Other occurrences, nearest the old position first. */
  readonly copies: number[];
}

/** Occurrences of the quote: the nearest in full context, and a few others. */
function occurrences(text: string, exact: string, prefix: string, suffix: string, old: number): Occurrences {
  const holds = (at: number): boolean => contextHolds(text, { start: at, end: at + exact.length }, prefix, suffix);
  const nearer = (a: number, b: number | undefined): boolean => b === undefined || Math.abs(a - old) < Math.abs(b - old);
  // Local pass: an occurrence in full context near the old place cannot be beaten.
  let full: number | undefined;
  const from = Math.max(0, old - LOCAL_WINDOW);
  // Search a slice, so a unique quote does not make indexOf run to the end of a long text.
  const near = text.slice(from, old + LOCAL_WINDOW + exact.length);
  for (let k = near.indexOf(exact); k >= 0; k = near.indexOf(exact, k + 1)) if (holds(from + k) && nearer(from + k, full)) full = from + k;
  if (full !== undefined) return { full, copies: [] };
  const copies: number[] = [];
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    if (holds(at)) {
      if (nearer(at, full)) full = at;
    } else copies.push(at);
  }
  copies.sort((a, b) => Math.abs(a - old) - Math.abs(b - old));
  return { full, copies: copies.slice(0, MAX_COPIES) };
}

/** Context on one side at least this long that stands unchanged places a passage by itself. */
const ONE_SIDE = 8;

/** Whether the whole stored prefix, or the whole suffix, stands unchanged beside `span` (and is long enough to mean it). */
function oneSideHolds(text: string, span: Span, prefix: string, suffix: string): boolean {
  return (prefix.length >= ONE_SIDE && contextHolds(text, span, prefix, '')) || (suffix.length >= ONE_SIDE && contextHolds(text, span, '', suffix));
}

interface Candidate {
  readonly span: Span;
  readonly similarity: number;
  readonly context: number;
}

/**
 * Re-anchor `annotation` against `newText`. Pass the same {@link AnchorText} (see
 * `prepareText`) for all annotations of one document to share its hash and search index.
 */
export function reanchor(annotation: Annotation, newText: string, prepared?: AnchorText): ReanchorResult {
  const doc = prepared && prepared.text === newText ? prepared : prepareText(newText);
  const [quote, pos] = annotation.target.selector;
  const { exact, prefix, suffix } = quote;
  if (annotation.target.textHash === doc.hash && annotation.status !== 'orphaned') {
    return { status: annotation.status, span: { start: pos.start, end: pos.end }, similarity: annotation.status === 'changed' ? undefined : 1 };
  }
  if (exact.length === 0) return { status: 'orphaned' };
  const text = doc.text;
  const here = { start: pos.start, end: pos.start + exact.length };
  if (text.startsWith(exact, pos.start) && contextHolds(text, here, prefix, suffix)) return { status: 'anchored', span: here, similarity: 1 };
  const found = occurrences(text, exact, prefix, suffix, pos.start);
  if (found.full !== undefined) {
    return { status: found.full === pos.start ? 'anchored' : 'moved', span: { start: found.full, end: found.full + exact.length }, similarity: 1 };
  }
  // No copy stands in the stored context. Its own place, found by that context: edited words.
  const own = placeBetweenContext(text, prefix, suffix, exact.length, pos.start);
  const ownSimilarity = own ? textSimilarity(exact, text.slice(own.start, own.end)) : 0;
  if (own && ownSimilarity >= MIN_SIMILARITY) return { status: 'changed', span: own, similarity: ownSimilarity };
  // Else weigh copies and fuzzy matches by their surroundings (the context was edited too):
  // exact copies first, as they are cheap; the fuzzy search only when none is at its place.
  const score = (span: Span, similarity: number): Candidate => ({ span, similarity, context: contextSimilarity(text, span, prefix, suffix) });
  const distance = (c: Candidate): number => Math.abs(c.span.start - pos.start);
  const atPlace = (c: Candidate): boolean => c.context >= MIN_CONTEXT_SIMILARITY || oneSideHolds(text, c.span, prefix, suffix);
  const byContext = (list: Candidate[]): Candidate | undefined =>
    [...list].sort((a, b) => Number(atPlace(b)) - Number(atPlace(a)) || b.context - a.context || b.similarity - a.similarity || distance(a) - distance(b))[0];
  const copies = found.copies.map((at) => score({ start: at, end: at + exact.length }, 1));
  const copy = byContext(copies);
  if (copy && !own && atPlace(copy)) return { status: 'changed', span: copy.span, similarity: 1 };
  const candidates = [...copies, ...fuzzyCandidates(doc, exact, pos.start).map((m) => score({ start: m.start, end: m.end }, m.similarity))];
  const best = byContext(candidates);
  if (best && !own && atPlace(best)) return { status: 'changed', span: best.span, similarity: best.similarity };
  const lookAlike = [...candidates].sort((a, b) => b.similarity - a.similarity || b.context - a.context || distance(a) - distance(b))[0];
  const offer = lookAlike?.span ?? own;
  return offer ? { status: 'orphaned', candidate: offer } : { status: 'orphaned' };
}

/**
 * For an orphaned annotation: the closest look-alike in `text` (the same or similar words in
 * other surroundings), to offer for re-attaching; undefined when there is none.
 */
export function lookAlikeOf(annotation: Annotation, text: string, prepared?: AnchorText): Span | undefined {
  const r = reanchor({ ...annotation, status: 'orphaned' }, text, prepared);
  return r.status === 'orphaned' ? r.candidate : undefined;
}

/**
 * The annotation as it should be stored after {@link reanchor}: position and text hash follow
 * the new text; the quote keeps the words the researcher chose (a `changed` annotation shows
 * both); an orphan keeps its last known position and hash so a restored text re-anchors it.
 */
export function withAnchor(annotation: Annotation, result: ReanchorResult, doc: AnchorText): Annotation {
  if (!result.span) return result.status === annotation.status ? annotation : { ...annotation, status: result.status };
  const [quote, pos] = annotation.target.selector;
  if (result.status === annotation.status && pos.start === result.span.start && pos.end === result.span.end &&
      annotation.target.textHash === doc.hash) return annotation;
  // Found where the editor followed it (a live-edit hint) in new surroundings: the context follows too.
  const refresh = (result.status === 'anchored' || result.status === 'moved') && !contextHolds(doc.text, result.span, quote.prefix, quote.suffix) &&
    doc.text.slice(result.span.start, result.span.end) === quote.exact;
  const kept = refresh ? createTarget(annotation.target.source, doc.text, result.span.start, result.span.end).selector[0] : quote;
  return {
    ...annotation,
    status: result.status,
    target: {
      ...annotation.target,
      selector: [kept, { type: 'TextPositionSelector', start: result.span.start, end: result.span.end }],
      textHash: doc.hash,
    },
  };
}
