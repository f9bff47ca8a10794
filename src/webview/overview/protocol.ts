/**
 * The messages between the extension and the overview webview, imported by both sides so a
 * change to one is a type error on the other. The host waits for `ready` before it posts.
 */
import type { OverviewData } from '../../core/overview/data';

/** The charts of the overview, each exportable on its own. */
export type ChartId = 'timeline' | 'network' | 'institutionEntity' | 'institutionTag' | 'cooccurrence';
export const CHART_IDS: readonly ChartId[] = ['timeline', 'network', 'institutionEntity', 'institutionTag', 'cooccurrence'];

/** Localised UI strings, built by the host with `vscode.l10n` (the webview has no l10n). */
export type Labels = Readonly<Record<string, string>>;

export type HostMessage =
  | { readonly type: 'data'; readonly data: OverviewData; readonly labels: Labels; readonly language: string };

/** What one render drew; the integration test and the bench read it. */
export interface RenderCounts {
  readonly documents: number;
  readonly dated: number;
  readonly lanes: number;
  readonly nodes: number;
  readonly edges: number;
  readonly heatCells: number;
  readonly pairs: number;
  readonly ms: number;
}

export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly counts: RenderCounts }
  | { readonly type: 'open'; readonly path: string }
  | { readonly type: 'exportImage'; readonly chart: ChartId; readonly format: 'svg' | 'png'; readonly dataUrl: string }
  | { readonly type: 'exportCsv'; readonly chart: ChartId; readonly csv: string };

/** Narrow an untyped message from the webview; anything else is ignored by the host. */
export function isWebviewMessage(m: unknown): m is WebviewMessage {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready': return true;
    case 'rendered': return typeof o.counts === 'object' && o.counts !== null;
    case 'open': return typeof o.path === 'string';
    case 'exportImage': return CHART_IDS.includes(o.chart as ChartId) && (o.format === 'svg' || o.format === 'png') && typeof o.dataUrl === 'string';
    case 'exportCsv': return CHART_IDS.includes(o.chart as ChartId) && typeof o.csv === 'string';
    default: return false;
  }
}
