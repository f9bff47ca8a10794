/**
 * Coded segments and analysis tables as CSV (RFC 4180 with a BOM, like the annotation export)
 * and Markdown, for the views' Export buttons and the CLI.
 */
import { csvField } from '../annotations/export/csv';
import type { CodeMatrix } from './matrix';
import type { CooccurrenceTable } from './cooccurrence';

/** A coded segment as listed: place, text, codes, coder (null when unknown). */
export interface SegmentRow {
  readonly path: string;
  /** 1-based line of the segment's start. */
  readonly line: number;
  readonly text: string;
  readonly tags: readonly string[];
  readonly author: string | null;
}

const csv = (rows: readonly (readonly string[])[]): string => '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Segments as CSV: path, line, text, tags (joined with `;`), author. */
export function segmentsToCsv(rows: readonly SegmentRow[]): string {
  return csv([['path', 'line', 'text', 'tags', 'author'], ...rows.map((r) => [r.path, String(r.line), r.text, r.tags.join(';'), r.author ?? ''])]);
}

/** Escape text for a Markdown table cell or list item: pipes, backslashes and line breaks. */
function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>*_`[\]#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Segments as a Markdown table, with a title line. */
export function segmentsToMarkdown(rows: readonly SegmentRow[], title: string): string {
  const lines = [`# ${mdCell(title)}`, '', '| Document | Line | Text | Codes | Coder |', '| --- | ---: | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${mdCell(r.path)} | ${r.line} | ${mdCell(r.text)} | ${mdCell(r.tags.join(', '))} | ${mdCell(r.author ?? '')} |`);
  return lines.join('\n') + '\n';
}

/** A code matrix as CSV: one column per value with counts, then one per value with coverage. */
export function matrixToCsv(m: CodeMatrix, colLabel: (key: string) => string = (k) => k): string {
  const hasCoverage = m.cells.some((r) => r.some((c) => c.coverage !== undefined));
  const header = ['code', ...m.cols.map(colLabel), ...(hasCoverage ? m.cols.map((c) => `${colLabel(c)} (coverage)`) : [])];
  return csv([header, ...m.rows.map((code, i) => [code, ...m.cells[i].map((c) => String(c.count)), ...(hasCoverage ? m.cells[i].map((c) => (c.coverage === undefined ? '' : c.coverage.toFixed(4))) : [])])]);
}

/** One co-occurrence table (`overlap` or `passage`) as CSV. */
export function cooccurrenceToCsv(t: CooccurrenceTable, which: 'overlap' | 'passage'): string {
  return csv([['code', ...t.codes], ...t.codes.map((c, i) => [c, ...t[which][i].map(String)])]);
}
