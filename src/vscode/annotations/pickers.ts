/**
 * The interactive steps of annotating besides tags (see `tagPicker.ts`): create a tag, write a
 * note (one line in the box, or multi-line markdown in an editor tab), choose a relation and
 * the statement to link. On OPTIONAL steps Escape means "skip this step", never "throw the
 * annotation away"; callers say which steps are optional.
 */
import * as vscode from 'vscode';
import { tagIdProblem } from '../../core/annotations/codebook';
import { LINK_RELATIONS, type AnnotationLink, type LinkRelation } from '../../core/annotations/types';
import { relationHint, relationLabel, tagProblemLabel } from './labels';
import { pickLinkTarget, type LinkSource } from './linkPicker';
import type { AnnotationsSession } from './session';

/** Ask for a new tag id (and label) and add it to the codebook; returns the id. */
export async function createTag(session: AnnotationsSession): Promise<string | undefined> {
  if (!session.service.canWrite()) return undefined;
  const existing = new Set(session.codebook.tags().filter((t) => !t.implied).map((t) => t.id));
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('New tag'),
    prompt: vscode.l10n.t('Tag id; use "/" for hierarchy, e.g. governance/international-cooperation'),
    validateInput: (v) => {
      const problem = tagIdProblem(v.trim());
      return problem ? tagProblemLabel(problem) : existing.has(v.trim()) ? vscode.l10n.t('This tag is already in the codebook.') : undefined;
    },
  });
  if (id === undefined) return undefined;
  const label = await vscode.window.showInputBox({ title: vscode.l10n.t('New tag'), prompt: vscode.l10n.t('Label (optional)') });
  if (label === undefined) return undefined;
  if (!session.service.canWrite()) return undefined;
  try {
    await session.codebook.add({ id: id.trim(), ...(label.trim() ? { label: label.trim() } : {}) });
  } catch (e) {
    session.reportError(e);
    return undefined;
  }
  return id.trim();
}

const EDIT_IN_EDITOR: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Edit in editor… (multi-line markdown)') };

/** Close an untitled note document without the "save?" prompt. */
async function discard(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed) return;
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/**
 * Write or edit a note (markdown); `''` means no note. The box takes one line; its button
 * "Edit in editor…" (or a note that already has several lines) moves the text to an untitled
 * markdown tab, and Enter in the box then takes the tab's text. `optional`: Escape keeps what
 * was typed and goes on (annotating); otherwise Escape cancels (editing a note) — except once
 * the text lives in an editor tab, where Escape also keeps it, so nothing written is lost.
 */
export async function inputNote(current: string | undefined, optional: boolean): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t('Note');
  box.prompt = vscode.l10n.t('Optional note (markdown); Enter to continue, the button for several lines');
  box.value = current ?? '';
  box.buttons = [EDIT_IN_EDITOR];
  let doc: vscode.TextDocument | undefined;
  const toEditor = async (): Promise<void> => {
    if (doc) return;
    box.ignoreFocusOut = true;
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: box.value });
    box.value = '';
    box.placeholder = vscode.l10n.t('Writing the note in the editor tab beside');
    box.prompt = vscode.l10n.t('Write the note in the editor tab, then come back here and press Enter');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  };
  const result = await new Promise<string | undefined>((resolve) => {
    let accepted = false;
    const subs = [
      box.onDidTriggerButton(() => void toEditor()),
      box.onDidAccept(() => { accepted = true; box.hide(); }),
      box.onDidHide(() => {
        subs.forEach((d) => d.dispose());
        box.dispose();
        if (doc) resolve(doc.getText());
        else resolve(accepted || optional ? box.value : undefined);
      }),
    ];
    box.show();
    if (current?.includes('\n')) void toEditor();
  });
  if (doc) await discard(doc);
  return result;
}

/** Choose a relation; "no link" (only when optional) returns null, Escape undefined. */
export async function pickRelation(optional: boolean): Promise<LinkRelation | null | undefined> {
  const items: (vscode.QuickPickItem & { relation: LinkRelation | null })[] = [
    ...(optional ? [{ label: vscode.l10n.t('No link'), description: vscode.l10n.t('create the annotation now'), relation: null }] : []),
    ...LINK_RELATIONS.map((r) => ({ label: relationLabel(r), description: relationHint(r), relation: r })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: optional ? vscode.l10n.t('Link this passage to another statement? (Escape: no link)') : vscode.l10n.t('Link this passage to another statement'),
    placeHolder: vscode.l10n.t('How does this passage relate to the other statement?'),
  });
  return pick?.relation;
}

/**
 * Relation then statement. `optional` (annotating): "No link" or Escape at either step gives
 * null, i.e. go on without a link. Otherwise Escape gives undefined (cancel).
 */
export async function pickLink(session: AnnotationsSession, optional: boolean, from?: LinkSource): Promise<AnnotationLink | null | undefined> {
  const relation = await pickRelation(optional);
  if (relation === null) return null;
  if (relation === undefined) return optional ? null : undefined;
  const target = await pickLinkTarget(session, from);
  if (!target) return optional ? null : undefined;
  return { target, relation };
}
