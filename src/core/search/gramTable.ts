/**
 * Open-addressing hash table from gram code (an integer below 2^53, stored as a double) to
 * gram id. Faster than a `Map` for these keys: most codes exceed the small-integer range, so
 * a `Map` would box each one, and indexing looks codes up tens of millions of times.
 */
import { gramText } from './tokenize';

export class GramTable {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  private used = 0;

  /** `capacity`: initial slots (a power of two); the table doubles when half full. */
  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.vals = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Number of codes stored. */
  get size(): number {
    return this.used;
  }

  /** Id of `code`, or -1 when absent. */
  get(code: number): number {
    let i = hash(code) & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === code) return this.vals[i];
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Store `code → id` (code must be absent). */
  set(code: number, id: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.resize();
    let i = hash(code) & this.mask;
    while (this.keys[i] !== -1) i = (i + 1) & this.mask;
    this.keys[i] = code;
    this.vals[i] = id;
    this.used++;
  }

  /** Every `[code, id]` pair, in no particular order. */
  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== -1) yield [this.keys[i], this.vals[i]];
  }

  private resize(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Float64Array(oldK.length * 2).fill(-1);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    this.used = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== -1) this.set(oldK[i], oldV[i]);
  }
}

function hash(code: number): number {
  const lo = code >>> 0;
  const hi = (code / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** Size of the `WeightTable` pre-filter (a power of two). */
const FILTER_SIZE = 4096;

/** Query gram weights keyed by gram code; `get` is 0 for grams not in the query. */
export class WeightTable {
  private readonly table: GramTable;
  private readonly weights: Float64Array;
  /** Each gram as text (padding spaces included) with its weight, heaviest first, for substring scans. */
  readonly texts: readonly { readonly text: string; readonly weight: number }[];
  /** Low bits of every query gram code: most grams of a text are rejected by one read. */
  private readonly filter = new Uint8Array(FILTER_SIZE);

  constructor(grams: readonly { readonly code: number; readonly weight: number }[]) {
    // A query has a few dozen grams: a small table, not the index-sized default.
    let size = 16;
    while (size < grams.length * 2) size *= 2;
    this.table = new GramTable(size);
    this.weights = new Float64Array(grams.length);
    grams.forEach((g, i) => {
      if (this.table.get(g.code) >= 0) return;
      this.table.set(g.code, i);
      this.weights[i] = g.weight;
    });
    for (const g of grams) this.filter[g.code & (FILTER_SIZE - 1)] = 1;
    this.texts = grams.map((g) => ({ text: gramText(g.code), weight: g.weight })).sort((a, b) => b.weight - a.weight);
  }

  /** Weight of a gram code, 0 when the query lacks it. */
  get(code: number): number {
    if (this.filter[code & (FILTER_SIZE - 1)] === 0) return 0;
    const i = this.table.get(code);
    return i < 0 ? 0 : this.weights[i];
  }
}
