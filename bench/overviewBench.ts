/**
 * The overview's first render at bench scale: building its data from the corpus, the message
 * round trip (JSON, as postMessage clones it), filtering and the chart options of the webview
 * code, and ECharts drawing every chart. ECharts runs here in its server-side SVG mode (no
 * browser in the bench), which does the same layout work as the canvas in the webview.
 */
import * as echarts from 'echarts/core';
import { GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { CorpusModel } from '../src/core/corpus/model';
import { buildOverview, type OverviewData } from '../src/core/overview/data';
import { heatmapOption, networkOption, timelineOption, type Theme } from '../src/webview/overview/charts';
import { cooccurrenceMatrix, filterDocuments, institutionMatrix } from '../src/webview/overview/filters';
import { now } from './stats';

echarts.use([ScatterChart, GraphChart, HeatmapChart, GridComponent, TooltipComponent, DataZoomComponent, VisualMapComponent, LegendComponent, AriaComponent, SVGRenderer]);

const THEME: Theme = { foreground: '#333', muted: '#888', background: '#fff', border: '#ccc', palette: ['#1a85ff', '#d18616', '#388a34', '#652d90', '#e51400', '#bf8803'], heat: ['#fff', '#1a85ff'], highContrast: false };
const LABELS = { unknown: '(unknown)', citation: 'cites', link: 'linked', sharedEntity: 'shares an entity', citedTimes: '{0}', summary: '{0}/{1}', all: 'All' };

export interface OverviewBenchResult {
  readonly dataMs: number;
  readonly renderMs: number;
  readonly totalMs: number;
  readonly messageKB: number;
  readonly nodes: number;
  readonly edges: number;
}

function draw(option: Record<string, unknown>, height: number): number {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 1200, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.length;
}

/** Time one first render of the overview over `model`'s documents. */
export function overviewFirstRender(model: CorpusModel): OverviewBenchResult {
  const t0 = now();
  const built = buildOverview({ documents: model.documents(), annotations: [], entityName: (id) => id });
  const message = JSON.stringify(built);
  const t1 = now();
  const data = JSON.parse(message) as OverviewData;
  const docs = filterDocuments(data, {});
  draw(timelineOption(data, docs, 'institution', LABELS, THEME).option, 360);
  const net = networkOption(data, docs, LABELS, THEME);
  draw(net.option, 460);
  draw(heatmapOption(institutionMatrix(data, docs, 'entities', LABELS.unknown), THEME), 320);
  draw(heatmapOption(institutionMatrix(data, docs, 'tags', LABELS.unknown), THEME), 320);
  draw(heatmapOption(cooccurrenceMatrix(data, docs), THEME), 320);
  const t2 = now();
  return { dataMs: t1 - t0, renderMs: t2 - t1, totalMs: t2 - t0, messageKB: Math.round(message.length / 1024), nodes: net.nodes, edges: net.edges };
}
