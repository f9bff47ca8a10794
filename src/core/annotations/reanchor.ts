/**
 * Finding an annotation again in a document that changed. In order: the stored position
 * still holds the quote in its context (anchored); the quote occurs elsewhere, chosen by
 * prefix/suffix agreement then nearness (moved); a bounded fuzzy match (changed); otherwise
 * orphaned — the annotation keeps its last known selectors and is never dropped.
 */
import type { Span } from '../types';
import type { Annotation, AnnotationStatus } from './types';
import { AnchorText, prepareText } from './anchorText';
import { fuzzyFind } from './fuzzy';

/** Outcome of {@link reanchor}; `span` is absent only when orphaned. */
export interface ReanchorResult {
  readonly status: AnnotationStatus;
  readonly span?: Span;
  /** For `changed`: how close the new text is to the quote, in [0, 1]. */
  readonly similarity?: number;
}

/** Occurrences this far from the old position are tried first, before a whole-text scan. */
const LOCAL_WINDOW = 4096;
/** Quotes shorter than this need some surrounding context to agree before a far copy is trusted. */
const SHORT_QUOTE = 8;
const MIN_CONTEXT_FOR_SHORT = 4;
const MAX_OCCURRENCES = 20000;

/** Characters of `prefix` (from its end) that agree with the text just before `at`. */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let k = 0;
  while (k < prefix.length && at - k - 1 >= 0 && text.charCodeAt(at - k - 1) === prefix.charCodeAt(prefix.length - k - 1)) k++;
  return k;
}

/** Characters of `suffix` (from its start) that agree with the text from `at`. */
function suffixAgreement(text: string, at: number, suffix: string): number {
  let k = 0;
  while (k < suffix.length && at + k < text.length && text.charCodeAt(at + k) === suffix.charCodeAt(k)) k++;
  return k;
}

interface Choice {
  start: number;
  context: number;
}

function better(a: Choice, b: Choice | undefined, old: number): boolean {
  return !b || a.context > b.context || (a.context === b.context && Math.abs(a.start - old) < Math.abs(b.start - old));
}

/** Best exact occurrence of the quote, or undefined when there is none worth trusting. */
function chooseOccurrence(text: string, exact: string, prefix: string, suffix: string, old: number): Choice | undefined {
  const full = prefix.length + suffix.length;
  const score = (at: number): number => prefixAgreement(text, at, prefix) + suffixAgreement(text, at + exact.length, suffix);
  // Local pass: an occurrence with full context near the old place cannot be beaten.
  let best: Choice | undefined;
  const from = Math.max(0, old - LOCAL_WINDOW);
  // Search a slice, so a unique quote does not make indexOf run to the end of a long text.
  const near = text.slice(from, old + LOCAL_WINDOW + exact.length);
  for (let k = near.indexOf(exact); k >= 0; k = near.indexOf(exact, k + 1)) {
    const c = { start: from + k, context: score(from + k) };
    if (c.context === full && better(c, best, old)) best = c;
  }
  if (best) return best;
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    const c = { start: at, context: score(at) };
    if (better(c, best, old)) best = c;
  }
  if (best && exact.length < SHORT_QUOTE && best.context < Math.min(MIN_CONTEXT_FOR_SHORT, full)) return undefined;
  return best;
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
  if (text.startsWith(exact, pos.start) &&
      prefixAgreement(text, pos.start, prefix) === prefix.length &&
      suffixAgreement(text, pos.start + exact.length, suffix) === suffix.length) {
    return { status: 'anchored', span: { start: pos.start, end: pos.start + exact.length }, similarity: 1 };
  }
  const found = chooseOccurrence(text, exact, prefix, suffix, pos.start);
  if (found) {
    const span = { start: found.start, end: found.start + exact.length };
    return { status: found.start === pos.start ? 'anchored' : 'moved', span, similarity: 1 };
  }
  const fuzzy = fuzzyFind(doc, exact, pos.start);
  if (fuzzy) return { status: 'changed', span: { start: fuzzy.start, end: fuzzy.end }, similarity: fuzzy.similarity };
  return { status: 'orphaned' };
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
  return {
    ...annotation,
    status: result.status,
    target: {
      ...annotation.target,
      selector: [quote, { type: 'TextPositionSelector', start: result.span.start, end: result.span.end }],
      textHash: doc.hash,
    },
  };
}
