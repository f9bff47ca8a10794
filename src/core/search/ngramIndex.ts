/**
 * Character n-gram inverted index: the fast, typo-tolerant first stage of search. It finds
 * the ~200 items whose grams best cover the query's (rare grams weigh more, like idf), and
 * leaves precise ranking to a re-ranker over short strings. Items are opaque to it: each has
 * a `group` (e.g. a document), a `kind` and a `ref` the owner interprets. Removal leaves
 * tombstones that searches skip; postings are compacted once enough are dead.
 */
import { PostingLists } from './postings';
import { collectGrams, GramBuffer, type QueryGram } from './tokenize';
import { GramTable } from './gramTable';
import { addWhereListed, countAbove, kthLargest, TopK } from './topK';
import { foldForMatch } from '../text/normalize';

/** One first-stage hit. `coverage` is the weighted share of query grams found (0..1). */
export interface Candidate {
  readonly id: number;
  readonly coverage: number;
}

export interface CandidateOptions {
  /** How many candidates to keep (default 200). */
  readonly limit?: number;
  /** Bit mask of item kinds to consider (bit `1 << kind`); all kinds when absent. */
  readonly kindMask?: number;
  /** Minimum coverage to keep an item (default 0.2). */
  readonly minCoverage?: number;
}

const buffer = new GramBuffer();
/** Ranking bonus (at most) for short items, on top of coverage: titles beat long paragraphs on ties. */
const SHORT_BONUS = 0.02;
/** Pairs buffered before a batch append (8 MB). */
const PENDING = 1 << 20;

function grow<T extends Int32Array | Uint8Array | Float32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const bigger = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  bigger.set(a);
  return bigger;
}

/** The arrays that make up an index, for the binary codec. */
export interface IndexParts {
  readonly group: Int32Array;
  readonly kind: Uint8Array;
  readonly ref: Int32Array;
  readonly length: Int32Array;
  readonly alive: Uint8Array;
  /** Gram code of gram id `g`. */
  readonly codes: Float64Array;
  /** Posting list of gram id `g` (sorted item ids). */
  readonly lists: readonly Uint32Array[];
}

/** The candidate index itself; see the module comment. Ids are stable for an item's life. */
export class NgramIndex {
  /** gram code → gram id */
  readonly gramIds = new GramTable();
  readonly postings = new PostingLists();
  private n = 0;
  private dead = 0;
  /** Dead ids that posting lists still hold. */
  private stale = 0;
  /** Per-item columns, indexed by item id (read them; only the index writes them). */
  group = new Int32Array(256);
  kind = new Uint8Array(256);
  ref = new Int32Array(256);
  length = new Int32Array(256);
  alive = new Uint8Array(256);
  /** `1 << kind` for a live item, 0 for a removed one: one read tests both in the hot loop. */
  private bits = new Uint8Array(256);
  private stamp = new Int32Array(1024);
  private acc = new Float32Array(256);
  private touched = new Int32Array(1024);
  private scratch: Float64Array = new Float64Array(1024);
  private pendGram = new Int32Array(4096);
  private pendItem = new Uint32Array(4096);
  private pending = 0;

  /** Items ever added (ids are `0 … itemCount-1`; some may be removed). */
  get itemCount(): number {
    return this.n;
  }

  /** Items currently searchable. */
  get liveCount(): number {
    return this.n - this.dead;
  }

  /** Distinct grams known. */
  get gramCount(): number {
    return this.postings.count;
  }

  /** Index `text` as a new item and return its id. */
  addItem(group: number, kind: number, ref: number, text: string): number {
    const id = this.reserve(group, kind, ref, text.length);
    const count = collectGrams(foldForMatch(text), buffer);
    const codes = buffer.codes;
    for (let i = 0; i < count; i++) {
      const code = codes[i];
      let g = this.gramIds.get(code);
      if (g < 0) {
        g = this.postings.open();
        this.gramIds.set(code, g);
        this.stamp = grow(this.stamp, g + 1);
        this.stamp[g] = -1;
      }
      if (this.stamp[g] === id) continue;
      this.stamp[g] = id;
      if (this.pending === this.pendGram.length) this.makeRoom();
      this.pendGram[this.pending] = g;
      this.pendItem[this.pending++] = id;
    }
    return id;
  }

