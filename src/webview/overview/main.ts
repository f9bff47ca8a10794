/**
 * The overview webview: filters shared by every chart, a timeline, a citation network and
 * who-talks-about-what heat maps, drawn with ECharts. Runs in the webview (no `vscode`
 * import); talks to the extension only through the messages of `protocol.ts`.
 */
import * as echarts from 'echarts/core';
import { GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { OverviewData } from '../../core/overview/data';
import { heatmapOption, networkOption, timelineOption, type ChartOption, type Theme } from './charts';
import { cooccurrenceMatrix, filterDocuments, institutionMatrix, matrixCsv, toCsv, type Filters, type LaneBy, type Matrix } from './filters';
import type { ChartId, HostMessage, Labels, WebviewMessage } from './protocol';

echarts.use([ScatterChart, GraphChart, HeatmapChart, GridComponent, TooltipComponent, DataZoomComponent, VisualMapComponent, LegendComponent, AriaComponent, CanvasRenderer, SVGRenderer]);

interface VsCodeApi { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

interface State { filters: Filters; laneBy: LaneBy }
const saved = vscode.getState() as Partial<State> | undefined;
let state: State = { filters: saved?.filters ?? {}, laneBy: saved?.laneBy ?? 'institution' };
let data: OverviewData | undefined;
let labels: Labels = {};
const charts = new Map<ChartId, echarts.ECharts>();
const options = new Map<ChartId, ChartOption>();
const matrices = new Map<ChartId, Matrix>();
let visible: number[] = [];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function theme(): Theme {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const palette = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'].map((c) => v(`--vscode-charts-${c}`, '#888'));
  return {
    foreground: v('--vscode-foreground', '#333'), muted: v('--vscode-descriptionForeground', '#888'),
    background: v('--vscode-editorWidget-background', v('--vscode-editor-background', '#fff')),
    border: v('--vscode-widget-border', v('--vscode-contrastBorder', '#888')),
    palette, heat: [v('--vscode-editor-background', '#fff'), palette[0]],
    highContrast: document.body.classList.contains('vscode-high-contrast'),
  };
}

function chart(id: ChartId): echarts.ECharts {
  let c = charts.get(id);
  if (!c) {
    const el = document.querySelector<HTMLElement>(`[data-chart="${id}"] .chart`)!;
    c = echarts.init(el, undefined, { renderer: 'canvas' });
    charts.set(id, c);
    c.on('click', (p) => { const path = (p.data as { path?: unknown } | undefined)?.path; if (typeof path === 'string') vscode.postMessage({ type: 'open', path }); });
    if (id === 'timeline') c.on('datazoom', () => onBrush(c!));
    new ResizeObserver(() => c!.resize()).observe(el);
  }
  return c;
}

/** The timeline's slider narrows the years of every other chart. */
function onBrush(c: echarts.ECharts): void {
  const zoom = (c.getOption() as { dataZoom?: { start?: number; end?: number; startValue?: number; endValue?: number }[] }).dataZoom?.[0];
  if (!zoom) return;
  // The whole range is no filter: undated documents stay in view.
  const whole = (zoom.start ?? 0) <= 0 && (zoom.end ?? 100) >= 100;
  const fromYear = whole || zoom.startValue === undefined ? undefined : new Date(zoom.startValue).getUTCFullYear();
  const toYear = whole || zoom.endValue === undefined ? undefined : new Date(zoom.endValue).getUTCFullYear();
  if (fromYear === state.filters.fromYear && toYear === state.filters.toYear) return;
  state = { ...state, filters: { ...state.filters, fromYear, toYear } };
  render(false);
}

function set(id: ChartId, option: ChartOption): void {
  options.set(id, option);
  chart(id).setOption(option, true);
}

/** Draw every chart for the current filters; `timeline` false keeps the brushed timeline as is. */
function render(timeline = true): void {
  if (!data) return;
  const started = performance.now();
  vscode.setState(state);
  const t = theme();
  visible = filterDocuments(data, state.filters);
  const forTimeline = filterDocuments(data, { ...state.filters, fromYear: undefined, toYear: undefined });
  const tl = timelineOption(data, forTimeline, state.laneBy, labels, t);
  if (timeline) set('timeline', tl.option);
  const net = networkOption(data, visible, labels, t);
  set('network', net.option);
  const heat: [ChartId, Matrix][] = [
    ['institutionEntity', institutionMatrix(data, visible, 'entities', labels.unknown)],
    ['institutionTag', institutionMatrix(data, visible, 'tags', labels.unknown)],
    ['cooccurrence', cooccurrenceMatrix(data, visible)],
  ];
  for (const [id, m] of heat) { matrices.set(id, m); set(id, heatmapOption(m, t)); emptyNote(id, m.cells.length === 0); }
  emptyNote('timeline', tl.dated === 0);
  emptyNote('network', net.nodes === 0);
  $('summary').textContent = labels.summary.replace('{0}', String(visible.length)).replace('{1}', String(data.documents.length));
  documentList();
  vscode.postMessage({ type: 'rendered', counts: {
    documents: visible.length, dated: tl.dated, lanes: tl.lanes, nodes: net.nodes, edges: net.edges,
    heatCells: heat.reduce((n, [, m]) => n + m.cells.length, 0), pairs: matrices.get('cooccurrence')!.cells.length / 2,
    ms: Math.round(performance.now() - started),
  } });
}

function emptyNote(id: ChartId, empty: boolean): void {
  document.querySelector<HTMLElement>(`[data-chart="${id}"] .empty`)!.hidden = !empty;
}

/** The filtered documents as buttons: the keyboard way to open what the charts show. */
function documentList(): void {
  const list = $('documents');
  list.replaceChildren(...visible.slice(0, 300).map((i) => {
    const d = data!.documents[i];
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.textContent = d.date ? `${d.date} · ${d.title}` : d.title;
    b.title = d.path;
    b.addEventListener('click', () => vscode.postMessage({ type: 'open', path: d.path }));
    li.append(b);
    return li;
  }));
}

function fillSelect(id: string, values: readonly [string, string][], current: string | undefined): void {
  const sel = $<HTMLSelectElement>(id);
  const all = document.createElement('option');
  all.value = ''; all.textContent = labels.all;
  sel.replaceChildren(all, ...values.map(([value, text]) => { const o = document.createElement('option'); o.value = value; o.textContent = text; return o; }));
  sel.value = current ?? '';
}

function filterControls(): void {
  const d = data!;
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  fillSelect('f-institution', d.institutions.map((x, i) => [String(i), x.name] as [string, string]).sort((a, b) => a[1].localeCompare(b[1])), state.filters.institution?.toString());
  fillSelect('f-type', uniq(d.documents.map((x) => x.type)).map((x) => [x, labels[`type.${x}`] ?? x]), state.filters.type);
  fillSelect('f-jurisdiction', uniq(d.documents.flatMap((x) => x.jurisdiction)).map((x) => [x, x]), state.filters.jurisdiction);
  fillSelect('f-language', uniq(d.documents.map((x) => x.language)).map((x) => [x, labels[`language.${x}`] ?? x]), state.filters.language);
  fillSelect('f-tag', d.tags.map((x, i) => [String(i), x] as [string, string]), state.filters.tag?.toString());
  const years = uniq(d.documents.map((x) => (x.year ? String(x.year) : undefined)));
  fillSelect('f-year', years.map((y) => [y, y]), state.filters.fromYear !== undefined && state.filters.fromYear === state.filters.toYear ? String(state.filters.fromYear) : undefined);
  $<HTMLSelectElement>('lane-by').value = state.laneBy;
}

function onFilterChange(): void {
  const num = (id: string) => { const v = $<HTMLSelectElement>(id).value; return v === '' ? undefined : Number(v); };
  const str = (id: string) => $<HTMLSelectElement>(id).value || undefined;
  const year = num('f-year');
  state = {
    laneBy: $<HTMLSelectElement>('lane-by').value as LaneBy,
    filters: { institution: num('f-institution'), type: str('f-type'), jurisdiction: str('f-jurisdiction'), language: str('f-language'), tag: num('f-tag'), fromYear: year, toYear: year },
  };
  render();
}

async function exportImage(id: ChartId, format: 'svg' | 'png'): Promise<void> {
  const option = options.get(id);
  if (!option) return;
  let dataUrl: string;
  if (format === 'png') dataUrl = chart(id).getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: theme().background });
  else {
    // A second, SVG-rendered instance of the same option: vector output at the same size.
    const el = document.querySelector<HTMLElement>(`[data-chart="${id}"] .chart`)!;
    const host = document.createElement('div');
    host.style.width = `${el.clientWidth}px`; host.style.height = `${el.clientHeight}px`;
    host.style.position = 'absolute'; host.style.left = '-10000px';
    document.body.append(host);
    const svg = echarts.init(host, undefined, { renderer: 'svg' });
    svg.setOption({ ...option, animation: false });
    dataUrl = svg.getDataURL({ type: 'svg' });
    svg.dispose(); host.remove();
  }
  vscode.postMessage({ type: 'exportImage', chart: id, format, dataUrl });
}

