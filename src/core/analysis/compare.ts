/**
 * Where coders differ: for one document, the stretches on which some but not all of the
 * compared coders applied a code — what the Compare Coders view highlights, each stretch with
 * who coded it, in document order for next/previous.
 */
import { sweep, unionOf, type Interval } from './intervals';
import { hasCode, type Segment } from './segments';

/** A stretch of text coded with `code` by `coders` only (a proper, non-empty subset). */
export interface Difference {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly coders: readonly string[];
}

/**
 * Differences in one document between `coders` for each code (or only `code`, sub-codes
 * included). Adjacent stretches with the same code and coders are joined. Sorted by start.
 */
export function differences(segments: readonly Segment[], path: string, coders: readonly string[], length: number, code?: string): Difference[] {
  const mine = segments.filter((s) => s.path === path && coders.includes(s.coder));
  const codes = code !== undefined ? [code] : [...new Set(mine.flatMap((s) => s.tags))].sort();
  const out: Difference[] = [];
  for (const c of codes) {
    const unions = coders.map((who) => unionOf(mine.filter((s) => s.coder === who && (code !== undefined ? hasCode(s, c) : s.tags.includes(c))) as Interval[], length));
    let at = 0;
    sweep(length, unions, (width, inside) => {
      const who = coders.filter((_, i) => inside[i]);
      if (who.length > 0 && who.length < coders.length) {
        const last = out[out.length - 1];
        if (last && last.code === c && last.end === at && last.coders.join('\u0000') === who.join('\u0000')) out[out.length - 1] = { ...last, end: at + width };
        else out.push({ start: at, end: at + width, code: c, coders: who });
      }
      at += width;
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : 1));
}
