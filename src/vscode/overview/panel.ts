/**
 * The overview panel: one webview per window, fed with `buildOverview` once the webview says
 * it is ready and again (debounced) whenever the corpus or the annotations change. It opens
 * documents on click and saves exported charts where the user chooses.
 */
import * as vscode from 'vscode';
import { buildOverview, type OverviewData } from '../../core/overview/data';
import { entityName } from '../../core/corpus/entityNames';
import { isWebviewMessage, type ChartId, type HostMessage, type RenderCounts } from '../../webview/overview/protocol';
import type { AnnotationsSession } from '../annotations/session';
import { openCorpusDocument } from '../corpus/openDocument';
import { displayLanguage } from '../locale';
import type { LensService } from '../service';
import { overviewHtml } from './html';
import { overviewLabels } from './labels';

export const VIEW_TYPE = 'policyLens.overview';
const REFRESH_MS = 400;

export class OverviewPanel implements vscode.Disposable {
  private static current: OverviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly rendered = new vscode.EventEmitter<RenderCounts>();
  /** Fires with what the webview drew after each render. */
  readonly onDidRender = this.rendered.event;
  private lastCounts: RenderCounts | undefined;

  /** Show the overview (creating it, or revealing the open one). */
  static show(context: vscode.ExtensionContext, service: LensService, session: AnnotationsSession | undefined): OverviewPanel {
    if (OverviewPanel.current) {
      OverviewPanel.current.panel.reveal();
      return OverviewPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Policy Lens Overview'), vscode.ViewColumn.Active, OverviewPanel.options(context));
    return OverviewPanel.revive(panel, context, service, session);
  }

  /** Webview options: scripts on, and only the extension's own bundle and media readable. */
  static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(context.extensionUri, 'media')] };
  }

  /** Take over a panel (new, or restored by the serializer after a reload). */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, service: LensService, session: AnnotationsSession | undefined): OverviewPanel {
    OverviewPanel.current = new OverviewPanel(panel, context, service, session);
    return OverviewPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private readonly service: LensService, private readonly session: AnnotationsSession | undefined) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'policy-lens.svg');
    panel.webview.options = OverviewPanel.options(context);
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel.webview.html = overviewHtml(panel.webview, panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'overview.js')), panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'overview.css')));
    this.disposables.push(
      this.rendered,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      service.onDidChange(() => this.schedule()),
      ...(session ? [session.onDidChange(() => this.schedule())] : []),
    );
  }

  /** What the webview drew last, or the next render when none has happened yet. */
  counts(): Promise<RenderCounts> {
    if (this.lastCounts) return Promise.resolve(this.lastCounts);
    return new Promise((resolve) => { const d = this.onDidRender((c) => { d.dispose(); resolve(c); }); });
  }

  private schedule(): void {
    if (!this.ready) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.post(), REFRESH_MS);
  }

  private async data(): Promise<OverviewData | undefined> {
    const corpus = await this.service.ready();
    if (!corpus) return undefined;
    const zh = displayLanguage() === 'zh';
    return buildOverview({
      documents: corpus.model.documents(),
      annotations: this.session?.all() ?? [],
      entityName: (id) => { const e = corpus.kb.get(id); return zh ? e?.names.zh ?? entityName(e, id) : entityName(e, id); },
      citations: corpus.model.citations().all().flatMap((c) => (c.target.path ? [{ from: c.path, to: c.target.path }] : [])),
    });
  }

  private async post(): Promise<void> {
    const data = await this.data();
    if (!data) return;
    const message: HostMessage = { type: 'data', data, labels: overviewLabels(), language: vscode.env.language };
    await this.panel.webview.postMessage(message);
  }

  private async receive(m: unknown): Promise<void> {
    if (!isWebviewMessage(m)) return;
    switch (m.type) {
      case 'ready': this.ready = true; await this.post(); return;
      case 'rendered': this.lastCounts = m.counts; this.rendered.fire(m.counts); return;
      case 'open': {
        if (!this.service.current()?.model.get(m.path)) return; // only corpus documents
        const doc = await openCorpusDocument(this.service, m.path);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        return;
      }
      case 'exportImage': return this.save(m.chart, m.format, dataUrlBytes(m.dataUrl));
      case 'exportCsv': return this.save(m.chart, 'csv', new TextEncoder().encode('\ufeff' + m.csv));
    }
  }

  private async save(chart: ChartId, ext: 'svg' | 'png' | 'csv', bytes: Uint8Array | undefined): Promise<void> {
    if (!bytes) { void vscode.window.showErrorMessage(vscode.l10n.t('The chart could not be exported.')); return; }
    if (!this.service.canWrite()) return;
    const root = this.service.files?.root;
    const target = await vscode.window.showSaveDialog({
      ...(root ? { defaultUri: vscode.Uri.joinPath(root, `overview-${chart}.${ext}`) } : {}),
      filters: { [ext.toUpperCase()]: [ext] },
      title: vscode.l10n.t('Export chart'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', target.path.split('/').pop() ?? ''));
  }

  dispose(): void {
    if (OverviewPanel.current === this) OverviewPanel.current = undefined;
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

/** Bytes of a `data:` URL (base64 or percent-encoded), or undefined when it is not one of ours. */
export function dataUrlBytes(url: string): Uint8Array | undefined {
  const m = /^data:image\/(png|svg\+xml)(?:;charset=[\w-]+)?(;base64)?,(.*)$/s.exec(url);
  if (!m) return undefined;
  if (m[2]) return Uint8Array.from(Buffer.from(m[3], 'base64'));
  try { return new TextEncoder().encode(decodeURIComponent(m[3])); } catch { return undefined; }
}