  private makeRoom(): void {
    if (this.pending >= PENDING) { this.flush(); return; }
    this.pendGram = grow(this.pendGram, this.pending * 2);
    const items = new Uint32Array(this.pending * 2);
    items.set(this.pendItem);
    this.pendItem = items;
  }

  /** Move buffered `(gram, item)` pairs into the posting lists; every reader calls this first. */
  flush(): void {
    if (this.pending === 0) return;
    this.postings.appendBatch(this.pendGram, this.pendItem, this.pending);
    this.pending = 0;
  }

  /** Allocate an item slot without grams (used by deserialisation too). */
  reserve(group: number, kind: number, ref: number, length: number): number {
    const id = this.n++;
    if (id >= this.group.length) {
      const cap = id * 2;
      this.group = grow(this.group, cap);
      this.kind = grow(this.kind, cap);
      this.ref = grow(this.ref, cap);
      this.length = grow(this.length, cap);
      this.alive = grow(this.alive, cap);
      this.bits = grow(this.bits, cap);
    }
    this.group[id] = group;
    this.kind[id] = kind;
    this.ref[id] = ref;
    this.length[id] = length;
    this.alive[id] = 1;
    this.bits[id] = 1 << kind;
    return id;
  }

  /** Tombstone items `[first, first+count)`; compacts postings when a quarter is dead. */
  removeRange(first: number, count: number): void {
    this.flush();
    for (let id = first; id < first + count; id++) {
      if (this.alive[id]) { this.alive[id] = 0; this.bits[id] = 0; this.dead++; this.stale++; }
    }
    if (this.stale > 1000 && this.stale * 4 > this.liveCount) this.compact();
  }

  /** Drop tombstoned ids from every posting list. */
  compact(): void {
    this.flush();
    for (let g = 0; g < this.postings.count; g++) {
      const list = this.postings.get(g);
      let keep = 0;
      for (let i = 0; i < list.length; i++) if (this.alive[list[i]]) keep++;
      if (keep === list.length) continue;
      const out = new Uint32Array(keep);
      let k = 0;
      for (let i = 0; i < list.length; i++) if (this.alive[list[i]]) out[k++] = list[i];
      this.postings.set(g, out);
    }
    // Dead slots stay (ids are stable), but no posting points at them any more.
    this.stale = 0;
  }

  /** Inverse document frequency of a gram code, as the candidate stage weighs it. */
  idf(code: number): number {
    this.flush();
    const g = this.gramIds.get(code);
    return Math.log(1 + Math.max(1, this.liveCount) / ((g < 0 ? 0 : this.postings.size(g)) + 1));
  }

  /**
   * Raw parts for serialisation (compacts first so no posting names a dead item). The lists
   * are views of the live postings (the codec copies them), so serialising never shrinks
   * the index and the next update does not pay to regrow it.
   */
  exportParts(): IndexParts {
    this.flush();
    if (this.stale > 0) this.compact();
    const codes = new Float64Array(this.postings.count);
    for (const [code, g] of this.gramIds.entries()) codes[g] = code;
    const lists: Uint32Array[] = [];
    for (let g = 0; g < this.postings.count; g++) lists.push(this.postings.get(g));
    const n = this.n;
    return {
      group: this.group.subarray(0, n), kind: this.kind.subarray(0, n), ref: this.ref.subarray(0, n),
      length: this.length.subarray(0, n), alive: this.alive.subarray(0, n), codes, lists,
    };
  }

  /** Rebuild an index from parts produced by `exportParts` (the arrays are copied). */
  static fromParts(p: IndexParts): NgramIndex {
    const ix = new NgramIndex();
    for (let id = 0; id < p.group.length; id++) {
      ix.reserve(p.group[id], p.kind[id], p.ref[id], p.length[id]);
      if (!p.alive[id]) { ix.alive[id] = 0; ix.bits[id] = 0; ix.dead++; }
    }
    for (let g = 0; g < p.codes.length; g++) {
      const id = ix.postings.open();
      ix.postings.set(id, p.lists[g].slice());
      ix.gramIds.set(p.codes[g], id);
    }
    ix.stamp = new Int32Array(Math.max(1024, p.codes.length)).fill(-1);
    return ix;
  }

