/**
 * The Analysis webview: tabs with the code × document, code × facet, co-occurrence and
 * agreement tables, each sortable by any column (click or Enter on a header), shaded as a
 * heat map in the theme's colours, navigable with the keyboard. Runs in the webview with no
 * `vscode` import; talks to the host only through `protocol.ts` messages.
 */
import type { HostMessage, TableData, WebviewMessage } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void };

const api = acquireVsCodeApi();
const post = (m: WebviewMessage): void => api.postMessage(m);
interface State { tab: string; sortCol: number; sortDesc: boolean }
let state: State = { tab: 'byDocument', sortCol: -1, sortDesc: true, ...(api.getState() as Partial<State> | undefined) };
let data: Extract<HostMessage, { type: 'data' }> | undefined;

const t = (s: string): string => data?.strings[s] ?? s;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const k of kids) e.append(k);
  return e;
}

function formatCell(v: number | null, format: TableData['format']): string {
  if (v === null || Number.isNaN(v)) return '—';
  if (v === 0 && format !== 'coefficient') return '·';
  if (format === 'percent') return `${(v * 100).toFixed(1)}%`;
  if (format === 'coefficient') return v.toFixed(3);
  return String(v);
}

function sortedRows(table: TableData): TableData['rows'] {
  const rows = [...table.rows];
  const c = state.sortCol;
  if (c < 0) return rows;
  const key = (r: TableData['rows'][number]): number | string => (c === 0 ? r.label : r.cells[c - 1] ?? -Infinity);
  rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const cmp = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return state.sortDesc ? -cmp : cmp;
  });
  return rows;
}

function renderTable(table: TableData): HTMLElement {
  const max = Math.max(0, ...table.rows.flatMap((r) => r.cells.map((v) => (v === null || Number.isNaN(v) ? 0 : Math.abs(v)))));
  const head = el('tr');
  [table.corner, ...table.cols].forEach((label, i) => {
    const sorted = state.sortCol === i;
    const th = el('th', { scope: 'col', tabIndex: 0, title: t('Sort by this column') }, label, sorted ? (state.sortDesc ? ' ▾' : ' ▴') : '');
    th.setAttribute('aria-sort', sorted ? (state.sortDesc ? 'descending' : 'ascending') : 'none');
    const sort = (): void => {
      state = { ...state, sortCol: i, sortDesc: sorted ? !state.sortDesc : i !== 0 };
      api.setState(state);
      render();
      (document.querySelectorAll('th')[i] as HTMLElement | undefined)?.focus();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    head.append(th);
  });
  const body = el('tbody');
  for (const r of sortedRows(table)) {
    const tr = el('tr', {}, el('th', { scope: 'row', tabIndex: -1 }, r.label));
    r.cells.forEach((v, ci) => {
      const td = el('td', { tabIndex: -1 }, formatCell(v, table.format));
      const share = max > 0 && v !== null && !Number.isNaN(v) ? Math.abs(v) / max : 0;
      td.style.setProperty('--heat', String(Math.round(share * 100)));
      td.className = share > 0.55 ? 'heat strong' : 'heat';
      if (table.opensSegments && v) {
        td.tabIndex = 0;
        td.classList.add('opens');
        td.title = t('Show these coded segments');
        const open = (): void => post({ type: 'openSegments', code: r.label, ...(table.id === 'byDocument' ? { path: table.cols[ci] } : {}) });
        td.addEventListener('click', open);
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
      }
      tr.append(td);
    });
    body.append(tr);
  }
  const grid = el('table', {}, el('thead', {}, head), body);
  grid.setAttribute('aria-label', table.title);
  grid.addEventListener('keydown', (e) => moveFocus(e, grid));
  return grid;
}

/** Arrow keys move between cells like a spreadsheet. */
function moveFocus(e: KeyboardEvent, grid: HTMLTableElement): void {
  const cell = e.target as HTMLElement;
  if (!(cell instanceof HTMLTableCellElement) || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
  const row = cell.parentElement as HTMLTableRowElement;
  const r = row.rowIndex + (e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0);
  const c = cell.cellIndex + (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0);
  const next = grid.rows[r]?.cells[c];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function render(): void {
  const root = document.getElementById('root')!;
  if (!data) return;
  const table = data.tables.find((x) => x.id === state.tab) ?? data.tables[0];
  if (!table) return;
  const tabs = el('div', { className: 'tabs' });
  tabs.setAttribute('role', 'tablist');
  for (const x of data.tables) {
    const b = el('button', { className: x.id === table.id ? 'tab active' : 'tab' }, x.title);
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(x.id === table.id));
    b.addEventListener('click', () => { state = { ...state, tab: x.id, sortCol: -1 }; api.setState(state); render(); });
    tabs.append(b);
  }
  const tools = el('div', { className: 'tools' });
  if (table.id === 'byFacet') {
    const pick = el('select', { title: t('Facet') });
    pick.setAttribute('aria-label', t('Facet'));
    for (const f of data.facets) pick.append(el('option', { value: f, selected: f === data.facet }, f));
    pick.addEventListener('change', () => post({ type: 'facet', facet: pick.value }));
    tools.append(el('label', {}, `${t('Facet')}: `, pick));
  }
  const exp = el('button', { className: 'export' }, t('Export CSV'));
  exp.addEventListener('click', () => post({ type: 'export', table: table.id }));
  tools.append(exp);
  const empty = table.rows.length === 0 ? el('p', { className: 'empty' }, t('No coded segments yet.')) : renderTable(table);
  root.replaceChildren(tabs, tools, empty);
  post({ type: 'rendered', table: table.id, rows: table.rows.length, cols: table.cols.length });
}

window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
  if (e.data?.type === 'data') {
    data = e.data;
    render();
  }
});
post({ type: 'ready' });
