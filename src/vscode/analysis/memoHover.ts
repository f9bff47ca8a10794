/**
 * Memos in hovers: over an annotated passage, the memos of its codes; over a document's first
 * line, the document's memo. A separate provider, so the annotation card stays as it is.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { codeMemosMarkdown, readDocumentMemo } from './memos';

export class MemoHoverProvider implements vscode.HoverProvider {
  constructor(private readonly session: AnnotationsSession) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const path = this.session.pathOf(doc.uri);
    if (!path) return undefined;
    const parts: vscode.MarkdownString[] = [];
    const tags = [...new Set(this.session.at(path, doc.offsetAt(pos)).flatMap((a) => a.tags))];
    const codes = codeMemosMarkdown(this.session, tags);
    if (codes) parts.push(new vscode.MarkdownString(`*${vscode.l10n.t('Code memos')}*`), codes);
    if (pos.line === 0) {
      const memo = await readDocumentMemo(this.session, path);
      if (memo) {
        const md = new vscode.MarkdownString(memo, false);
        md.isTrusted = false;
        md.supportHtml = false;
        parts.push(new vscode.MarkdownString(`*${vscode.l10n.t('Document memo')}*`), md);
      }
    }
    return parts.length ? new vscode.Hover(parts) : undefined;
  }
}