function exportCsv(id: ChartId): void {
  const d = data!;
  let csv: string;
  if (id === 'timeline' || id === 'network') {
    csv = toCsv([['path', 'title', 'date', 'institution', 'type', 'jurisdiction', 'language'],
      ...visible.map((i) => { const x = d.documents[i]; return [x.path, x.title, x.date ?? '', x.institution >= 0 ? d.institutions[x.institution].name : '', x.type ?? '', x.jurisdiction.join(' '), x.language]; })]);
    if (id === 'network') {
      const keep = new Set(visible);
      csv = toCsv([['from', 'to', 'kind', 'weight'], ...d.edges.filter((e) => keep.has(e.from) && keep.has(e.to)).map((e) => [d.documents[e.from].path, d.documents[e.to].path, e.kind, e.weight])]);
    }
  } else csv = matrixCsv(matrices.get(id)!, id === 'cooccurrence' ? 'entity' : 'institution');
  vscode.postMessage({ type: 'exportCsv', chart: id, csv });
}

function wire(): void {
  for (const id of ['f-institution', 'f-type', 'f-jurisdiction', 'f-year', 'f-language', 'f-tag', 'lane-by']) $(id).addEventListener('change', onFilterChange);
  $('reset').addEventListener('click', () => { state = { ...state, filters: {} }; filterControls(); render(); });
  document.querySelectorAll<HTMLButtonElement>('button[data-export]').forEach((b) => b.addEventListener('click', () => {
    const id = b.closest<HTMLElement>('[data-chart]')!.dataset.chart as ChartId;
    const what = b.dataset.export!;
    if (what === 'csv') exportCsv(id); else void exportImage(id, what as 'svg' | 'png');
  }));
  window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
    if (e.data?.type !== 'data') return;
    data = e.data.data;
    labels = e.data.labels;
    document.documentElement.lang = e.data.language;
    filterControls();
    render();
  });
  // Theme changes restyle the charts (VS Code swaps the body class and CSS variables).
  new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}

wire();
vscode.postMessage({ type: 'ready' });
