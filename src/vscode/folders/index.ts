/**
 * Multi-root workspaces. The corpus is built from the first workspace folder only (one
 * corpus per folder is not built yet); so that no folder's documents vanish silently, the
 * user is told which folders are not part of the corpus, on activation and whenever folders
 * are added, and the log says the same.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';

/** Folders of the workspace that are not indexed (all but the one the service reads). */
function unindexed(service: LensService): readonly vscode.WorkspaceFolder[] {
  const root = service.files?.root.toString();
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.toString() !== root);
}

function tell(service: LensService): void {
  const left = unindexed(service);
  if (left.length === 0 || !service.files) return;
  const names = left.map((f) => f.name).join(', ');
  service.log.warn(`Multi-root workspace: only ${service.files.root.fsPath} is indexed; not part of the corpus: ${names}`);
  void vscode.window.showWarningMessage(vscode.l10n.t('Policy Lens reads only the first workspace folder. Not part of the corpus: {0}', names));
}

/** Registers the notice for folders outside the corpus. */
export function register(context: vscode.ExtensionContext, service: LensService): void {
  tell(service);
  context.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders((e) => { if (e.added.length) tell(service); }));
}
