/**
 * `policy-lens agreement <dir> [--coders A,B] [--tag T] [--json]`: inter-coder agreement per
 * code and overall on character units — percent agreement (0–1), Cohen's κ (two coders) and
 * Krippendorff's α (nominal). Undefined coefficients are `null` in JSON.
 */
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { computeAgreement, type AgreementFigures } from '../../core/analysis/agreement';
import { inputNotes, loadAnalysisInput } from '../analysisInput';
import { runInDir } from '../dirCommand';
import { formatTable } from './docs';

const USAGE = 'usage: policy-lens agreement <dir> [--coders A,B] [--tag T] [--json]';

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
const figures = (f: AgreementFigures) => ({ agreement: num(f.agreement), kappa: num(f.kappa), alpha: num(f.alpha), units: f.units, coded: f.coded });

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { coders: { type: 'string' }, tag: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false });
  const input = await loadAnalysisInput(files, false);
  const coders = values.coders?.split(',').map((c) => c.trim()).filter(Boolean);
  if (coders && coders.length < 2) throw new Error('--coders needs at least two names, separated by commas');
  const known = new Set(input.segments.map((s) => s.coder));
  const unknown = (coders ?? []).filter((c) => !known.has(c));
  if (unknown.length) throw new Error(`no annotations by ${unknown.join(', ')}; coders found: ${[...known].sort().join(', ') || 'none'}`);
  const r = computeAgreement(input.segments, { lengthOf: input.lengthOf, ...(coders ? { coders } : {}), ...(values.tag ? { code: values.tag } : {}) });
  if (r.coders.length < 2) throw new Error(`agreement needs annotations by at least two coders (authors); found ${r.coders.join(', ') || 'none'}`);
  if (values.json) {
    out(JSON.stringify({
      coders: r.coders, documents: r.documents, missing: r.missing,
      codes: r.codes.map((c) => ({ tag: c.tag, ...figures(c) })), overall: figures(r.overall), notes: inputNotes(input),
    }, null, 2));
    return 0;
  }
  for (const n of inputNotes(input)) out(n);
  for (const m of r.missing) out(`left out ${m}: its text cannot be read`);
  out(`coders: ${r.coders.join(', ')}; documents they share: ${r.documents.length}`);
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const row = (tag: string, c: AgreementFigures): string[] => [tag, f(c.agreement), f(c.kappa), f(c.alpha), String(c.units)];
  out(formatTable(['code', 'agreement', 'kappa', 'alpha', 'units'], [...r.codes.map((c) => row(c.tag, c)), row('(overall)', r.overall)]));
  return 0;
}

export const run = runInDir(USAGE, runWith);
