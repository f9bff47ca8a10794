/**
 * Counts in words, with separate messages for one and many ("1 mention in 1 document",
 * "7 mentions in 3 documents") so no language has to read "1 mentions".
 */
import * as vscode from 'vscode';

/** "N mentions in M documents", singular forms where a count is 1. */
export function mentionsInDocuments(mentions: number, documents: number): string {
  if (mentions === 1) return vscode.l10n.t('1 mention in 1 document');
  if (documents === 1) return vscode.l10n.t('{0} mentions in 1 document', mentions);
  return vscode.l10n.t('{0} mentions in {1} documents', mentions, documents);
}

/** How often the corpus mentions a new entity, for the confirmation after adding it. */
export function timesMentioned(mentions: number): string {
  if (mentions === 0) return vscode.l10n.t('the corpus does not mention it yet');
  if (mentions === 1) return vscode.l10n.t('the corpus mentions it once');
  return vscode.l10n.t('the corpus mentions it {0} times', mentions);
}
