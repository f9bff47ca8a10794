/**
 * The performance targets as checks on one scale's results. The issue sets them at
 * 100k passages, plus jump p95 ≤ 3 ms at 10k; at other sizes the goal is shown in brackets
 * for comparison but not judged (fixed costs dominate a 0.5 MB corpus).
 */
import type { ScaleResult } from './scale';

export type Verdict = 'PASS' | 'MISS' | '—';

/** Whether `label`'s target is judged at this size. */
function judged(s: ScaleResult, label: string): boolean {
  return s.passages >= 100_000 || (s.passages >= 10_000 && label.startsWith('jump p95'));
}

export interface Target {
  readonly label: string;
  /** The value shown in the table. */
  readonly value: (s: ScaleResult) => string;
  /** Human text of the goal at this size. */
  readonly goal: (s: ScaleResult) => string;
  readonly check: (s: ScaleResult) => Verdict;
}

const big = (s: ScaleResult): boolean => s.passages >= 100_000;
const fmt = (x: number | null, d = 2): string => (x === null ? 'n/a' : x.toFixed(d));
const verdict = (ok: boolean | null): Verdict => (ok === null ? '—' : ok ? 'PASS' : 'MISS');
const has = (x: number | null): x is number => x !== null;

const ALL: readonly Target[] = [
  { label: 'cold index MB/s (÷ remark-only)', value: (s) => `${fmt(s.coldIndexMBps)} (${fmt(s.coldRatio)}×)`, goal: () => '≥ 0.75× remark',
    check: (s) => verdict(has(s.coldRatio) ? s.coldRatio >= 0.75 : null) },
  { label: 'remark-only MB/s', value: (s) => fmt(s.remarkOnlyMBps), goal: () => 'reference', check: () => '—' },
  { label: 'warm start ms', value: (s) => fmt(s.warmStartMs, 1), goal: () => '≤ 500', check: (s) => verdict(has(s.warmStartMs) ? s.warmStartMs <= 500 : null) },
  { label: 'reopen ms (corpus + index)', value: (s) => fmt(s.reopenMs, 0), goal: () => 'cold build', check: () => '—' },
  { label: 'incremental 50 KB ms', value: (s) => fmt(s.incrementalMs, 1), goal: () => '≤ 20', check: (s) => verdict(has(s.incrementalMs) ? s.incrementalMs <= 20 : null) },
  { label: 'jump p50 ms / keystroke', value: (s) => fmt(s.jumpP50Ms, 3), goal: () => '', check: () => '—' },
  { label: 'jump p95 ms / keystroke', value: (s) => fmt(s.jumpP95Ms, 3), goal: (s) => (big(s) ? '≤ 5' : '≤ 3'),
    check: (s) => verdict(has(s.jumpP95Ms) ? s.jumpP95Ms <= (big(s) ? 5 : 3) : null) },
  { label: 'planted hit rate (top 5)', value: (s) => (has(s.plantedHitRate) ? `${(s.plantedHitRate * 100).toFixed(1)}% of ${s.plantedTargets}` : 'n/a'),
    goal: () => '100%', check: (s) => verdict(has(s.plantedHitRate) ? s.plantedHitRate === 1 : null) },
  { label: 'fuse.js full scan p95 ms', value: (s) => `${fmt(s.fuseFullScanP95Ms, 1)} (${s.fuseQueries} q)`, goal: () => '', check: () => '—' },
  { label: 'fuse ÷ jump (same queries)', value: (s) => `${fmt(s.fuseRatio, 0)}×`, goal: (s) => (big(s) ? '≥ 500×' : 'info'),
    check: (s) => (big(s) ? verdict(has(s.fuseRatio) ? s.fuseRatio >= 500 : null) : '—') },
  { label: 'linear scan p95 ms (÷ jump)', value: (s) => `${fmt(s.linearScanP95Ms, 2)} (${fmt(s.linearRatio, 1)}×)`, goal: () => 'floor', check: () => '—' },
  { label: 'mention matching MB/s', value: (s) => fmt(s.mentionMBps, 1), goal: () => '', check: () => '—' },
  { label: 'mention matching MB/s, 90-entity KB', value: (s) => fmt(s.mentionSmallKbMBps, 1), goal: () => 'reference', check: () => '—' },
  { label: 'citations ms (share of load)', value: (s) => `${fmt(s.citationsMs, 0)} (${has(s.citationsShare) ? (s.citationsShare * 100).toFixed(1) : 'n/a'}%)`, goal: () => 'info', check: () => '—' },
  { label: 'hover p95 ms', value: (s) => fmt(s.hoverP95Ms, 3), goal: () => '≤ 1', check: (s) => verdict(has(s.hoverP95Ms) ? s.hoverP95Ms <= 1 : null) },
  { label: 're-anchor 10k ms', value: (s) => fmt(s.reanchor10kMs, 1), goal: () => '≤ 200', check: (s) => verdict(has(s.reanchor10kMs) ? s.reanchor10kMs <= 200 : null) },
  { label: 'agreement 10k ms (÷ per-char)', value: (s) => `${fmt(s.agreement10kMs, 1)} (${fmt(s.agreement10kMs !== null && s.naiveAgreement10kMs ? s.agreement10kMs / s.naiveAgreement10kMs : null, 2)}×)`,
    goal: () => '≤ 200', check: (s) => verdict(has(s.agreement10kMs) ? s.agreement10kMs <= 200 : null) },
  { label: 'code × document 10k ms', value: (s) => fmt(s.matrix10kMs, 1), goal: () => '≤ 200', check: (s) => verdict(has(s.matrix10kMs) ? s.matrix10kMs <= 200 : null) },
  { label: 'co-occurrence 10k ms', value: (s) => fmt(s.cooccurrence10kMs, 1), goal: () => '', check: () => '—' },
  { label: 'heap MB (÷ corpus)', value: (s) => `${fmt(s.heapMB, 0)} (${fmt(s.heapRatio, 1)}×)`, goal: () => 'info', check: () => '—' },
  { label: 'heap+buffers MB (÷ corpus)', value: (s) => `${fmt(s.heapWithBuffersMB, 0)} (${fmt(s.heapWithBuffersRatio, 1)}×)`, goal: () => '≤ 4× corpus',
    check: (s) => verdict(has(s.heapWithBuffersRatio) ? s.heapWithBuffersRatio <= 4 : null) },
  { label: 'bundle KB', value: (s) => fmt(s.bundleKB, 0), goal: () => '≤ 1024', check: (s) => verdict(has(s.bundleKB) ? s.bundleKB <= 1024 : null) },
  { label: 'overview first render ms', value: (s) => `${fmt(s.overviewMs, 0)} (${fmt(s.overviewMessageKB, 0)} KB)`, goal: () => '≤ 1000',
    check: (s) => verdict(has(s.overviewMs) ? s.overviewMs <= 1000 : null) },
];

/** The targets, judged only at the sizes the issue names (else '—'). */
export const TARGETS: readonly Target[] = ALL.map((t) => ({
  ...t,
  check: (s: ScaleResult): Verdict => (judged(s, t.label) ? t.check(s) : '—'),
}));