  /** Shrink posting storage after a bulk build. */
  trim(): void {
    this.flush();
    this.pendGram = new Int32Array(4096);
    this.pendItem = new Uint32Array(4096);
    this.postings.trim();
  }

  /** The best-covered items for the given query grams, best first. */
  candidates(grams: readonly QueryGram[], opts: CandidateOptions = {}): Candidate[] {
    this.flush();
    const limit = opts.limit ?? 200;
    const mask = opts.kindMask ?? -1;
    const minCov = opts.minCoverage ?? 0.2;
    const live = Math.max(1, this.liveCount);
    const acc = (this.acc = grow(this.acc, this.n));
    // Rarest grams first. Once the grams left cannot lift an unseen item to the floor,
    // they only add to items already seen (max-score pruning): common grams stay cheap.
    const plan = grams.map((q) => {
      const g = this.gramIds.get(q.code);
      const df = g < 0 ? 0 : this.postings.size(g);
      return { g, df, w: Math.log(1 + live / (df + 1)) * q.weight };
    }).sort((a, b) => a.df - b.df);
    let total = 0;
    for (const p of plan) total += p.w;
    const floor = minCov * total;
    // Most a ranking key can gain beyond coverage (the short-item bonus below).
    const slack = SHORT_BONUS * total;
    let remaining = total;
    let touched = this.touched;
    let nTouched = 0;
    let full = false;
    let sorted = false;
    const bits = this.bits;
    for (const { g, w } of plan) {
      const size = g < 0 ? 0 : this.postings.size(g);
      if (nTouched > limit && (full ? nTouched * 8 >= size : size * 2 >= nTouched)) {
        // Early termination: once `limit` seen items score more than an unseen item could
        // still reach (all remaining grams plus the bonus), no new item can enter the
        // result; and an item that cannot catch up with the limit-th best any more stops
        // being tracked, so the common grams left only update a few contenders. Checked
        // only before a list long enough to repay the O(touched) selection. The result is
        // the same as without it.
        if (full || countAbove(acc, touched, nTouched, remaining + slack) >= limit) {
          const kth = kthLargest(acc, touched, nTouched, limit, this.scratch);
          this.scratch = kth.scratch;
          full = true;
          const need = kth.value - remaining - slack;
          let keep = 0;
          for (let t = 0; t < nTouched; t++) {
            const id = touched[t];
            if (acc[id] >= need) touched[keep++] = id; else acc[id] = 0;
          }
          nTouched = keep;
        }
      }
      const open = !full && remaining >= floor;
      remaining -= w;
      if (g < 0) continue;
      const list = this.postings.get(g);
      if (!open && nTouched * 8 < list.length) {
        if (!sorted) { touched.subarray(0, nTouched).sort(); sorted = true; }
        addWhereListed(list, touched, nTouched, acc, w);
        continue;
      }
      if (!open) {
        // Only items already seen (alive and of a wanted kind) gain; they have acc > 0.
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (acc[id] !== 0) acc[id] += w;
        }
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const id = list[i];
        if ((bits[id] & mask) === 0) continue;
        if (acc[id] === 0) {
          if (nTouched === touched.length) touched = grow(touched, nTouched * 2);
          touched[nTouched++] = id;
          sorted = false;
        }
        acc[id] += w;
      }
    }
    const heap = new TopK(limit);
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t];
      const s = acc[id];
      if (s < floor || s <= 0) continue;
      heap.offer(id, s / total + SHORT_BONUS * (40 / (40 + this.length[id])));
    }
    const out = heap.drain().map((id) => ({ id, coverage: Math.min(1, acc[id] / total) }));
    for (let t = 0; t < nTouched; t++) acc[touched[t]] = 0;
    this.touched = touched;
    return out;
  }
}
