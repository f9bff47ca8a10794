/**
 * Growable posting lists of item ids, one per gram. Appends come in batches and
 * `trim()` gives memory back after a bulk build; a later small update regrows only the
 * lists it touches. Ids only ever grow, so each list stays sorted without work.
 */

/** Posting lists of all grams, indexed by gram id. */
export class PostingLists {
  private lists: Uint32Array[] = [];
  private sizes = new Int32Array(1024);
  /** Scratch for `appendBatch`: pairs per gram (all zero between batches) and grams touched. */
  private counts = new Int32Array(1024);
  private touched = new Int32Array(1024);

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
   * Append many `(gram, item)` pairs at once (items ascending per gram). Only the grams the
   * batch touches are visited: each is grown once (doubling, so a trimmed list pays one copy
   * and later batches none) and then filled in pair order. An update of one document thus
   * costs its own pairs, not a pass over every gram of the corpus.
   */
  appendBatch(grams: Int32Array, items: Uint32Array, n: number): void {
    if (this.counts.length < this.lists.length) this.counts = new Int32Array(Math.max(this.lists.length, this.counts.length * 2));
    const counts = this.counts;
    let touched = this.touched;
    let nTouched = 0;
    for (let i = 0; i < n; i++) {
      const g = grams[i];
      if (counts[g]++ === 0) {
        if (nTouched === touched.length) {
          const bigger = new Int32Array(touched.length * 2);
          bigger.set(touched);
          touched = bigger;
        }
        touched[nTouched++] = g;
      }
    }
    this.touched = touched;
    const sizes = this.sizes;
    for (let t = 0; t < nTouched; t++) {
      const g = touched[t];
      const size = sizes[g];
      const list = this.lists[g];
      if (size + counts[g] > list.length) {
        const bigger = new Uint32Array(Math.max(size + counts[g], list.length * 2));
        bigger.set(list.subarray(0, size));
        this.lists[g] = bigger;
      }
      counts[g] = 0;
    }
    const lists = this.lists;
    for (let i = 0; i < n; i++) {
      const g = grams[i];
      lists[g][sizes[g]++] = items[i];
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

  /** Shrink every list to its size, returning slack from doubling (tight lists are left alone). */
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
