/**
 * The indexing half of a scale: cold build (corpus model load + jump index), warm start
 * from the serialised index cache, and the incremental update after one 50 KB document
 * changes — each the way the extension does it, on the core only.
 */
import { CorpusModel, corpusOptions } from '../src/core/corpus/model';
import { readSnapshot } from '../src/core/corpus/snapshot';
import { BUILTIN_ENTITIES, mergeKnowledge, type KnowledgeBase } from '../src/core/knowledge';
import { createJumpIndex, type JumpIndex } from '../src/core/search/jump';
import { toSearchDoc } from '../src/core/search/fromCorpus';
import { BIG_DOC, type BenchCorpus } from './corpusSetup';
import { median, now } from './stats';

export interface Built {
  readonly kb: KnowledgeBase;
  readonly model: CorpusModel;
  readonly jump: JumpIndex;
  /** Milliseconds: corpus model load (read, decode, parse, mentions, metadata). */
  readonly loadMs: number;
  /** Milliseconds: jump index over the loaded documents. */
  readonly jumpMs: number;
  /** Milliseconds: knowledge base with its matchers compiled. */
  readonly kbMs: number;
}

/** Everything the extension builds on a first start with no cache. */
export async function coldBuild(corpus: BenchCorpus): Promise<Built> {
  const t0 = now();
  const kb = mergeKnowledge(BUILTIN_ENTITIES);
  kb.findMentions('');
  void kb.themeMatcher;
  const t1 = now();
  const model = await CorpusModel.load(corpus.files, kb, corpusOptions());
  const t2 = now();
  const jump = createJumpIndex();
  jump.setDocuments(model.documents().map(toSearchDoc));
  const t3 = now();
  const docs = model.documents().length;
  if (docs !== corpus.docs.length) throw new Error(`model holds ${docs} documents, corpus has ${corpus.docs.length}`);
  return { kb, model, jump, kbMs: t1 - t0, loadMs: t2 - t1, jumpMs: t3 - t2 };
}

export interface WarmStart {
  /** Median over the runs: deserialise + attach documents + first query answered. */
  readonly ms: number;
  readonly cacheBytes: number;
  /** Documents the warm index had to re-index (should be 0). */
  readonly reindexed: number;
}

/**
 * Reopen with the cache: `createJumpIndex(bytes)`, `setDocuments` with the same documents
 * (unchanged fingerprints are kept, not re-indexed), then one query.
 */
export function warmStart(built: Built, runs = 3): WarmStart {
  const bytes = built.jump.serialize();
  const times: number[] = [];
  let reindexed = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const warm = createJumpIndex(bytes);
    const stats = warm.setDocuments(built.model.documents().map(toSearchDoc));
    const hits = warm.query('governance');
    times.push(now() - t0);
    reindexed = stats.indexed;
    if (hits.length === 0) throw new Error('warm index answered nothing');
  }
  return { ms: median(times), cacheBytes: bytes.length, reindexed };
}

/**
 * Reopen the whole workspace the way the extension does: read every file again, restore the
 * documents from the corpus snapshot (hash-checked, no parsing), restore the jump index from
 * its cache, attach the documents and answer a first query. One run (it reads the corpus).
 */
export async function reopen(corpus: BenchCorpus, built: Built): Promise<{ ms: number; snapshotMB: number }> {
  const snapshotBytes = built.model.snapshot();
  const indexBytes = built.jump.serialize();
  const t0 = now();
  const model = await CorpusModel.load(corpus.files, built.kb, corpusOptions(), undefined, readSnapshot(snapshotBytes));
  const jump = createJumpIndex(indexBytes);
  const stats = jump.setDocuments(model.documents().map(toSearchDoc));
  const hits = jump.query('governance');
  const ms = now() - t0;
  if (stats.indexed !== 0) throw new Error(`reopen re-indexed ${stats.indexed} documents`);
  if (hits.length === 0) throw new Error('reopened index answered nothing');
  return { ms, snapshotMB: snapshotBytes.length / 1e6 };
}

/**
 * Change one sentence of the 50 KB document `runs` times; each time the model re-reads and
 * re-parses it and the jump index re-indexes it. Returns the median and the worst in ms.
 */
export async function incrementalUpdate(corpus: BenchCorpus, built: Built, runs = 11): Promise<{ ms: number; maxMs: number; bytes: number }> {
  const times: number[] = [];
  let text = corpus.files.text(BIG_DOC)!;
  for (let i = 0; i < runs; i++) {
    const at = text.indexOf('\n\n', Math.floor(text.length * (0.1 + 0.07 * i)));
    if (at < 0) throw new Error('no paragraph break to edit at');
    text = `${text.slice(0, at)} Revision ${i} adds this sentence about audit scope.${text.slice(at)}`;
    corpus.files.set(BIG_DOC, text);
    const t0 = now();
    const result = await built.model.update(BIG_DOC);
    built.jump.updateDocument(toSearchDoc(built.model.get(BIG_DOC)!));
    times.push(now() - t0);
    if (result !== 'changed') throw new Error(`update said ${result}`);
  }
  return { ms: median(times), maxMs: Math.max(...times), bytes: Buffer.byteLength(text) };
}
