/**
 * Sets of character positions as sorted, disjoint half-open intervals: coverage of a code in
 * a document, and the per-character coding of each coder for agreement, without ever
 * materialising one value per character.
 */

/** A half-open `[start, end)` range. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Union of intervals, sorted and disjoint, clipped to `[0, limit)` when a limit is given. */
export function unionOf(ranges: readonly Interval[], limit = Infinity): Interval[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(limit, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Number of positions in a union produced by {@link unionOf}. */
export function lengthOf(union: readonly Interval[]): number {
  let n = 0;
  for (const r of union) n += r.end - r.start;
  return n;
}

/**
 * Split `[0, length)` into stretches on which the membership in each of the `sets` is
 * constant; calls `visit(width, inside)` where `inside[i]` says whether the stretch is in
 * `sets[i]`. Each set must be a union from {@link unionOf}.
 */
export function sweep(length: number, sets: readonly (readonly Interval[])[], visit: (width: number, inside: readonly boolean[]) => void): void {
  const cuts = new Set<number>([0, length]);
  for (const set of sets) for (const r of set) {
    if (r.start < length) cuts.add(r.start);
    if (r.end < length) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const cursor = sets.map(() => 0);
  const inside = sets.map(() => false);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    for (let s = 0; s < sets.length; s++) {
      const set = sets[s];
      while (cursor[s] < set.length && set[cursor[s]].end <= from) cursor[s]++;
      const r = set[cursor[s]];
      inside[s] = r !== undefined && r.start <= from && from < r.end;
    }
    visit(points[i + 1] - from, inside);
  }
}
