/**
 * The Analysis panel: a webview with the analysis tables. The webview is its own program
 * (`src/webview/analysis`, bundled for the browser); the host waits for its `ready` before
 * posting, sends fresh data when annotations change, and handles export and "show segments"
 * requests. Strict CSP: nothing but our own script (with a nonce) and stylesheet.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { isWebviewMessage, type HostMessage, type TableData, type WebviewMessage } from '../../webview/analysis/protocol';
import { buildTables, tableCsv } from './tables';
import { viewInputs } from './inputs';

export const ANALYSIS_VIEW_TYPE = 'policyLens.analysis';

/** Strings the webview shows, translated here (the webview has no l10n). */
function strings(): Record<string, string> {
  return Object.fromEntries([
    ['Sort by this column', vscode.l10n.t('Sort by this column')],
    ['Show these coded segments', vscode.l10n.t('Show these coded segments')],
    ['Facet', vscode.l10n.t('Facet')],
    ['Export CSV', vscode.l10n.t('Export CSV')],
    ['No coded segments yet.', vscode.l10n.t('No coded segments yet.')],
  ]);
}

/** One open Analysis panel (there is at most one; opening again reveals it). */
export class AnalysisPanel implements vscode.Disposable {
  private static current: AnalysisPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private facet = 'institution';
  private tables: TableData[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the webview last reported on screen (for tests and the title). */
  lastRender: Extract<WebviewMessage, { type: 'rendered' }> | undefined;

  /** Open (or reveal) the panel. */
  static show(context: vscode.ExtensionContext, session: AnalysisHost): AnalysisPanel {
    if (AnalysisPanel.current) {
      AnalysisPanel.current.panel.reveal();
      return AnalysisPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ANALYSIS_VIEW_TYPE, vscode.l10n.t('Policy Lens: Analysis'), vscode.ViewColumn.Active, AnalysisPanel.options(context));
    return (AnalysisPanel.current = new AnalysisPanel(panel, context, session));
  }

  /** Take over a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, session: AnalysisHost): void {
    panel.webview.options = AnalysisPanel.options(context);
    AnalysisPanel.current?.dispose();
    AnalysisPanel.current = new AnalysisPanel(panel, context, session);
  }

  /** The open panel, if any. */
  static get open(): AnalysisPanel | undefined {
    return AnalysisPanel.current;
  }

  private static options(context: vscode.ExtensionContext): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
  }

  private constructor(readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private readonly host: AnalysisHost) {
    panel.webview.html = this.html(context);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => { if (isWebviewMessage(m)) void this.receive(m); }),
      host.session.onDidChange(() => this.schedule()),
    );
  }

  private html(context: vscode.ExtensionContext): string {
    const w = this.panel.webview;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const nonce = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    const res = (name: string) => w.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', name));
    return `<!DOCTYPE html><html lang="${vscode.env.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource}; script-src 'nonce-${nonce}'; img-src ${w.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${res('analysis-style.css')}">
<title>Analysis</title></head><body><main id="root" aria-live="polite"></main><script nonce="${nonce}" src="${res('analysis.js')}"></script></body></html>`;
  }

  private async receive(m: WebviewMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        await this.post();
        return;
      case 'rendered':
        this.lastRender = m;
        return;
      case 'facet':
        this.facet = m.facet;
        await this.post();
        return;
      case 'export':
        await this.exportTable(m.table);
        return;
      case 'openSegments':
        await vscode.commands.executeCommand('policyLens.segments.show', { tag: m.code, ...(m.path ? { path: m.path } : {}) });
        return;
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.post(), 300);
  }

  /** Compute and send the tables (only once the webview said it is ready). */
  async post(): Promise<void> {
    if (!this.ready) return;
    await this.host.session.ready;
    const inputs = viewInputs(this.host.session);
    if (!inputs.facets.includes(this.facet) && inputs.facets.length) this.facet = inputs.facets.includes('institution') ? 'institution' : inputs.facets[0];
    this.tables = buildTables(inputs, this.facet);
    const message: HostMessage = { type: 'data', tables: this.tables, facets: inputs.facets, facet: this.facet, strings: strings() };
    await this.panel.webview.postMessage(message);
  }

  private async exportTable(id: string): Promise<void> {
    const table = this.tables.find((t) => t.id === id);
    if (!table) return;
    const target = await vscode.window.showSaveDialog({ defaultUri: this.host.defaultUri(`${id}.csv`), filters: { CSV: ['csv'] } });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(tableCsv(table)));
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', vscode.workspace.asRelativePath(target)));
  }

  dispose(): void {
    if (AnalysisPanel.current === this) AnalysisPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** What the panel needs from the feature. */
export interface AnalysisHost {
  readonly session: AnnotationsSession;
  defaultUri(name: string): vscode.Uri | undefined;
}
