/**
 * Opening corpus documents the way they were indexed: a GB18030 or UTF-16 file is opened
 * with that encoding (VS Code 1.100's `openTextDocument(uri, { encoding })`), so the editor
 * shows the same text the offsets were computed on, and the selection lands where it should.
 */
import * as vscode from 'vscode';
import { isLocationArg, LocationArg } from '../args';
import { toRange } from '../convert';
import type { Encoding } from '../../core/types';
import type { LensService } from '../service';

/** Internal command of the Corpus tree (not in the palette): open a document at a span. */
export const OPEN_COMMAND = 'policyLens.corpus.open';

/** VS Code's name of an encoding the core detected; undefined where VS Code's own guess is right. */
export function vscodeEncoding(encoding: Encoding): string | undefined {
  switch (encoding) {
    case 'gb18030': return 'gb18030';
    case 'utf-16le': return 'utf16le';
    case 'utf-16be': return 'utf16be';
    default: return undefined;
  }
}

/** Open (not show) a text document with the encoding the corpus recorded for it. */
export async function openWithEncoding(uri: vscode.Uri, encoding: Encoding): Promise<vscode.TextDocument> {
  const wanted = vscodeEncoding(encoding);
  if (!wanted) return vscode.workspace.openTextDocument(uri);
  try {
    return await vscode.workspace.openTextDocument(uri, { encoding: wanted });
  } catch {
    // A dirty document cannot be re-decoded; show it as it is.
    return vscode.workspace.openTextDocument(uri);
  }
}

export function registerOpenCommand(service: LensService): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_COMMAND, async (arg: unknown) => {
    if (!isLocationArg(arg)) return;
    await openLocation(service, arg);
  });
}

async function openLocation(service: LensService, arg: LocationArg): Promise<void> {
  const corpus = await service.ready();
  const doc = corpus?.model.get(arg.path);
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not part of the corpus.', arg.path));
    return;
  }
  const text = await openWithEncoding(service.uri(doc.path), doc.parsed.encoding);
  const length = doc.parsed.text.length;
  const span = { start: Math.min(arg.start, length), end: Math.min(arg.end ?? arg.start, length) };
  const range = toRange(doc.lines, span);
  await vscode.window.showTextDocument(text, { selection: new vscode.Range(range.start, range.end), preview: arg.preview ?? false });
  if (arg.start > 0) {
    const editor = vscode.window.activeTextEditor;
    editor?.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }
}
