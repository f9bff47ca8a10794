/**
 * A note the user typed must never vanish because the write failed (a broken annotation file,
 * a full disk…): offer to copy it, so it can be pasted back once the cause is fixed.
 */
import * as vscode from 'vscode';

/** Tell the user the note was not saved and offer to copy it; resolves when answered. */
export async function offerUnsavedNote(note: string | undefined): Promise<void> {
  if (!note?.trim()) return;
  const copy = vscode.l10n.t('Copy Note');
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Your note was not saved. Copy it so nothing is lost?'), copy);
  if (choice !== copy) return;
  await vscode.env.clipboard.writeText(note);
  void vscode.window.showInformationMessage(vscode.l10n.t('The note was copied to the clipboard.'));
}
