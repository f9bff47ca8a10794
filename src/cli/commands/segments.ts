/**
 * `policy-lens segments <dir> --tag A [--and B] [--or C] [--not D] [--overlapping E]
 * [--coder NAME] [--facet name=value] [--format csv|md] [--json]`: every passage coded with a
 * combination of codes (sub-codes included), with its place, text, codes and coder.
 */
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { querySegments, type SegmentQuery } from '../../core/analysis/query';
import { segmentsToCsv, segmentsToMarkdown } from '../../core/analysis/tableExport';
import { inputNotes, loadAnalysisInput } from '../analysisInput';
import { runInDir } from '../dirCommand';

const USAGE = 'usage: policy-lens segments <dir> [--tag A] [--and B] [--or C] [--not D] [--overlapping E] [--coder NAME] [--facet name=value] [--format csv|md] [--json]';

/** `name=value` pairs into facet filters; throws on a malformed one. */
export function parseFacetFilters(pairs: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of pairs) {
    const at = p.indexOf('=');
    if (at <= 0 || at === p.length - 1) throw new Error(`--facet takes name=value (e.g. institution=some-id, year=2024), not ${JSON.stringify(p)}`);
    (out[p.slice(0, at)] ??= []).push(p.slice(at + 1));
  }
  return out;
}

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const many = { type: 'string', multiple: true } as const;
  const { values } = parseArgs({
    args,
    options: { tag: { type: 'string' }, and: many, or: many, not: many, overlapping: many, coder: many, facet: many, format: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: false,
  });
  if (values.format !== undefined && values.format !== 'csv' && values.format !== 'md') {
    out(USAGE);
    return 2;
  }
  const facets = parseFacetFilters(values.facet ?? []);
  const input = await loadAnalysisInput(files, Object.keys(facets).length > 0);
  const query: SegmentQuery = { tag: values.tag, and: values.and, or: values.or, not: values.not, overlapping: values.overlapping, coders: values.coder, ...(Object.keys(facets).length ? { facets } : {}) };
  const rows = querySegments(input.segments, query, input.facetsOf).map(input.rowOf);
  if (values.json) out(JSON.stringify({ segments: rows, notes: inputNotes(input) }, null, 2));
  else if (values.format === 'csv') out(segmentsToCsv(rows));
  else if (values.format === 'md') out(segmentsToMarkdown(rows, describeQuery(query)));
  else {
    for (const n of inputNotes(input)) out(n);
    for (const r of rows) out([`${r.path}:${r.line}`, r.tags.join(','), r.author ?? '', JSON.stringify(r.text)].join('\t'));
    out(`${rows.length} segment(s)`);
  }
  return 0;
}

/** A one-line description of a query, for titles. */
export function describeQuery(q: SegmentQuery): string {
  const parts = [q.tag ?? 'all', ...(q.or ?? []).map((c) => `OR ${c}`), ...(q.and ?? []).map((c) => `AND ${c}`), ...(q.not ?? []).map((c) => `NOT ${c}`), ...(q.overlapping ?? []).map((c) => `OVERLAPPING ${c}`)];
  if (q.coders?.length) parts.push(`by ${q.coders.join(', ')}`);
  return `Coded segments: ${parts.join(' ')}`;
}

export const run = runInDir(USAGE, runWith);
