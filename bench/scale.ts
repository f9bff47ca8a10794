/**
 * One benchmark scale, measured in a fixed order: cold build and heap first (nothing else
 * allocated yet), then warm start, queries, incremental update, entities, re-anchoring, and
 * the baselines last.
 */
import { benchCorpus } from './corpusSetup';
import { overviewFirstRender } from './overviewBench';
import { coldBuild, incrementalUpdate, reopen, warmStart } from './indexBench';
import { hoverLatency, mentionThroughput, mentionThroughputSmallKb } from './knowledgeBench';
import { reanchorAfterEdits } from './annotationBench';
import { analysisAt10k } from './analysisBench';
import { remarkOnlyThroughput } from './remarkOnly';
import { citationCost } from './citationBench';
import { queryMix } from './queries';
import { fuseFullScan, jumpLatency, linearScan, passageTexts, plantedHitRate, sampleQueries } from './searchBench';
import { canCollect, mbps, now, percentile, round, settledHeap } from './stats';

/** One row of the JSON output (numbers; null when not measured). */
export interface ScaleResult {
  passages: number;
  documents: number;
  corpusMB: number;
  coldIndexMBps: number | null;
  remarkOnlyMBps: number | null;
  coldRatio: number | null;
  coldLoadMs: number | null;
  coldJumpMs: number | null;
  warmStartMs: number | null;
  /** Reopening the workspace: files re-read, documents from the snapshot, index from its cache. */
  reopenMs: number | null;
  snapshotMB: number | null;
  cacheMB: number | null;
  incrementalMs: number | null;
  incrementalMaxMs: number | null;
  jumpP50Ms: number | null;
  jumpP95Ms: number | null;
  jumpKeystrokes: number;
  jumpFullP95Ms: number | null;
  plantedHitRate: number | null;
  plantedTargets: number;
  plantedMisses: string[];
  fuseFullScanP95Ms: number | null;
  fuseQueries: number;
  fuseRatio: number | null;
  linearScanP95Ms: number | null;
  linearRatio: number | null;
  mentionMBps: number | null;
  /** Mention matching with a 90-entity knowledge base (the size before the data files). */
  mentionSmallKbMBps: number | null;
  hoverP95Ms: number | null;
  hoverLookupP95Ms: number | null;
  reanchor10kMs: number | null;
  reanchorPrepareMs: number | null;
  reanchorFuzzyMs: number | null;
  reanchorStatuses: Record<string, number>;
  agreement10kMs: number | null;
  matrix10kMs: number | null;
  cooccurrence10kMs: number | null;
  naiveAgreement10kMs: number | null;
  heapMB: number | null;
  heapRatio: number | null;
  /** Citation extraction + index over the corpus, ms, and its share of the model load. */
  citationsMs: number | null;
  citationsShare: number | null;
  /** Heap plus ArrayBuffers (the index's typed arrays), what the target is judged on. */
  heapWithBuffersMB: number | null;
  heapWithBuffersRatio: number | null;
  bundleKB: number | null;
  /** Overview webview: data, message and every chart drawn once. */
  overviewMs: number | null;
  overviewMessageKB: number | null;
  seconds: number;
}

/** Queries given to fuse.js at each size: it takes seconds per query at 100k passages. */
function fuseSampleSize(passages: number): number {
  return passages >= 50_000 ? 5 : passages >= 5_000 ? 12 : 1000;
}

