/**
 * Keeping annotation ranges in step with live typing, before the document is saved and
 * re-anchored. Changes use VS Code's `contentChanges` convention: ranges refer to the text
 * before the event and do not overlap.
 */
import type { Span } from '../types';

/** One replacement of `[start, end)` (offsets before the edit) by `text`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Later changes first, so earlier offsets stay valid while applying. */
function descending(changes: readonly TextChange[]): TextChange[] {
  return [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
}

/**
 * Where `span` is after `changes`. Typing at either edge does not grow the range; an edit
 * inside grows or shrinks it; an edit across an edge trims the range to what survives; deleting
 * the whole range collapses it to an empty span (re-anchoring then marks it changed or orphaned).
 */
export function applyEdits(span: Span, changes: readonly TextChange[]): Span {
  let { start, end } = span;
  for (const c of descending(changes)) {
    const delta = c.text.length - (c.end - c.start);
    if (c.end <= start) {
      start += delta;
      end += delta;
    } else if (c.start >= end) {
      continue;
    } else if (c.start >= start && c.end <= end) {
      end += delta;
    } else if (c.start < start && c.end < end) {
      start = c.start + c.text.length;
      end += delta;
    } else if (c.start >= start) {
      end = c.start;
    } else {
      start = c.start;
      end = c.start;
    }
  }
  return { start, end };
}

/** The text after `changes` (same convention as {@link applyEdits}). */
export function applyEditsToText(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of descending(changes)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}
