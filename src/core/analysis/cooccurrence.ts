/**
 * Code co-occurrence, two ways: segments that overlap (share at least one character, or are
 * one segment carrying both codes), and codes that meet in the same passage (paragraph, list
 * item…). Codes are counted as applied, without rolling up to parents, so a parent does not
 * trivially co-occur with its own children.
 */
import type { Interval } from './intervals';
import type { Segment } from './segments';

/** A symmetric code × code table; the diagonal holds each code's own count. */
export interface CooccurrenceTable {
  readonly codes: readonly string[];
  /**
   * `overlap[i][j]` (i ≠ j): pairs of codings — code i applied to one segment, code j to the
   * same or an overlapping segment of the same document. `overlap[i][i]`: segments coded i.
   */
  readonly overlap: readonly (readonly number[])[];
  /** `passage[i][j]`: passages in which both codes are applied (empty without passages). */
  readonly passage: readonly (readonly number[])[];
}

/** Co-occurrence of every code used. `passagesOf` gives a document's passage spans. */
export function cooccurrence(segments: readonly Segment[], passagesOf?: (path: string) => readonly Interval[] | undefined): CooccurrenceTable {
  const codes = [...new Set(segments.flatMap((s) => s.tags))].sort();
  const at = new Map(codes.map((c, i) => [c, i]));
  const grid = (): number[][] => codes.map(() => codes.map(() => 0));
  const overlap = grid();
  const passage = grid();
  const byDoc = new Map<string, Segment[]>();
  for (const s of segments) (byDoc.get(s.path) ?? byDoc.set(s.path, []).get(s.path)!).push(s);
  for (const [path, list] of byDoc) {
    const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      const own = [...new Set(a.tags)].map((t) => at.get(t)!);
      for (const x of own) for (const y of own) overlap[x][y] += 1;
      for (let j = i + 1; j < sorted.length && sorted[j].start < a.end; j++) {
        const b = sorted[j];
        for (const x of own) for (const y of new Set(b.tags)) {
          const k = at.get(y)!;
          if (x === k) continue;
          overlap[x][k] += 1;
          overlap[k][x] += 1;
        }
      }
    }
    // Each segment marks the passages it touches (binary search for the first, then walk on).
    const passages = passagesOf?.(path) ?? [];
    const inPassage = new Map<number, Set<number>>();
    // Starts and ends both ascending (the parser's order) allow the search; otherwise scan all.
    const ordered = passages.every((p, i) => i === 0 || (p.start >= passages[i - 1].start && p.end >= passages[i - 1].end));
    for (const s of sorted) {
      let lo = 0;
      let hi = ordered ? passages.length : 0;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (passages[mid].end <= s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < passages.length && (!ordered || passages[k].start < s.end); k++) {
        if (passages[k].end <= s.start || passages[k].start >= s.end) continue;
        const set = inPassage.get(k) ?? inPassage.set(k, new Set()).get(k)!;
        for (const t of s.tags) set.add(at.get(t)!);
      }
    }
    for (const inside of inPassage.values()) for (const x of inside) for (const y of inside) passage[x][y] += 1;
  }
  return { codes, overlap, passage };
}
