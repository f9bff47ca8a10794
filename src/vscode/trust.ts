/**
 * Restricted Mode, said once in the views: while the workspace is untrusted the Corpus and
 * Annotations views carry a line explaining that Policy Lens only reads, with the way out
 * (the view message cannot hold links, so the warning shown on a refused write offers the
 * "Manage Workspace Trust" button). The line goes away when trust is granted.
 */
import * as vscode from 'vscode';

/** The line shown at the top of a view while the workspace is untrusted. */
export function readOnlyLine(): string {
  return vscode.l10n.t('Restricted Mode: read-only until you trust this folder (Manage Workspace Trust).');
}

/** Keep `view.message` in step with workspace trust; returns the listener to dispose. */
export function showTrustInView(view: vscode.TreeView<unknown>): vscode.Disposable {
  if (vscode.workspace.isTrusted) return new vscode.Disposable(() => undefined);
  view.message = readOnlyLine();
  return vscode.workspace.onDidGrantWorkspaceTrust(() => { view.message = undefined; });
}
