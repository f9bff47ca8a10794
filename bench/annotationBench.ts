/**
 * Re-anchoring after edits: 10k annotations spread over the corpus, a few random edits to
 * every annotated document (inserted sentences, deletions, replaced words — some inside
 * annotated text), then every annotation re-anchored against its document's new text.
 */
import type { CorpusModel } from '../src/core/corpus/model';
import { createTarget } from '../src/core/annotations/selectors';
import { prepareText } from '../src/core/annotations/anchorText';
import { reanchor } from '../src/core/annotations/reanchor';
import { applyEditsToText, type TextChange } from '../src/core/annotations/edits';
import type { Annotation, AnnotationStatus } from '../src/core/annotations/types';
import { now } from './stats';
import { seededRandom } from './synthetic';

export interface ReanchorRun {
  readonly ms: number;
  /**
   * Of `ms`: preparing each edited text. Hash, matching form and trigram index are all built
   * lazily on first use, so their cost is inside the re-anchoring that needs them (and in
   * `fuzzyMs` when a fuzzy annotation is the first of its document to need the hash).
   */
  readonly prepareMs: number;
  /** Of `ms`: annotations that needed the fuzzy search (status changed or orphaned). */
  readonly fuzzyMs: number;
  readonly annotations: number;
  readonly documents: number;
  readonly statuses: Record<AnnotationStatus, number>;
}

function randomEdits(r: () => number, text: string, count: number): TextChange[] {
  const out: TextChange[] = [];
  // Non-overlapping: one edit per equal slice of the text.
  const slice = Math.floor(text.length / count);
  for (let k = 0; k < count; k++) {
    const start = k * slice + Math.floor(r() * Math.max(1, slice - 40));
    const op = Math.floor(r() * 3);
    if (op === 0) out.push({ start, end: start, text: ' An inserted clause on review duties. ' });
    else if (op === 1) out.push({ start, end: start + 1 + Math.floor(r() * 30), text: '' });
    else out.push({ start, end: start + 4, text: '修订' });
  }
  return out;
}

/** Create `count` annotations, edit their documents, and time re-anchoring all of them. */
export function reanchorAfterEdits(model: CorpusModel, count = 10_000): ReanchorRun {
  const r = seededRandom(21);
  const docs = model.documents().filter((d) => d.parsed.passages.length > 0);
  const byDoc = new Map<string, Annotation[]>();
  for (let i = 0; i < count; i++) {
    const doc = docs[i % docs.length];
    const p = doc.parsed.passages[Math.floor(r() * doc.parsed.passages.length)];
    const len = Math.min(p.span.end - p.span.start, 12 + Math.floor(r() * 60));
    const start = p.span.start + Math.floor(r() * (p.span.end - p.span.start - len + 1));
    const a: Annotation = {
      id: `bench-${i}`, target: createTarget(doc.path, doc.parsed.text, start, start + len), tags: [], links: [],
      created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', status: 'anchored',
    };
    const list = byDoc.get(doc.path) ?? [];
    list.push(a);
    byDoc.set(doc.path, list);
  }
  const edited = new Map<string, string>();
  for (const path of byDoc.keys()) {
    const text = model.get(path)!.parsed.text;
    // Encoded and decoded again, as a saved file is read back: a flat string, not a rope of edits.
    const changed = applyEditsToText(text, randomEdits(r, text, 3 + Math.floor(r() * 4)));
    edited.set(path, new TextDecoder().decode(new TextEncoder().encode(changed)));
  }
  const statuses: Record<AnnotationStatus, number> = { anchored: 0, moved: 0, changed: 0, orphaned: 0 };
  let prepareMs = 0;
  let fuzzyMs = 0;
  const t0 = now();
  for (const [path, list] of byDoc) {
    const text = edited.get(path)!;
    const tp = now();
    const prepared = prepareText(text);
    prepareMs += now() - tp;
    for (const a of list) {
      const ta = now();
      const status = reanchor(a, text, prepared).status;
      if (status === 'changed' || status === 'orphaned') fuzzyMs += now() - ta;
      statuses[status]++;
    }
  }
  return { ms: now() - t0, prepareMs, fuzzyMs, annotations: count, documents: byDoc.size, statuses };
}
