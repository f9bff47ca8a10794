/**
 * "Policy Lens: Import Documents…": from the command palette it asks for files; from the
 * explorer's context menu it takes the clicked (or selected) files. Each becomes Markdown in
 * the workspace; the result is reported in one message, and the first Markdown file opens.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { importFile, type ImportOutcome } from '../../core/import/importFile';
import { importKind } from '../../core/import/kinds';
import { loadConverters } from '../../importer/load';
import { importNodeUris } from './pendingNodes';

/** Run the import for the given uris, or ask for files when there are none. */
export async function importDocuments(service: LensService, clicked?: unknown, selected?: unknown): Promise<ImportOutcome[]> {
  const files = service.files;
  if (!files) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder before importing documents.'));
    return [];
  }
  // Import writes files: refused in Restricted Mode before any dialog (the service says why).
  if (!service.canWrite()) return [];
  // From the Corpus tree's "Not yet imported" group the argument is its node.
  let uris = importNodeUris(clicked, (p) => files.uri(p)) ?? (urisOf(selected).length > 0 ? urisOf(selected) : urisOf(clicked));
  if (uris.length === 0) {
    uris = (await vscode.window.showOpenDialog({
      canSelectMany: true,
      defaultUri: files.root,
      openLabel: vscode.l10n.t('Import'),
      filters: { [vscode.l10n.t('PDF, web pages, Word files')]: ['pdf', 'html', 'htm', 'docx'] },
    })) ?? [];
    if (uris.length === 0) return [];
  }
  const outcomes: ImportOutcome[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing documents') }, async (progress) => {
    const runtime = loadConverters();
    for (const uri of uris) {
      const rel = files.relative(uri);
      if (!rel) {
        outcomes.push({ source: uri.fsPath, status: 'failed', problems: [{ path: uri.fsPath, severity: 'error', message: vscode.l10n.t('the file is outside the workspace') }] });
        continue;
      }
      if (!importKind(rel)) continue;
      progress.report({ message: rel, increment: 100 / uris.length });
      outcomes.push(await importFile(files, rel, runtime));
    }
  });
  report(outcomes, files.uri.bind(files));
  return outcomes;
}

function urisOf(value: unknown): vscode.Uri[] {
  if (value instanceof vscode.Uri) return [value];
  if (Array.isArray(value)) return value.filter((v): v is vscode.Uri => v instanceof vscode.Uri);
  return [];
}

/** Tell the user what happened; messages are not awaited, so the command returns at once. */
function report(outcomes: readonly ImportOutcome[], uri: (path: string) => vscode.Uri): void {
  const done = outcomes.filter((o) => o.status !== 'failed');
  const failed = outcomes.filter((o) => o.status === 'failed');
  const warnings = done.flatMap((o) => o.problems.filter((p) => p.severity !== 'info').map((p) => `${o.source}: ${p.message}`));
  for (const f of failed) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', f.source, f.problems.map((p) => p.message).join('; ')));
  }
  for (const w of warnings.slice(0, 3)) void vscode.window.showWarningMessage(w);
  if (done.length === 0) return;
  const open = vscode.l10n.t('Open');
  const first = done[0].path;
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} of {1} documents.', done.length, outcomes.length), open).then((choice) => {
    if (choice === open && first) void vscode.window.showTextDocument(uri(first));
  });
}
