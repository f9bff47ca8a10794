/**
 * Analysis of the coding in the editor: the Coded Segments view, the Analysis panel (tables
 * in a webview), Compare Coders, and memos. Registers at once; everything waits for the
 * annotations session to load.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { annotationsSessionOf } from '../annotations/session';
import { AnalysisPanel, ANALYSIS_VIEW_TYPE, type AnalysisHost } from './panel';
import { SegmentsTree } from './segmentsView';
import { askQuery, exportSegments, queryFromArg } from './segmentsCommands';
import { CompareCoders } from './compareCoders';
import { viewInputs } from './inputs';
import { editCodeMemo, editDocumentMemo } from './memos';
import { MemoHoverProvider } from './memoHover';
import { importQdpxCommand } from './importQdpx';
import { MEMOS_DIR } from '../../core/annotations/memos';

export function register(context: vscode.ExtensionContext, service: LensService): void {
  const session = annotationsSessionOf(service);
  if (!session) return;
  const host: AnalysisHost = { session, defaultUri: (name) => vscode.Uri.joinPath(session.files.uri('.'), name) };
  const segments = new SegmentsTree(session);
  const segmentsView = vscode.window.createTreeView('policyLens.segments', { treeDataProvider: segments });
  segments.view = segmentsView;
  const compare = new CompareCoders(session);
  const compareView = vscode.window.createTreeView('policyLens.compareCoders', { treeDataProvider: compare, showCollapseAll: true });
  compare.view = compareView;
  const command = (id: string, run: (arg?: unknown) => unknown) => vscode.commands.registerCommand(id, run);
  // Document memos are plain files: when one changes, Go to… and hovers read them again.
  const memoWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(session.files.root, `${MEMOS_DIR}/**/*.md`));
  let memoTimer: ReturnType<typeof setTimeout> | undefined;
  const memoChanged = (): void => { clearTimeout(memoTimer); memoTimer = setTimeout(() => session.refreshViews(), 500); };
  context.subscriptions.push(
    segments, segmentsView, compare, compareView,
    memoWatcher, memoWatcher.onDidChange(memoChanged), memoWatcher.onDidCreate(memoChanged), memoWatcher.onDidDelete(memoChanged),
    { dispose: () => clearTimeout(memoTimer) },
    vscode.window.registerWebviewPanelSerializer(ANALYSIS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => AnalysisPanel.revive(panel, context, host),
    }),
    { dispose: () => AnalysisPanel.open?.dispose() },
    vscode.languages.registerHoverProvider('*', new MemoHoverProvider(session)),
    command('policyLens.analysis.open', () => { AnalysisPanel.show(context, host); }),
    // For tests and scripts: what the Analysis webview last reported on screen.
    command('policyLens.analysis.lastRender', () => AnalysisPanel.open?.lastRender),
    command('policyLens.segments.query', async () => {
      const q = await askQuery(session);
      if (q) segments.setQuery(q);
    }),
    command('policyLens.segments.show', async (arg) => {
      const q = queryFromArg(arg ?? {});
      if (!q) return;
      segments.setQuery(q);
      await vscode.commands.executeCommand('policyLens.segments.focus');
    }),
    command('policyLens.segments.clear', () => segments.setQuery({})),
    command('policyLens.segments.export', () => exportSegments(segments, session.files.uri('.'))),
    // For tests and scripts: the rows the Coded Segments view lists now.
    command('policyLens.segments.rows', async () => { await segments.getChildren(); return segments.rows.map((r) => r.row); }),
    command('policyLens.compareCoders.choose', async (arg) => {
      await session.ready;
      const coders = [...new Set(viewInputs(session).segments.map((s) => s.coder))].sort();
      const given = Array.isArray(arg) && arg.every((c) => typeof c === 'string' && coders.includes(c)) ? (arg as string[]) : undefined;
      const chosen = given ?? (await vscode.window.showQuickPick(coders, { canPickMany: true, title: vscode.l10n.t('Compare which coders? (two or more)') }));
      if (!chosen) return;
      if (chosen.length < 2) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Choose at least two coders.'));
        return;
      }
      compare.compare(chosen);
      await vscode.commands.executeCommand('policyLens.compareCoders.focus');
    }),
    command('policyLens.compareCoders.next', () => compare.step(1)),
    command('policyLens.compareCoders.previous', () => compare.step(-1)),
    // For tests and scripts: the differences listed now.
    command('policyLens.compareCoders.differences', () => compare.all()),
    command('policyLens.memo.editDocument', (arg) => editDocumentMemo(session, arg)),
    command('policyLens.memo.editCode', (arg) => editCodeMemo(session, arg)),
    command('policyLens.annotations.importQdpx', () => importQdpxCommand(session)),
  );
}
