/**
 * `policyLens.annotate` (selection → tags, then the optional note and link: Escape there skips) and
 * `policyLens.annotation.reattach` (point a changed or orphaned annotation at the selection).
 * Both accept arguments so scripts and tests can skip the pickers; arguments are validated.
 */
import * as vscode from 'vscode';
import { parseAnnotateArgs } from '../../core/annotations/commandArgs';
import type { AnnotationLink } from '../../core/annotations/types';
import { inputNote, pickLink } from './pickers';
import { pickTags } from './tagPicker';
import { linkFromArg, resolveAnnotation, trimmedSelection } from './resolve';
import type { AnnotationsSession } from './session';
import { isOffset } from '../args';
import { offerUnsavedNote } from './draft';

/** Active corpus editor with a non-empty selection, or undefined after telling the user. */
function selectionInCorpus(session: AnnotationsSession): { editor: vscode.TextEditor; path: string; span: { start: number; end: number } } | undefined {
  const editor = vscode.window.activeTextEditor;
  const path = editor && session.pathOf(editor.document.uri);
  if (!editor || !path) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a corpus document and select a passage first.'));
    return undefined;
  }
  const span = trimmedSelection(editor.document, editor.selection);
  if (span.end <= span.start) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select the passage to annotate first.'));
    return undefined;
  }
  return { editor, path, span };
}

/** Annotate the selection; returns the new annotation's id. */
export async function annotate(session: AnnotationsSession, arg?: unknown): Promise<string | undefined> {
  await session.ready;
  const args = arg === undefined ? undefined : parseAnnotateArgs(arg);
  if (arg !== undefined && !args) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Invalid arguments for Annotate Selection: expected {0}.', '{ tags: string[], note?: string, links?: [...] }'));
    return undefined;
  }
  if (!session.service.canWrite()) return undefined;
  const at = selectionInCorpus(session);
  if (!at) return undefined;
  let tags: string[];
  let note: string | undefined;
  const links: AnnotationLink[] = [];
  if (args) {
    tags = [...args.tags];
    note = args.note;
    for (const l of args.links ?? []) {
      const link = linkFromArg(session, l);
      if (!link) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The linked range {0}:{1}-{2} is not in the corpus.', l.path, l.start, l.end));
        return undefined;
      }
      links.push(link);
    }
  } else {
    // Only the tag step cancels; note and link are optional, so Escape there skips them.
    const picked = await pickTags(session, []);
    if (!picked) return undefined;
    tags = picked;
    note = await inputNote(undefined, true);
    const link = await pickLink(session, true, { path: at.path, span: at.span });
    if (link) links.push(link);
  }
  try {
    const text = at.editor.document.getText();
    const added = await session.store.add(at.path, text, at.span, { tags, ...(note?.trim() ? { note } : {}), links });
    return added.id;
  } catch (e) {
    session.reportError(e);
    void offerUnsavedNote(note);
    return undefined;
  }
}

/** The `{ id, start, end }` range a re-attach link offers, validated; else undefined. */
function offeredSpan(arg: unknown): { start: number; end: number } | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const o = arg as Record<string, unknown>;
  return isOffset(o.start) && isOffset(o.end) && o.end > o.start ? { start: o.start, end: o.end } : undefined;
}

/** Re-attach an annotation to the current selection (new selectors, status anchored). */
export async function reattach(session: AnnotationsSession, arg?: unknown): Promise<boolean> {
  if (!session.service.canWrite()) return false;
  const a = await resolveAnnotation(session, arg);
  if (!a) return false;
  // From a hover or tree link: "re-attach to this look-alike", with the offered range.
  const offered = offeredSpan(arg);
  if (offered) {
    const text = session.textOf(a.target.source);
    if (text === undefined || offered.end > text.length) return false;
    try {
      await session.store.retarget(a.target.source, a.id, text, offered);
      return true;
    } catch (e) {
      session.reportError(e);
      return false;
    }
  }
  const editor = vscode.window.activeTextEditor;
  const path = editor && session.pathOf(editor.document.uri);
  if (!editor || path !== a.target.source || editor.selection.isEmpty) {
    await vscode.window.showTextDocument(session.files.uri(a.target.source), { preview: false });
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the new passage in {0}, then run Re-attach to Selection again.', a.target.source));
    return false;
  }
  const span = trimmedSelection(editor.document, editor.selection);
  if (span.end <= span.start) return false;
  try {
    await session.store.retarget(path, a.id, editor.document.getText(), span);
    return true;
  } catch (e) {
    session.reportError(e);
    return false;
  }
}
