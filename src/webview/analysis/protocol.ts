/**
 * The messages between the Analysis webview and the extension host — the one file both
 * sides import, so a change to a message breaks the build on both sides at once.
 */

/** One table, ready to show: row and column labels, a number per cell, optional tooltips. */
export interface TableData {
  readonly id: 'byDocument' | 'byFacet' | 'overlap' | 'passage' | 'agreement';
  readonly title: string;
  readonly corner: string;
  readonly cols: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly (number | null)[] }[];
  /** How to print a cell: counts, shares as percentages, or coefficients with three decimals. */
  readonly format: 'count' | 'percent' | 'coefficient';
  /** Whether a cell can be opened as coded segments (row = code, col = document path). */
  readonly opensSegments?: boolean;
}

/** Host → webview. */
export type HostMessage =
  | {
    readonly type: 'data';
    readonly tables: readonly TableData[];
    /** Facets the code × facet table can use, and the one shown. */
    readonly facets: readonly string[];
    readonly facet: string;
    /** Translated interface strings, keyed by English. */
    readonly strings: Readonly<Record<string, string>>;
  };

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  /** After each render: what is on screen (integration tests and the status line use it). */
  | { readonly type: 'rendered'; readonly table: string; readonly rows: number; readonly cols: number }
  | { readonly type: 'export'; readonly table: string }
  | { readonly type: 'facet'; readonly facet: string }
  | { readonly type: 'openSegments'; readonly code: string; readonly path?: string };

/** Whether an unknown value is a message from the webview (the host checks before trusting it). */
export function isWebviewMessage(m: unknown): m is WebviewMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  const o = m as Record<string, unknown>;
  switch (t) {
    case 'ready': return true;
    case 'rendered': return typeof o.table === 'string' && Number.isInteger(o.rows) && Number.isInteger(o.cols);
    case 'export': return typeof o.table === 'string';
    case 'facet': return typeof o.facet === 'string';
    case 'openSegments': return typeof o.code === 'string' && (o.path === undefined || typeof o.path === 'string');
    default: return false;
  }
}
