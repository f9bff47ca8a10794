/**
 * Jump-box latency per keystroke, the planted-target hit rate, and the two baselines the
 * engine is compared with: fuse.js scanning every passage (the naive way) and a plain
 * substring scan over NFKC-lowercased passages (the floor).
 */
import Fuse from 'fuse.js';
import type { CorpusModel } from '../src/core/corpus/model';
import type { JumpIndex } from '../src/core/search/jump';
import { foldForMatch } from '../src/core/text/normalize';
import type { PlantedTarget } from './synthetic';
import type { QueryMix } from './queries';
import { now, percentile } from './stats';

export interface JumpTimes {
  readonly keystrokeP50: number;
  readonly keystrokeP95: number;
  readonly keystrokes: number;
  /** p95 of the whole queries only (what the baselines are compared with). */
  readonly fullP95: number;
  /** Per whole query, in the order of `mix.full`. */
  readonly fullTimes: number[];
}

function timeQueries(jump: JumpIndex, queries: readonly string[]): number[] {
  return queries.map((q) => {
    const t0 = now();
    jump.query(q);
    return now() - t0;
  });
}

/** Type every query key by key (after one untimed pass over the whole queries). */
export function jumpLatency(jump: JumpIndex, mix: QueryMix): JumpTimes {
  timeQueries(jump, mix.full);
  const keys = timeQueries(jump, mix.keystrokes);
  const fullTimes = timeQueries(jump, mix.full);
  return {
    keystrokeP50: percentile(keys, 50),
    keystrokeP95: percentile(keys, 95),
    keystrokes: keys.length,
    fullP95: percentile(fullTimes, 95),
    fullTimes,
  };
}

/** Share of planted typo'd terms whose passage is among the first five rows; and the misses. */
export function plantedHitRate(jump: JumpIndex, model: CorpusModel, planted: readonly PlantedTarget[]): { rate: number; misses: string[] } {
  const misses: string[] = [];
  for (const p of planted) {
    const text = model.get(p.path)?.parsed.text ?? '';
    const start = text.indexOf(p.passageText);
    const end = start + p.passageText.length;
    const found = start >= 0 && jump.query(p.query, { limit: 5 }).some((h) =>
      h.kind === 'passage' && h.path === p.path && h.span !== undefined && h.span.start < end && h.span.end > start);
    if (!found) misses.push(`${p.query} → ${p.term} (${p.path})`);
  }
  return { rate: planted.length ? (planted.length - misses.length) / planted.length : NaN, misses };
}

/** Every passage text of the corpus, in document order. */
export function passageTexts(model: CorpusModel): string[] {
  return model.documents().flatMap((d) => d.parsed.passages.map((p) => p.text));
}

/** A fixed, script-mixed sample of `n` queries from the mix (all of them when n ≥ length). */
export function sampleQueries(full: readonly string[], n: number): string[] {
  if (n >= full.length) return [...full];
  const step = full.length / n;
  return Array.from({ length: n }, (_, i) => full[Math.floor(i * step)]);
}

/** fuse.js over every passage (`ignoreLocation`, threshold 0.4); times per query in ms. */
export function fuseFullScan(passages: readonly string[], queries: readonly string[]): number[] {
  const fuse = new Fuse(passages as string[], { ignoreLocation: true, threshold: 0.4 });
  return queries.map((q) => {
    const t0 = now();
    fuse.search(q, { limit: 50 });
    return now() - t0;
  });
}

/** Substring scan over pre-folded passages (NFKC + lower case); times per query in ms. */
export function linearScan(passages: readonly string[], queries: readonly string[]): number[] {
  const folded = passages.map(foldForMatch);
  let sink = 0;
  const times = queries.map((q) => {
    const t0 = now();
    const needle = foldForMatch(q);
    let hits = 0;
    for (const p of folded) if (p.includes(needle)) hits++;
    sink += hits;
    return now() - t0;
  });
  if (sink < 0) throw new Error('unreachable');
  return times;
}
