/**
 * Analysis of the coding at 10k annotations: three coders tag random stretches of passages
 * with codes from a two-level codebook (several coders often on the same passage, so the
 * agreement sweep has real overlaps), then agreement, code × document and co-occurrence are
 * timed. A plain per-character agreement loop over the same data is the baseline.
 */
import type { CorpusModel } from '../src/core/corpus/model';
import type { Segment } from '../src/core/analysis/segments';
import { computeAgreement } from '../src/core/analysis/agreement';
import { codeByDocument } from '../src/core/analysis/matrix';
import { cooccurrence } from '../src/core/analysis/cooccurrence';
import { now } from './stats';
import { seededRandom } from './synthetic';

export interface AnalysisRun {
  readonly annotations: number;
  readonly agreementMs: number;
  readonly matrixMs: number;
  readonly cooccurrenceMs: number;
  /** Per-character agreement (one value per character and coder) on the same data. */
  readonly naiveAgreementMs: number;
}

const CODES = ['gov', 'gov/testing', 'gov/openness', 'risk', 'risk/compute', 'risk/data', 'rights', 'rights/privacy', 'industry', 'industry/chips', 'cooperation', 'cooperation/un'];
const CODERS = ['ann', 'bob', 'cat'];

/** Build `count` coded segments over the model and time the analyses on them. */
export function analysisAt10k(model: CorpusModel, count = 10_000): AnalysisRun {
  const r = seededRandom(14);
  const docs = model.documents().filter((d) => d.parsed.passages.length > 0);
  const segments: Segment[] = [];
  for (let i = 0; i < count; i++) {
    const doc = docs[i % docs.length];
    const p = doc.parsed.passages[Math.floor(r() * doc.parsed.passages.length)];
    const len = Math.max(1, Math.min(p.span.end - p.span.start, 20 + Math.floor(r() * 120)));
    const start = p.span.start + Math.floor(r() * (p.span.end - p.span.start - len + 1));
    const tags = [CODES[Math.floor(r() * CODES.length)], ...(r() < 0.3 ? [CODES[Math.floor(r() * CODES.length)]] : [])];
    segments.push({ id: `b${i}`, path: doc.path, start, end: start + len, text: '', tags: [...new Set(tags)], coder: CODERS[i % CODERS.length] });
  }
  const lengthOf = (path: string): number | undefined => model.get(path)?.parsed.text.length;
  let t = now();
  computeAgreement(segments, { lengthOf });
  const agreementMs = now() - t;
  t = now();
  codeByDocument(segments, { lengthOf });
  const matrixMs = now() - t;
  t = now();
  cooccurrence(segments, (path) => model.get(path)?.parsed.passages.map((p) => p.span));
  const cooccurrenceMs = now() - t;
  t = now();
  naiveAgreement(segments, lengthOf);
  return { annotations: count, agreementMs, matrixMs, cooccurrenceMs, naiveAgreementMs: now() - t };
}

/** The baseline: a byte per character, coder and code, then a count of agreeing characters. */
function naiveAgreement(segments: readonly Segment[], lengthOf: (p: string) => number | undefined): number {
  let agree = 0;
  const paths = [...new Set(segments.map((s) => s.path))];
  for (const code of new Set(segments.flatMap((s) => s.tags))) {
    for (const path of paths) {
      const n = lengthOf(path) ?? 0;
      const marks = CODERS.map(() => new Uint8Array(n));
      for (const s of segments) if (s.path === path && s.tags.includes(code)) marks[CODERS.indexOf(s.coder)].fill(1, s.start, s.end);
      for (let c = 0; c < n; c++) if (marks[0][c] === marks[1][c]) agree++;
    }
  }
  return agree;
}
