/**
 * The Corpus feature: the tree view grouped by institution, theme, year or language, the
 * catalog overrides behind its context menu, outline and workspace symbols for corpus
 * documents, and the editor adjustments (encoding, `policy-text` language, context key).
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { registerCatalogCommands } from './catalogCommands';
import { EditorDocuments } from './editorDocuments';
import { initialGroupBy, registerGroupBy } from './groupBy';
import type { CorpusNode } from './nodes';
import { registerOpenCommand } from './openDocument';
import { registerSymbols } from './symbols';
import { CorpusTreeProvider } from './treeProvider';
import { showTrustInView } from '../trust';

export function register(context: vscode.ExtensionContext, service: LensService): void {
  const provider = new CorpusTreeProvider(service, initialGroupBy(context));
  const view = vscode.window.createTreeView<CorpusNode>('policyLens.corpus', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    showTrustInView(view as vscode.TreeView<unknown>),
    ...registerGroupBy(context, service, provider, view as vscode.TreeView<unknown>),
    registerOpenCommand(service),
    ...registerCatalogCommands(service),
    ...registerSymbols(service),
    new EditorDocuments(service),
  );
}
