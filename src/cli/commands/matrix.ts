/**
 * `policy-lens matrix <dir> --rows tags --cols document|institution|year|type|<facet>
 * [--format csv] [--json]`: codes (with sub-codes) against documents or a document facet —
 * segment counts and, per column, the share of its characters the code covers.
 */
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { codeByDocument, codeByFacet, NO_VALUE, type CodeMatrix } from '../../core/analysis/matrix';
import { matrixToCsv } from '../../core/analysis/tableExport';
import { inputNotes, loadAnalysisInput } from '../analysisInput';
import { runInDir } from '../dirCommand';
import { formatTable } from './docs';

const USAGE = 'usage: policy-lens matrix <dir> --rows tags --cols document|institution|year|type|language|<facet> [--format csv] [--json]';

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { rows: { type: 'string' }, cols: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false });
  const cols = values.cols;
  if ((values.rows ?? 'tags') !== 'tags' || !cols || (values.format !== undefined && values.format !== 'csv')) {
    out(USAGE);
    return 2;
  }
  const input = await loadAnalysisInput(files, cols !== 'document');
  const documents = input.corpus?.documents().map((d) => d.path);
  let m: CodeMatrix;
  if (cols === 'document') m = codeByDocument(input.segments, { lengthOf: input.lengthOf });
  else {
    const known = new Set(documents?.flatMap((d) => Object.keys(input.facetsOf(d) ?? {})));
    if (!known.has(cols)) throw new Error(`no facet "${cols}" in this corpus; facets: ${[...known].sort().join(', ') || 'none'}, or document`);
    // Annotated documents outside the corpus globs still count, under "no value".
    m = codeByFacet(input.segments, cols, input.facetsOf, { lengthOf: input.lengthOf, documents: [...new Set([...(documents ?? []), ...input.segments.map((s) => s.path)])].sort() });
  }
  const label = (k: string): string => (k === NO_VALUE ? '(none)' : k);
  if (values.json) out(JSON.stringify({ rows: m.rows, cols: m.cols, cells: m.cells, notes: inputNotes(input) }, null, 2));
  else if (values.format === 'csv') out(matrixToCsv(m, label));
  else {
    for (const n of inputNotes(input)) out(n);
    const pct = (x: number | undefined): string => (x === undefined ? '' : ` (${(x * 100).toFixed(1)}%)`);
    out(formatTable(['code', ...m.cols.map(label)], m.rows.map((r, i) => [r, ...m.cells[i].map((c) => (c.count ? `${c.count}${pct(c.coverage)}` : '·'))])));
  }
  return 0;
}

export const run = runInDir(USAGE, runWith);
