/**
 * CSV export for spreadsheets and R/pandas: one row per annotation and tag (an annotation
 * without tags still gets one row), RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark so Excel opens Chinese text correctly. Cells that would run as formulas are neutralised.
 * `start`/`end` are UTF-16 code units of the document text (what VS Code and JavaScript
 * count), unlike the W3C and REFI-QDA exports, which use Unicode code points.
 */
import type { Annotation } from '../types';

/** Column order of the export. */
export const CSV_COLUMNS = ['id', 'source', 'line', 'start', 'end', 'quote', 'tag', 'note', 'author', 'created', 'modified', 'status', 'page'] as const;

/**
 * A cell a spreadsheet would evaluate as a formula (it starts with `=`, `+`, `-`, `@`, tab or
 * CR) gets a leading `'`, as OWASP advises against CSV injection; the text stays readable.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Neutralise, then quote a field when it holds a comma, quote, CR or LF (RFC 4180). */
export function csvField(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV text (with BOM) of `annotations`. `lineOf(path, offset)` gives a 1-based line when the
 * caller has the document; the column is left empty otherwise.
 */
export function toCsv(
  annotations: readonly Annotation[],
  lineOf?: (path: string, offset: number) => number | undefined,
  /** Page in the original of an imported PDF (from its page markers); the column is empty otherwise. */
  pageOf?: (path: string, offset: number) => number | undefined,
): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of annotations) {
    const [q, p] = a.target.selector;
    const line = lineOf?.(a.target.source, p.start);
    const page = pageOf?.(a.target.source, p.start);
    for (const tag of a.tags.length ? a.tags : ['']) {
      const cells = [a.id, a.target.source, line === undefined ? '' : String(line), String(p.start), String(p.end), q.exact, tag, a.note ?? '', a.author ?? '', a.created, a.modified, a.status, page === undefined ? '' : String(page)];
      rows.push(cells.map(csvField).join(','));
    }
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}
