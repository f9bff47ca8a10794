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

/**
 * Open a workspace file as a text document; a corpus document is decoded with the encoding
 * recorded for it, so every feature that jumps into the corpus shows the indexed text.
 */
export async function openCorpusDocument(service: LensService, path: string): Promise<vscode.TextDocument> {
  const encoding = service.current()?.model.get(path)?.parsed.encoding;
  return encoding ? openWithEncoding(service.uri(path), encoding) : vscode.workspace.openTextDocument(service.uri(path));
}

export function registerOpenCommand(service: LensService): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_COMMAND, async (arg: unknown) => {
    if (!isLocationArg(arg)) return;
    await openLocation(service, arg);
  });
}

/** Show a corpus document with a span selected (links in hovers and trees land here). */
export async function openLocation(service: LensService, arg: LocationArg): Promise<void> {
  const corpus = await service.ready();
  const doc = corpus?.model.get(arg.path);
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not part of the corpus.', arg.path));
    return;
  }
  const text = await openWithEncoding(service.uri(doc.path), doc.parsed.encoding);
  // LineIndex.positionAt clamps offsets past the end, as VS Code does.
  const range = toRange(doc.lines, { start: arg.start, end: arg.end ?? arg.start });
  await vscode.window.showTextDocument(text, { selection: range, preview: arg.preview ?? false });
  if (arg.start > 0) {
    const editor = vscode.window.activeTextEditor;
    editor?.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }
}
