/**
 * What citations cost inside cold indexing: extraction over every document (the part the
 * model load does per file; timed here again on fresh text objects so no cache answers) and
 * building the resolved index (done on first use after a change), as a share of the load.
 */
import { extractCitations } from '../src/core/citations/extract';
import { CitationIndex } from '../src/core/citations/citationIndex';
import type { Built } from './indexBench';
import { now } from './stats';

export interface CitationCost {
  readonly extractMs: number;
  readonly indexMs: number;
  readonly citations: number;
  /** (extract + index) ÷ the model load it is part of. */
  readonly shareOfLoad: number;
}

export function citationCost(built: Built): CitationCost {
  const docs = built.model.documents();
  const t0 = now();
  let citations = 0;
  for (const d of docs) citations += extractCitations(d.parsed.text).length;
  const t1 = now();
  new CitationIndex(docs, built.kb);
  const t2 = now();
  return { extractMs: t1 - t0, indexMs: t2 - t1, citations, shareOfLoad: (t2 - t0) / built.loadMs };
}
