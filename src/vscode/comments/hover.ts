/**
 * Replies in the hover over an annotated passage: the last few messages of its discussion,
 * who wrote them and when, and a link that opens the thread.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { visibleReplies } from '../../core/annotations/replies';
import { commandLink } from '../args';
import { shortDate } from '../annotations/labels';

const SHOWN = 3;

export class RepliesHoverProvider implements vscode.HoverProvider {
  constructor(private readonly session: AnnotationsSession) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const path = this.session.pathOf(doc.uri);
    if (!path) return undefined;
    const parts: vscode.MarkdownString[] = [];
    for (const a of this.session.at(path, doc.offsetAt(pos))) {
      const replies = visibleReplies(a);
      if (!replies.length) continue;
      const head = new vscode.MarkdownString();
      head.isTrusted = { enabledCommands: ['policyLens.discussion.open'] };
      head.supportHtml = false;
      head.appendMarkdown(`*${vscode.l10n.t('Discussion')}* · `);
      head.appendText(a.resolved ? vscode.l10n.t('resolved') : vscode.l10n.t('{0} replies', replies.length));
      head.appendMarkdown(` · [${vscode.l10n.t('Open thread')}](${commandLink('policyLens.discussion.open', a.id)})`);
      parts.push(head);
      for (const r of replies.slice(-SHOWN)) {
        const meta = new vscode.MarkdownString();
        meta.appendText(`${r.author ?? vscode.l10n.t('unknown author')} · ${shortDate(r.modified)}`);
        const body = new vscode.MarkdownString(r.body, false);
        body.isTrusted = false;
        body.supportHtml = false;
        parts.push(meta, body);
      }
    }
    return parts.length ? new vscode.Hover(parts) : undefined;
  }
}
