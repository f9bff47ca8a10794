/**
 * What happens when a corpus document is opened in an editor: a GB18030/UTF-16 file is
 * re-decoded with the encoding the corpus detected (VS Code would otherwise guess UTF-8 and
 * show garbage), a plain-text document gets the `policy-text` language so its structure is
 * highlighted, and `policyLens.isCorpusDocument` follows the active editor. Each document
 * is adjusted once while it is open, so a reader who switches back by hand is not overruled;
 * once it is really closed it is forgotten, and reopening it adjusts it again.
 */
import * as vscode from 'vscode';
import type { CorpusDocument } from '../../core/corpus/model';
import type { LensService } from '../service';
import { vscodeEncoding } from './openDocument';
import { encodingLabel } from './labels';

export const POLICY_TEXT = 'policy-text';

export class EditorDocuments implements vscode.Disposable {
  private readonly encoded = new Set<string>();
  private readonly languaged = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: LensService) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.adjust(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.updateContext()),
      service.onDidChange(() => void this.sweep()),
    );
    void service.ready().then(() => this.sweep());
  }

  /** Adjust every open document (after indexing, a document opened early is now known). */
  private async sweep(): Promise<void> {
    for (const d of vscode.workspace.textDocuments) await this.adjust(d);
    await this.updateContext();
  }

  /**
   * A closed document is adjusted afresh when it is reopened (VS Code then decodes it as
   * UTF-8 and gives it Plain Text again). A language switch also fires this event, with the
   * document still open: that is the reader's choice and must be remembered, so only a
   * document that is no longer among the open ones is forgotten.
   */
  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    this.encoded.delete(key);
    this.languaged.delete(key);
  }

  private async adjust(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !this.service.current()) return;
    const doc = this.service.documentFor(document.uri);
    if (!doc) return;
    try {
      const reopened = await this.fixEncoding(document, doc);
      await this.setLanguage(reopened ?? document, doc);
    } catch (err) {
      this.service.log.warn(`Could not adjust ${doc.path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async fixEncoding(document: vscode.TextDocument, doc: CorpusDocument): Promise<vscode.TextDocument | undefined> {
    const wanted = vscodeEncoding(doc.parsed.encoding);
    const key = document.uri.toString();
    if (!wanted || this.encoded.has(key)) return undefined;
    this.encoded.add(key);
    const current = (document as { encoding?: unknown }).encoding;
    if (typeof current === 'string') {
      if (current === wanted || document.isDirty) return undefined;
      return vscode.workspace.openTextDocument(document.uri, { encoding: wanted });
    }
    // An older VS Code without the encoding API: tell the reader how to fix it by hand.
    const reopen = vscode.l10n.t('Reopen with Encoding');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} is stored as {1}. If it shows garbled characters, reopen it with that encoding.', doc.path, encodingLabel(doc.parsed.encoding)),
      reopen);
    if (choice === reopen) await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    return undefined;
  }

  private async setLanguage(document: vscode.TextDocument, doc: CorpusDocument): Promise<void> {
    const key = document.uri.toString();
    if (doc.parsed.format !== 'plain' || document.languageId !== 'plaintext' || this.languaged.has(key)) return;
    this.languaged.add(key);
    await vscode.languages.setTextDocumentLanguage(document, POLICY_TEXT);
  }

  private async updateContext(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const isCorpus = !!editor && !!this.service.documentFor(editor.document.uri);
    await vscode.commands.executeCommand('setContext', 'policyLens.isCorpusDocument', isCorpus);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
