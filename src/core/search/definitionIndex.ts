/**
 * The defined terms of the whole corpus in a small n-gram index of their own, so a query
 * that names a term (with a typo, a plural, a hyphen or not) reaches its definition even in
 * a law that mentions the term five hundred times. Rebuilt on the next query after the
 * documents changed; a corpus has a few thousand definitions at most.
 */
import { NgramIndex } from './ngramIndex';
import { definitionsOf, type DefinedTerm } from './definitions';
import type { QueryGram } from './tokenize';
import { variantKey } from './variants';
import type { SearchDoc } from './searchTypes';

/** A definition found for a query, with how well its term matches the query. */
export interface DefinitionHit extends DefinedTerm {
  readonly path: string;
  /** 1 when the term is the query up to variants, else the gram coverage (0..1). */
  readonly match: number;
}

export class DefinitionIndex {
  private index = new NgramIndex();
  private entries: { path: string; def: DefinedTerm; key: string }[] = [];
  private stale = true;

  /** `docs` gives the current documents; called again after `invalidate`. */
  constructor(private readonly docs: () => Iterable<SearchDoc>) {}

  /** The documents changed: rebuild before the next lookup. */
  invalidate(): void {
    this.stale = true;
  }

  private rebuild(): void {
    const ix = new NgramIndex();
    const entries: { path: string; def: DefinedTerm; key: string }[] = [];
    for (const doc of this.docs()) {
      for (const def of definitionsOf(doc)) {
        ix.addItem(0, 0, entries.length, def.term);
        entries.push({ path: doc.path, def, key: variantKey(def.term) });
      }
    }
    ix.trim();
    this.index = ix;
    this.entries = entries;
    this.stale = false;
  }

  /** Definitions whose term the query names (coverage ≥ `min`), best first. */
  lookup(grams: readonly QueryGram[], query: string, min = 0.6, limit = 12): DefinitionHit[] {
    if (this.stale) this.rebuild();
    if (this.entries.length === 0) return [];
    const key = variantKey(query);
    const out: DefinitionHit[] = [];
    for (const c of this.index.candidates(grams, { limit, minCoverage: min })) {
      const e = this.entries[this.index.ref[c.id]];
      out.push({ ...e.def, path: e.path, match: e.key === key ? 1 : c.coverage * 0.9 });
    }
    return out.sort((a, b) => b.match - a.match);
  }

  /** Every definition of a term with this variant key (for related passages). */
  byKey(key: string): { path: string; def: DefinedTerm }[] {
    if (this.stale) this.rebuild();
    return this.entries.filter((e) => e.key === key);
  }

  /** All definitions (for related passages). */
  all(): readonly { path: string; def: DefinedTerm; key: string }[] {
    if (this.stale) this.rebuild();
    return this.entries;
  }
}
