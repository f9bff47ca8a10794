/** Timing and memory helpers for the benchmark: a monotonic clock, percentiles, throughput. */

/** Milliseconds from a monotonic clock with sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}

/** The `p`-th percentile (0–100) of `xs`, nearest-rank; NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median of `xs`. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Megabytes (10^6 bytes) per second. */
export function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether the process was started with `--expose-gc` (heap numbers need it). */
export const canCollect = typeof gc === 'function';

/**
 * Memory in use after a full collection (two passes, to settle weak references): the V8
 * heap, and the heap plus ArrayBuffers (typed arrays of the index live outside the heap).
 */
export function settledHeap(): { heap: number; withBuffers: number } {
  if (gc) { gc(); gc(); }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, withBuffers: m.heapUsed + m.arrayBuffers };
}

/** Round to `digits` decimals, keeping `null` for values that were not measured. */
export function round(x: number | null | undefined, digits = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
