/**
 * `policy-lens cooccurrence <dir> [--by overlap|passage] [--format csv] [--json]`: how often
 * two codes are applied to overlapping text, and in how many passages both appear.
 */
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { cooccurrence } from '../../core/analysis/cooccurrence';
import { cooccurrenceToCsv } from '../../core/analysis/tableExport';
import { inputNotes, loadAnalysisInput } from '../analysisInput';
import { runInDir } from '../dirCommand';
import { formatTable } from './docs';

const USAGE = 'usage: policy-lens cooccurrence <dir> [--by overlap|passage] [--format csv] [--json]';

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { by: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false });
  const by = values.by ?? 'overlap';
  if ((by !== 'overlap' && by !== 'passage') || (values.format !== undefined && values.format !== 'csv')) {
    out(USAGE);
    return 2;
  }
  const input = await loadAnalysisInput(files, true);
  const t = cooccurrence(input.segments, (p) => input.corpus?.get(p)?.parsed.passages.map((x) => x.span));
  if (values.json) out(JSON.stringify({ codes: t.codes, overlap: t.overlap, passage: t.passage, notes: inputNotes(input) }, null, 2));
  else if (values.format === 'csv') out(cooccurrenceToCsv(t, by));
  else {
    for (const n of inputNotes(input)) out(n);
    out(formatTable(['code', ...t.codes], t.codes.map((c, i) => [c, ...t[by][i].map((n) => (n ? String(n) : '·'))])));
  }
  return 0;
}

export const run = runInDir(USAGE, runWith);
