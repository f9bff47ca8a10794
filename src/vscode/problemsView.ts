/**
 * How problems in the user's files reach them: as diagnostics in the Problems panel, and as
 * an error notification whose "Open File" puts the cursor where the problem is.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core/types';
import { problemSelection, toDiagnostic } from './convert';
import type { WorkspaceFiles } from './host';

/**
 * Replace a collection's diagnostics with `problems`, grouped by file. Returns the paths that
 * could not be shown (outside the workspace).
 */
export function publishDiagnostics(collection: vscode.DiagnosticCollection, files: WorkspaceFiles, problems: readonly Problem[]): string[] {
  const byPath = new Map<string, Problem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  collection.clear();
  const outside: string[] = [];
  for (const [path, list] of byPath) {
    try {
      collection.set(files.uri(path), list.map(toDiagnostic));
    } catch {
      outside.push(path);
    }
  }
  return outside;
}

/** An error notification with "Open File", which opens `uri` with the cursor at `place`. */
export async function showErrorWithOpen(message: string, uri: vscode.Uri, place: { line?: number; column?: number }): Promise<void> {
  const open = vscode.l10n.t('Open File');
  const choice = await vscode.window.showErrorMessage(message, open);
  if (choice === open) await vscode.window.showTextDocument(uri, { selection: problemSelection(place), preview: false });
}