/** Measure everything at one size; `log` gets a line per stage. */
export async function runScale(passages: number, bundleKB: number | null, log: (s: string) => void): Promise<ScaleResult> {
  const started = now();
  const corpus = benchCorpus(20250, passages);
  const corpusMB = corpus.bytes / 1e6;
  log(`${passages} passages: ${corpus.docs.length} documents, ${corpusMB.toFixed(1)} MB`);
  const heap0 = settledHeap();
  const built = await coldBuild(corpus);
  const coldMs = built.kbMs + built.loadMs + built.jumpMs;
  const heap1 = settledHeap();
  const heapMB = canCollect ? (heap1.heap - heap0.heap) / 1e6 : NaN;
  const buffersMB = canCollect ? (heap1.withBuffers - heap0.withBuffers) / 1e6 : NaN;
  log(`  cold build ${coldMs.toFixed(0)} ms (kb ${built.kbMs.toFixed(0)}, load ${built.loadMs.toFixed(0)}, jump ${built.jumpMs.toFixed(0)}); heap +${heapMB.toFixed(0)} MB, with buffers +${buffersMB.toFixed(0)} MB`);

  const warm = warmStart(built);
  if (warm.reindexed) throw new Error(`warm start re-indexed ${warm.reindexed} documents`);
  log(`  warm start ${warm.ms.toFixed(1)} ms (cache ${(warm.cacheBytes / 1e6).toFixed(1)} MB)`);
  const reopened = await reopen(corpus, built);
  log(`  reopen ${reopened.ms.toFixed(0)} ms (snapshot ${reopened.snapshotMB.toFixed(1)} MB)`);

  const mix = queryMix(corpus.docs, corpus.planted);
  const jump = jumpLatency(built.jump, mix);
  const hits = plantedHitRate(built.jump, built.model, corpus.planted);
  log(`  jump p50 ${jump.keystrokeP50.toFixed(2)} / p95 ${jump.keystrokeP95.toFixed(2)} ms over ${jump.keystrokes} keystrokes; planted ${(hits.rate * 100).toFixed(1)}%`);

  const inc = await incrementalUpdate(corpus, built);
  log(`  incremental ${inc.ms.toFixed(1)} ms (max ${inc.maxMs.toFixed(1)})`);

  const mentions = mentionThroughput(built.kb, built.model);
  const mentionsSmall = mentionThroughputSmallKb(built.model);
  const hover = hoverLatency(built.kb, built.model);
  log(`  mentions ${mentions.mbps.toFixed(1)} MB/s (${mentions.mentions}; ${built.kb.all().length} entities), ${mentionsSmall.mbps.toFixed(1)} MB/s with 90; hover p95 ${hover.p95.toFixed(3)} ms`);

  const cites = citationCost(built);
  log(`  citations ${cites.citations}: extract ${cites.extractMs.toFixed(0)} ms + index ${cites.indexMs.toFixed(0)} ms = ${(cites.shareOfLoad * 100).toFixed(1)}% of the model load`);

  const re = reanchorAfterEdits(built.model);
  log(`  re-anchor ${re.annotations} in ${re.ms.toFixed(0)} ms (prepare ${re.prepareMs.toFixed(0)}, fuzzy ${re.fuzzyMs.toFixed(0)}) over ${re.documents} documents ${JSON.stringify(re.statuses)}`);

  const an = analysisAt10k(built.model);
  log(`  analysis of ${an.annotations}: agreement ${an.agreementMs.toFixed(0)} ms (per-character ${an.naiveAgreementMs.toFixed(0)}), matrix ${an.matrixMs.toFixed(0)} ms, co-occurrence ${an.cooccurrenceMs.toFixed(0)} ms`);
  const overview = overviewFirstRender(built.model);
  log(`  overview first render ${overview.totalMs.toFixed(0)} ms (data ${overview.dataMs.toFixed(0)}, charts ${overview.renderMs.toFixed(0)}; message ${overview.messageKB} KB, ${overview.nodes} nodes, ${overview.edges} edges)`);

  const remark = remarkOnlyThroughput(corpus);
  log(`  remark-only ${remark.mbps.toFixed(2)} MB/s`);

  const texts = passageTexts(built.model);
  const linear = linearScan(texts, mix.full);
  const fuseQueries = sampleQueries(mix.full, fuseSampleSize(texts.length));
  const fuse = fuseFullScan(texts, fuseQueries);
  const fuseIdx = new Set(fuseQueries.map((q) => mix.full.indexOf(q)));
  const jumpOnSample = percentile(jump.fullTimes.filter((_, i) => fuseIdx.has(i)), 95);
  const fuseP95 = percentile(fuse, 95);
  const linearP95 = percentile(linear, 95);
  log(`  fuse p95 ${fuseP95.toFixed(1)} ms over ${fuseQueries.length} queries; linear p95 ${linearP95.toFixed(2)} ms`);

  const coldIndexMBps = mbps(corpus.bytes, coldMs);
  return {
    passages,
    documents: corpus.docs.length,
    corpusMB: round(corpusMB, 2)!,
    coldIndexMBps: round(coldIndexMBps),
    remarkOnlyMBps: round(remark.mbps),
    coldRatio: round(coldIndexMBps / remark.mbps),
    coldLoadMs: round(built.loadMs, 0),
    coldJumpMs: round(built.jumpMs, 0),
    warmStartMs: round(warm.ms, 1),
    reopenMs: round(reopened.ms, 0),
    snapshotMB: round(reopened.snapshotMB),
    cacheMB: round(warm.cacheBytes / 1e6),
    incrementalMs: round(inc.ms),
    incrementalMaxMs: round(inc.maxMs),
    jumpP50Ms: round(jump.keystrokeP50, 3),
    jumpP95Ms: round(jump.keystrokeP95, 3),
    jumpKeystrokes: jump.keystrokes,
    jumpFullP95Ms: round(jump.fullP95, 3),
    plantedHitRate: round(hits.rate, 4),
    plantedTargets: corpus.planted.length,
    plantedMisses: hits.misses.slice(0, 10),
    fuseFullScanP95Ms: round(fuseP95, 1),
    fuseQueries: fuseQueries.length,
    fuseRatio: round(fuseP95 / jumpOnSample, 0),
    linearScanP95Ms: round(linearP95, 3),
    linearRatio: round(linearP95 / jump.fullP95, 2),
    mentionMBps: round(mentions.mbps),
    mentionSmallKbMBps: round(mentionsSmall.mbps),
    hoverP95Ms: round(hover.p95, 3),
    hoverLookupP95Ms: round(hover.lookupP95, 4),
    reanchor10kMs: round(re.ms, 1),
    reanchorPrepareMs: round(re.prepareMs, 1),
    reanchorFuzzyMs: round(re.fuzzyMs, 1),
    reanchorStatuses: re.statuses,
    agreement10kMs: round(an.agreementMs, 1),
    matrix10kMs: round(an.matrixMs, 1),
    cooccurrence10kMs: round(an.cooccurrenceMs, 1),
    naiveAgreement10kMs: round(an.naiveAgreementMs, 1),
    heapMB: round(heapMB, 1),
    heapRatio: round(heapMB / corpusMB),
    citationsMs: round(cites.extractMs + cites.indexMs, 1),
    citationsShare: round(cites.shareOfLoad, 3),
    heapWithBuffersMB: round(buffersMB, 1),
    heapWithBuffersRatio: round(buffersMB / corpusMB),
    bundleKB,
    overviewMs: round(overview.totalMs, 0),
    overviewMessageKB: overview.messageKB,
    seconds: round((now() - started) / 1000, 1)!,
  };
}
