/**
 * Small selection helpers for the candidate stage: a bounded min-heap that keeps the best
 * `k` ids by key, and the k-th largest score so far (for early termination).
 */

/**
 * Add `w` to `acc[id]` for each of the ascending `ids[0..n)` that the sorted `list` holds,
 * by galloping through the list: O(n log(list / n)), for a few ids against a long list.
 */
export function addWhereListed(list: Uint32Array, ids: Int32Array, n: number, acc: Float32Array, w: number): void {
  const len = list.length;
  let pos = 0;
  for (let t = 0; t < n && pos < len; t++) {
    const id = ids[t];
    let step = 1;
    let hi = pos;
    while (hi < len && list[hi] < id) { pos = hi + 1; hi += step; step <<= 1; }
    if (hi >= len) hi = len - 1;
    while (pos < hi) {
      const mid = (pos + hi) >> 1;
      if (list[mid] < id) pos = mid + 1; else hi = mid;
    }
    if (list[pos] === id) acc[id] += w;
  }
}

/** How many of `values[ids[0..n)]` exceed `bound` (a cheap test before a selection). */
export function countAbove(values: Float32Array, ids: Int32Array, n: number, bound: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (values[ids[i]] > bound) c++;
  return c;
}

/**
 * The `k`-th largest of `values[ids[0..n)]` (k ≥ 1, n ≥ k), by quickselect on a copy in
 * `scratch` (grown as needed and returned for reuse). O(n) on average.
 */
export function kthLargest(values: Float32Array, ids: Int32Array, n: number, k: number, scratch: Float64Array): { value: number; scratch: Float64Array } {
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  for (let i = 0; i < n; i++) scratch[i] = values[ids[i]];
  let lo = 0;
  let hi = n - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i] > pivot) i++;
      while (scratch[j] < pivot) j--;
      if (i <= j) { const t = scratch[i]; scratch[i] = scratch[j]; scratch[j] = t; i++; j--; }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return { value: scratch[target], scratch };
}

/** Fixed-size min-heap keeping the `k` best ids by key. */
export class TopK {
  private ids: number[] = [];
  private keys: number[] = [];
  constructor(private readonly k: number) {}

  offer(id: number, key: number): void {
    if (this.ids.length < this.k) {
      this.ids.push(id); this.keys.push(key);
      this.up(this.ids.length - 1);
    } else if (key > this.keys[0]) {
      this.ids[0] = id; this.keys[0] = key;
      this.down(0);
    }
  }

  /** Ids best first. */
  drain(): number[] {
    const order = this.ids.map((id, i) => ({ id, key: this.keys[i] }));
    order.sort((a, b) => b.key - a.key || a.id - b.id);
    return order.map((o) => o.id);
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p] <= this.keys[i]) break;
      this.swap(i, p); i = p;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < n && this.keys[l] < this.keys[m]) m = l;
      if (r < n && this.keys[r] < this.keys[m]) m = r;
      if (m === i) return;
      this.swap(i, m); i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
  }
}
