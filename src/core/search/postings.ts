/**
 * Growable posting lists of item ids, one per gram. Appends come in batches and
 * `trim()` gives memory back after a bulk build. Ids only ever grow, so each list stays
 * sorted without work.
 *
 * After a trim, lists are tight; an update of one document would have to regrow (copy)
 * every list it touches — for common grams nearly the whole index. So appends that do
 * not fit go to a small per-gram tail instead, and a list is grown and merged with its
 * tail only when it is next read: a document update costs its own pairs, and a query
 * pays only for the few grams it reads.
 */

/** Batches at least this large are bulk builds: full lists grow in place, no tails. */
const BULK_BATCH = 1 << 16;

/** Posting lists of all grams, indexed by gram id. */
export class PostingLists {
  private lists: Uint32Array[] = [];
  /** Ids stored in `lists[g]` (the rest of its capacity is free). */
  private sizes = new Int32Array(1024);
  /** Appended ids not yet merged into `lists[g]` (ascending, all above the list's ids). */
  private tails: (number[] | undefined)[] = [];
  /** Grams that have a tail (some may have been merged since). */
  private tailGrams: number[] = [];

  /** Number of grams with a list. */
  get count(): number {
    return this.lists.length;
  }

  /** Open a new (empty) list and return its gram id. */
  open(): number {
    const id = this.lists.length;
    this.lists.push(new Uint32Array(2));
    this.tails.push(undefined);
    if (id >= this.sizes.length) {
      const bigger = new Int32Array(this.sizes.length * 2);
      bigger.set(this.sizes);
      this.sizes = bigger;
    }
    return id;
  }

  /**
   * Append many `(gram, item)` pairs at once (items ascending per gram, as they are added).
   * Pairs go into free capacity; a full list is grown in place (doubling) in a bulk build,
   * else the pair waits in the gram's tail (a plain array: allocating a typed array per
   * touched gram would cost more than the update itself).
   */
  appendBatch(grams: Int32Array, items: Uint32Array, n: number): void {
    const bulk = n >= BULK_BATCH;
    const lists = this.lists;
    const sizes = this.sizes;
    const tails = this.tails;
    for (let i = 0; i < n; i++) {
      const g = grams[i];
      const tail = tails[g];
      let list = lists[g];
      if (bulk && !tail && sizes[g] === list.length) {
        const bigger = new Uint32Array(Math.max(4, list.length * 2));
        bigger.set(list);
        lists[g] = list = bigger;
      }
      const size = sizes[g];
      if (!tail && size < list.length) {
        list[size] = items[i];
        sizes[g] = size + 1;
      } else if (tail) tail.push(items[i]);
      else {
        tails[g] = [items[i]];
        // Merged grams leave stale entries; drop them before the list outgrows the grams.
        if (this.tailGrams.length >= lists.length) this.tailGrams = this.tailGrams.filter((t) => tails[t] !== undefined);
        this.tailGrams.push(g);
      }
    }
  }

  /** The live part of a gram's list (a view; do not keep it across writes). */
  get(gram: number): Uint32Array {
    if (this.tails[gram]) this.merge(gram);
    return this.lists[gram].subarray(0, this.sizes[gram]);
  }

  /** Length of a gram's list (document frequency, tombstones included). */
  size(gram: number): number {
    const tail = this.tails[gram];
    return this.sizes[gram] + (tail ? tail.length : 0);
  }

  /** Replace a gram's list wholesale (used by compaction and deserialisation). */
  set(gram: number, ids: Uint32Array): void {
    this.tails[gram] = undefined;
    this.lists[gram] = ids;
    this.sizes[gram] = ids.length;
  }

  /** Merge every pending tail and shrink every list to its size, returning slack from growth. */
  trim(): void {
    for (const g of this.tailGrams) this.merge(g);
    this.tailGrams = [];
    for (let g = 0; g < this.lists.length; g++) {
      const n = this.sizes[g];
      if (this.lists[g].length !== n) this.lists[g] = this.lists[g].slice(0, n);
    }
  }

  /** Move a gram's tail into its list, growing the list by an eighth (plus the tail) at most. */
  private merge(gram: number): void {
    const tail = this.tails[gram];
    if (!tail) return;
    this.tails[gram] = undefined;
    const size = this.sizes[gram];
    let list = this.lists[gram];
    const need = size + tail.length;
    if (need > list.length) {
      const bigger = new Uint32Array(need + (need >> 3) + 8);
      bigger.set(list.subarray(0, size));
      this.lists[gram] = list = bigger;
    }
    list.set(tail, size);
    this.sizes[gram] = need;
  }
}
