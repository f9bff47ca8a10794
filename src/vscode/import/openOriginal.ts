/**
 * "Open Original at Page": the PDF an imported document came from, opened with whatever
 * editor VS Code has for PDFs, at the page (`#page=N`, which PDF viewers honour).
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { pageAtLine } from '../../core/import/pageMap';
import { pagesOf } from './pageHover';

/** Validate the command's argument: a workspace-relative source and a page number. */
function parseArg(arg: unknown): { source: string; page?: number } | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { source, page } = arg as { source?: unknown; page?: unknown };
  if (typeof source !== 'string' || source.length > 1000) return undefined;
  return { source, page: typeof page === 'number' && Number.isInteger(page) && page > 0 && page < 100000 ? page : undefined };
}

/** Open the original of the active imported document (or of the argument) at its page. */
export async function openOriginal(service: LensService, arg?: unknown): Promise<void> {
  const files = service.files;
  if (!files) return;
  let target = parseArg(arg);
  if (!target) {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const { map, source } = pagesOf(editor.document);
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document was not imported from a PDF.'));
      return;
    }
    target = { source, page: pageAtLine(map, editor.selection.active.line) };
  }
  let uri: vscode.Uri;
  try {
    uri = files.uri(target.source);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('The original {0} is outside the workspace.', target.source));
    return;
  }
  if (!(await files.stat(target.source))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The original {0} no longer exists.', target.source));
    return;
  }
  const withPage = target.page && /\.pdf$/i.test(target.source) ? uri.with({ fragment: `page=${target.page}` }) : uri;
  await vscode.commands.executeCommand('vscode.open', withPage);
}
