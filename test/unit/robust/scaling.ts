/**
 * Growth checks for linear-time tests. Timing alone is noisy on a shared machine, so each
 * size is run several times and the fastest run counts (load only ever adds time), and the
 * bound is generous: a linear pass grows about 4× when its input grows 4×, a quadratic one
 * about 16×. A small floor keeps sub-millisecond runs from deciding anything.
 */
import * as assert from 'node:assert';

/** Fastest of `runs` runs of `fn`, in milliseconds. */
export function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Assert that `work(big)` costs at most `bound`× `work(small)` (plus `floorMs`), where `big`
 * is 4× `small`. Returns both times for the message.
 */
export function assertRoughlyLinear(label: string, make: (size: number) => () => void, small: number, bound = 7, floorMs = 30): void {
  const s = fastest(make(small));
  const b = fastest(make(small * 4));
  assert.ok(b <= bound * s + floorMs, `${label}: ${small} took ${s.toFixed(1)} ms, ${small * 4} took ${b.toFixed(1)} ms (> ${bound}× + ${floorMs} ms: super-linear)`);
}
