/**
 * The filters shared by every chart of the overview, and the tables the charts draw from the
 * filtered documents. Pure functions (no DOM), so they are unit-tested in plain Node.
 */
import type { OverviewData, OverviewDocument } from '../../core/overview/data';

export type LaneBy = 'institution' | 'jurisdiction' | 'type';

export interface Filters {
  readonly institution?: number;
  readonly type?: string;
  readonly jurisdiction?: string;
  readonly language?: string;
  readonly tag?: number;
  /** Inclusive year range from the timeline's brush. */
  readonly fromYear?: number;
  readonly toYear?: number;
}

/** Indexes of the documents that pass every filter. */
export function filterDocuments(data: OverviewData, f: Filters): number[] {
  const out: number[] = [];
  data.documents.forEach((d, i) => {
    if (f.institution !== undefined && d.institution !== f.institution) return;
    if (f.type !== undefined && d.type !== f.type) return;
    if (f.jurisdiction !== undefined && !d.jurisdiction.includes(f.jurisdiction)) return;
    if (f.language !== undefined && d.language !== f.language) return;
    if (f.tag !== undefined && !d.tags.some(([t]) => t === f.tag)) return;
    if ((f.fromYear !== undefined || f.toYear !== undefined) &&
      (d.year === undefined || d.year < (f.fromYear ?? -Infinity) || d.year > (f.toYear ?? Infinity))) return;
    out.push(i);
  });
  return out;
}

/** The lane a document sits in on the timeline. */
export function laneOf(data: OverviewData, d: OverviewDocument, by: LaneBy, unknown: string): string {
  if (by === 'institution') return d.institution >= 0 ? data.institutions[d.institution].name : unknown;
  if (by === 'type') return d.type ?? unknown;
  return d.jurisdiction.length ? d.jurisdiction.join(', ') : unknown;
}

/** A rows × columns table of counts, with labels, for a heat map or a CSV. */
export interface Matrix {
  readonly rows: readonly string[];
  readonly cols: readonly string[];
  /** [row, col, value] cells with value > 0. */
  readonly cells: readonly (readonly [number, number, number])[];
}

/**
 * Institution × entity (mentions) or institution × tag (coded segments) over the given
 * documents; only the `maxCols` largest columns are kept so the map stays readable.
 */
export function institutionMatrix(data: OverviewData, docs: readonly number[], what: 'entities' | 'tags', unknown: string, maxCols = 25): Matrix {
  const totals = new Map<number, number>();
  const cell = new Map<string, number>();
  const rowsSeen = new Map<number, number>();
  for (const i of docs) {
    const d = data.documents[i];
    for (const [col, n] of d[what]) {
      totals.set(col, (totals.get(col) ?? 0) + n);
      const key = `${d.institution}:${col}`;
      cell.set(key, (cell.get(key) ?? 0) + n);
      rowsSeen.set(d.institution, (rowsSeen.get(d.institution) ?? 0) + n);
    }
  }
  const cols = [...totals].sort((a, b) => b[1] - a[1]).slice(0, maxCols).map(([c]) => c);
  const rows = [...rowsSeen].sort((a, b) => b[1] - a[1]).map(([r]) => r);
  const colAt = new Map(cols.map((c, i) => [c, i]));
  const rowAt = new Map(rows.map((r, i) => [r, i]));
  const cells: [number, number, number][] = [];
  for (const [key, n] of cell) {
    const [r, c] = key.split(':').map(Number);
    const ci = colAt.get(c);
    if (ci !== undefined) cells.push([rowAt.get(r)!, ci, n]);
  }
  const name = (c: number) => what === 'entities' ? data.entities[c].name : data.tags[c];
  return { rows: rows.map((r) => (r >= 0 ? data.institutions[r].name : unknown)), cols: cols.map(name), cells };
}

/** Entity co-occurrence limited to entities mentioned by the filtered documents. */
export function cooccurrenceMatrix(data: OverviewData, docs: readonly number[], maxEntities = 20): Matrix {
  const present = new Set<number>();
  for (const i of docs) for (const [e] of data.documents[i].entities) present.add(e);
  const pairs = data.cooccurrence.filter(([a, b]) => present.has(a) && present.has(b));
  const weight = new Map<number, number>();
  for (const [a, b, n] of pairs) { weight.set(a, (weight.get(a) ?? 0) + n); weight.set(b, (weight.get(b) ?? 0) + n); }
  const ids = [...weight].sort((x, y) => y[1] - x[1]).slice(0, maxEntities).map(([e]) => e);
  const at = new Map(ids.map((e, i) => [e, i]));
  const cells: [number, number, number][] = [];
  for (const [a, b, n] of pairs) {
    const i = at.get(a), j = at.get(b);
    if (i === undefined || j === undefined) continue;
    cells.push([i, j, n], [j, i, n]);
  }
  const names = ids.map((e) => data.entities[e].name);
  return { rows: names, cols: names, cells };
}

/** How often each document is cited (or linked to when nothing is cited), for node sizes. */
export function inDegree(data: OverviewData, docs: ReadonlySet<number>): Map<number, number> {
  const cited = data.edges.some((e) => e.kind === 'citation');
  const deg = new Map<number, number>();
  for (const e of data.edges) {
    if (!docs.has(e.from) || !docs.has(e.to)) continue;
    if (e.kind === (cited ? 'citation' : 'link')) deg.set(e.to, (deg.get(e.to) ?? 0) + e.weight);
  }
  return deg;
}

/** RFC 4180 CSV with formula-like cells neutralised (a leading `'`, as OWASP advises). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A matrix as CSV: a header row of column labels, then one row per row label. */
export function matrixCsv(m: Matrix, corner: string): string {
  const grid = m.rows.map(() => m.cols.map(() => 0));
  for (const [r, c, n] of m.cells) grid[r][c] = n;
  return toCsv([[corner, ...m.cols], ...m.rows.map((r, i) => [r, ...grid[i]])]);
}
