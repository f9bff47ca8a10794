/** Citation reasons of the Related view in the display language. */
import * as vscode from 'vscode';

/** The reason text for one citation relation (`mode` from `parseReason`). */
export function citesReason(mode: 'article' | 'instrument' | 'cited' | 'citing' | 'citingArticle', name: string): string {
  switch (mode) {
    case 'article': return vscode.l10n.t('cites the same article: {0}', name);
    case 'instrument': return vscode.l10n.t('cites the same instrument: {0}', name);
    case 'cited': return vscode.l10n.t('cited by this passage');
    case 'citing': return vscode.l10n.t('cites this document');
    case 'citingArticle': return vscode.l10n.t('cites this article');
  }
}
