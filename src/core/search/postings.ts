/**
 * Growable posting lists of item ids, one per gram. Appends come in batches and
 * `trim()` gives memory back after a bulk build; ids only ever grow, so each list stays
 * sorted without work.
 */

/** Posting lists of all grams, indexed by gram id. */
export class PostingLists {
  private lists: Uint32Array[] = [];
  private sizes = new Int32Array(1024);

  /** Number of grams with a list. */
  get count(): number {
    return this.lists.length;
  }

  /** Open a new (empty) list and return its gram id. */
  open(): number {
    const id = this.lists.length;
    this.lists.push(new Uint32Array(2));
    if (id >= this.sizes.length) {
      const bigger = new Int32Array(this.sizes.length * 2);
      bigger.set(this.sizes);
      this.sizes = bigger;
    }
    return id;
  }

  /**
   * Append many `(gram, item)` pairs at once (items ascending per gram). A counting sort
   * groups them by gram so each list grows once per batch: far cheaper than one push per
   * pair when building hundreds of thousands of items.
   */
  appendBatch(grams: Int32Array, items: Uint32Array, n: number): void {
    const count = new Int32Array(this.lists.length + 1);
    for (let i = 0; i < n; i++) count[grams[i] + 1]++;
    for (let g = 0; g < this.lists.length; g++) count[g + 1] += count[g];
    const sorted = new Uint32Array(n);
    const fill = count.slice(0, this.lists.length);
    for (let i = 0; i < n; i++) sorted[fill[grams[i]]++] = items[i];
    for (let g = 0; g < this.lists.length; g++) {
      const from = count[g];
      const add = count[g + 1] - from;
      if (add === 0) continue;
      const size = this.sizes[g];
      let list = this.lists[g];
      if (size + add > list.length) {
        const bigger = new Uint32Array(Math.max(size + add, list.length * 2));
        bigger.set(list.subarray(0, size));
        this.lists[g] = list = bigger;
      }
      list.set(sorted.subarray(from, from + add), size);
      this.sizes[g] = size + add;
    }
  }

  /** The live part of a gram's list (a view; do not keep it across writes). */
  get(gram: number): Uint32Array {
    return this.lists[gram].subarray(0, this.sizes[gram]);
  }

  /** Length of a gram's list (document frequency, tombstones included). */
  size(gram: number): number {
    return this.sizes[gram];
  }

  /** Replace a gram's list wholesale (used by compaction and deserialisation). */
  set(gram: number, ids: Uint32Array): void {
    this.lists[gram] = ids;
    this.sizes[gram] = ids.length;
  }

  /** Shrink every list to its size, returning slack from doubling. */
  trim(): void {
    for (let g = 0; g < this.lists.length; g++) {
      const n = this.sizes[g];
      if (this.lists[g].length !== n) this.lists[g] = this.lists[g].slice(0, n);
    }
  }

  /** Bytes held by list storage (capacity, not just size). */
  bytes(): number {
    let total = this.sizes.byteLength;
    for (const l of this.lists) total += l.byteLength + 64;
    return total;
  }
}
