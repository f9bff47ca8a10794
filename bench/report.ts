/** The human-readable table: one row per measure, one column per scale, PASS/MISS per target. */
import type { MachineInfo } from './machine';
import type { ScaleResult } from './scale';
import { TARGETS } from './targets';

function pad(s: string, n: number): string {
  const width = [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[–—×÷≤≥…·]/.test(c) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
}

/** Render the table for `scales` measured on `machine`. */
export function renderTable(machine: MachineInfo, scales: readonly ScaleResult[]): string {
  const head = ['measure', ...scales.map((s) => `${s.passages / 1000}k passages (${s.corpusMB} MB, ${s.documents} docs)`)];
  const rows: string[][] = [head];
  for (const t of TARGETS) {
    rows.push([t.label, ...scales.map((s) => {
      const v = t.check(s);
      const goal = t.goal(s);
      return `${t.value(s)}${goal && v !== '—' ? `  ${v} ${goal}` : goal && goal !== 'info' ? `  [${goal}]` : ''}`;
    })]);
  }
  const widths = head.map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)) + 2);
  const line = (r: string[]): string => r.map((cell, c) => pad(cell, widths[c])).join('│ ');
  const out = [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('┼─'), ...rows.slice(1).map(line)];
  const misses = scales.flatMap((s) => TARGETS.filter((t) => t.check(s) === 'MISS').map((t) => `${s.passages / 1000}k: ${t.label}`));
  out.push('', `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`,
    `load average (1/5/15 min): start ${machine.loadStart.join(' ')}, end ${machine.loadEnd?.join(' ') ?? '?'}`,
    `total run time: ${machine.totalSeconds?.toFixed(1) ?? '?'} s (per scale: ${scales.map((s) => `${s.passages / 1000}k ${s.seconds} s`).join(', ')})`,
    misses.length ? `MISSED: ${misses.join('; ')}` : 'all targets met');
  for (const s of scales) {
    out.push(`${s.passages / 1000}k detail: cold = model load ${s.coldLoadMs} ms + jump index ${s.coldJumpMs} ms; index cache ${s.cacheMB} MB; ` +
      `incremental worst ${s.incrementalMaxMs} ms; jump p95 on whole queries ${s.jumpFullP95Ms} ms over ${s.jumpKeystrokes} keystrokes; ` +
      `hover lookup alone p95 ${s.hoverLookupP95Ms} ms; re-anchor: prepare ${s.reanchorPrepareMs} ms, fuzzy ${s.reanchorFuzzyMs} ms, ${JSON.stringify(s.reanchorStatuses)}`);
  }
  for (const s of scales) if (s.plantedMisses.length) out.push(`planted misses at ${s.passages / 1000}k: ${s.plantedMisses.join('; ')}`);
  return out.join('\n');
}
