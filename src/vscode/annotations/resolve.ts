/**
 * Which annotation a command is about, and turning link arguments into stored links.
 * A command gets an id (command link, script, tree item) or acts on the annotation under the
 * cursor, asking when several overlap.
 */
import * as vscode from 'vscode';
import { annotationIdOf, type LinkArg } from '../../core/annotations/commandArgs';
import type { Annotation, AnnotationLink } from '../../core/annotations/types';
import { createLinkTarget } from '../../core/annotations/selectors';
import { preview } from './labels';
import type { AnnotationsSession } from './session';

/** The annotation named by `arg`, else the one under the cursor; undefined (with a message) if none. */
export async function resolveAnnotation(session: AnnotationsSession, arg: unknown): Promise<Annotation | undefined> {
  await session.ready;
  const id = annotationIdOf(arg);
  if (id) {
    const found = session.find(id);
    if (!found) void vscode.window.showWarningMessage(vscode.l10n.t('This annotation no longer exists (it may have been deleted in another window).'));
    return found;
  }
  if (arg !== undefined && arg !== null && !(typeof arg === 'object' && Object.keys(arg).length === 0)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Invalid annotation id.'));
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const path = editor && session.pathOf(editor.document.uri);
  const hits = editor && path ? session.at(path, editor.document.offsetAt(editor.selection.active)) : [];
  if (hits.length <= 1) {
    if (!hits.length) void vscode.window.showInformationMessage(vscode.l10n.t('There is no annotation at the cursor.'));
    return hits[0];
  }
  const pick = await vscode.window.showQuickPick(
    hits.map((a) => ({ label: preview(a.target.selector[0].exact, 60), description: a.tags.join(', '), a })),
    { title: vscode.l10n.t('Which annotation?') },
  );
  return pick?.a;
}

/** A stored link for a link argument; undefined when the range is not in the document. */
export function linkFromArg(session: AnnotationsSession, l: LinkArg): AnnotationLink | undefined {
  const text = session.textOf(l.path);
  if (text === undefined || l.end > text.length) return undefined;
  if (l.end <= l.start) return undefined;
  return { target: createLinkTarget(l.path, text, l.start, l.end), relation: l.relation };
}

/** The selection of an editor without surrounding white space, as offsets. */
export function trimmedSelection(doc: vscode.TextDocument, selection: vscode.Selection): { start: number; end: number } {
  const text = doc.getText();
  let start = doc.offsetAt(selection.start);
  let end = doc.offsetAt(selection.end);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
