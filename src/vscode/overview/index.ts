/**
 * The overview feature: *Policy Lens: Open Overview* (palette and the Corpus view title) and
 * the serializer that brings the panel back after a reload. The command resolves with what
 * the webview drew, so scripts and tests can check it.
 */
import * as vscode from 'vscode';
import type { RenderCounts } from '../../webview/overview/protocol';
import type { AnnotationsSession } from '../annotations/session';
import type { LensService } from '../service';
import { OverviewPanel, VIEW_TYPE } from './panel';

export function register(context: vscode.ExtensionContext, service: LensService, session: AnnotationsSession | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.openOverview', (): Promise<RenderCounts> => OverviewPanel.show(context, service, session).counts()),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => { OverviewPanel.revive(panel, context, service, session); },
    }),
  );
}
