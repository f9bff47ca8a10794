/**
 * ECharts options for the overview's charts, built from the filtered documents. Colours come
 * from the VS Code theme (`Theme`), so light, dark and high-contrast themes all read well.
 */
import type { OverviewData } from '../../core/overview/data';
import type { Labels } from './protocol';
import { inDegree, laneOf, type LaneBy, type Matrix } from './filters';

export interface Theme {
  readonly foreground: string;
  readonly muted: string;
  readonly background: string;
  readonly border: string;
  readonly palette: readonly string[];
  readonly heat: readonly [string, string];
  readonly highContrast: boolean;
}

/** The echarts option type, kept loose: the webview bundle only needs the shape echarts reads. */
export type ChartOption = Record<string, unknown>;

const base = (t: Theme): ChartOption => ({
  backgroundColor: 'transparent',
  textStyle: { color: t.foreground, fontFamily: 'var(--vscode-font-family)' },
  aria: { enabled: true },
  animation: false,
  tooltip: { backgroundColor: t.background, borderColor: t.border, textStyle: { color: t.foreground }, confine: true },
});

/** Milliseconds since the epoch of an ISO date that may lack month or day (mid-period). */
export function dateValue(date: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : m[2] ? 15 : 1];
  const v = Date.UTC(y, mo, d);
  return Number.isFinite(v) ? v : undefined;
}

export interface TimelineResult { readonly option: ChartOption; readonly lanes: number; readonly dated: number }

/** Documents by date, one lane per institution, jurisdiction or type; a slider brushes years. */
export function timelineOption(data: OverviewData, docs: readonly number[], laneBy: LaneBy, labels: Labels, t: Theme): TimelineResult {
  const unknown = labels.unknown;
  const laneIndex = new Map<string, number>();
  const points: { value: [number, number]; path: string; name: string }[] = [];
  for (const i of docs) {
    const d = data.documents[i];
    const x = d.date ? dateValue(d.date) : undefined;
    if (x === undefined) continue;
    const lane = laneOf(data, d, laneBy, unknown);
    if (!laneIndex.has(lane)) laneIndex.set(lane, laneIndex.size);
    points.push({ value: [x, laneIndex.get(lane)!], path: d.path, name: `${d.title} (${d.date})` });
  }
  const lanes = [...laneIndex.keys()];
  const option: ChartOption = {
    ...base(t),
    grid: { left: 8, right: 24, top: 16, bottom: 56 },
    xAxis: { type: 'time', axisLine: { lineStyle: { color: t.muted } }, splitLine: { show: false } },
    yAxis: { type: 'category', data: lanes, axisLabel: { width: 180, overflow: 'truncate' }, axisLine: { lineStyle: { color: t.muted } } },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', showDataShadow: false, height: 18, bottom: 8, textStyle: { color: t.muted }, borderColor: t.border }],
    tooltip: { ...(base(t).tooltip as object), trigger: 'item', formatter: (p: { data: { name: string } }) => escapeHtml(p.data.name) },
    series: [{ type: 'scatter', symbolSize: 9, data: points, itemStyle: { color: t.palette[0], opacity: 0.85 }, large: points.length > 2000 }],
  };
  return { option, lanes: lanes.length, dated: points.length };
}

export interface NetworkResult { readonly option: ChartOption; readonly nodes: number; readonly edges: number }

/** Documents as nodes sized by how often they are cited, coloured by jurisdiction. */
export function networkOption(data: OverviewData, docs: readonly number[], labels: Labels, t: Theme): NetworkResult {
  const keep = new Set(docs);
  const deg = inDegree(data, keep);
  const kinds = new Map([['citation', labels.citation], ['link', labels.link], ['entity', labels.sharedEntity]]);
  const edges = data.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  const connected = new Set(edges.flatMap((e) => [e.from, e.to]));
  const shown = docs.filter((i) => connected.has(i) || deg.has(i));
  const groups = new Map<string, number>();
  const nodes = shown.map((i) => {
    const d = data.documents[i];
    const g = d.jurisdiction[0] ?? labels.unknown;
    if (!groups.has(g)) groups.set(g, groups.size);
    return { id: String(i), name: d.title, path: d.path, category: groups.get(g)!, symbolSize: 8 + 5 * Math.sqrt(deg.get(i) ?? 0), value: deg.get(i) ?? 0 };
  });
  const links = edges.map((e) => ({
    source: String(e.from), target: String(e.to), kind: kinds.get(e.kind),
    lineStyle: { width: Math.min(4, 0.6 + Math.log2(1 + e.weight)), type: e.kind === 'entity' ? 'dashed' : 'solid', opacity: e.kind === 'entity' ? 0.35 : 0.8 },
  }));
  const option: ChartOption = {
    ...base(t),
    color: t.palette,
    legend: { data: [...groups.keys()], textStyle: { color: t.foreground }, top: 0 },
    tooltip: { ...(base(t).tooltip as object), formatter: (p: { dataType: string; data: { name: string; value: number; kind?: string } }) =>
      p.dataType === 'edge' ? escapeHtml(p.data.kind ?? '') : `${escapeHtml(p.data.name)}<br/>${escapeHtml(labels.citedTimes.replace('{0}', String(p.data.value)))}` },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
      categories: [...groups.keys()].map((name) => ({ name })),
      force: { repulsion: nodes.length > 500 ? 30 : nodes.length > 100 ? 90 : 420, edgeLength: [50, 190], gravity: 0.06, layoutAnimation: nodes.length < 800 },
      label: { show: nodes.length <= 60, position: 'right', color: t.foreground, width: 160, overflow: 'truncate' },
      lineStyle: { color: t.muted, curveness: 0.1 },
      emphasis: { focus: 'adjacency' },
      data: nodes, links,
    }],
  };
  return { option, nodes: nodes.length, edges: links.length };
}

/** A heat map of a matrix (institution × entity, institution × tag, entity × entity). */
export function heatmapOption(m: Matrix, t: Theme): ChartOption {
  const max = m.cells.reduce((x, c) => Math.max(x, c[2]), 1);
  return {
    ...base(t),
    grid: { left: 8, right: 16, top: 8, bottom: 70 },
    xAxis: { type: 'category', data: m.cols, axisLabel: { rotate: 40, width: 110, overflow: 'truncate', interval: 0 }, splitArea: { show: true } },
    yAxis: { type: 'category', data: m.rows, axisLabel: { width: 170, overflow: 'truncate', interval: 0 }, splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, inRange: { color: [...t.heat] }, textStyle: { color: t.foreground } },
    tooltip: { ...(base(t).tooltip as object), formatter: (p: { value: [number, number, number] }) =>
      `${escapeHtml(m.rows[p.value[1]])} × ${escapeHtml(m.cols[p.value[0]])}: ${p.value[2]}` },
    series: [{ type: 'heatmap', data: m.cells.map(([r, c, n]) => [c, r, n]), label: { show: m.cells.length < 150, color: t.foreground }, emphasis: { itemStyle: { borderColor: t.foreground, borderWidth: 1 } } }],
  };
}

/** Text for HTML tooltips: workspace data never becomes markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
