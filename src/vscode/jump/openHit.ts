/**
 * Acting on a jump row: passages, headings and annotations open at their range (annotations
 * through the annotations feature, which knows where unsaved edits moved them); entities are
 * listed with every mention in the references peek; tags filter the Annotations view.
 */
import * as vscode from 'vscode';
import type { JumpHit } from '../../core/search';
import type { LensService } from '../service';
import { toEditorRange } from '../convert';
import { openCorpusDocument } from '../corpus/openDocument';

/** Open the hit's document with the hit selected, centred. `preview` keeps focus in the box. */
export async function showHit(service: LensService, hit: JumpHit, preview: boolean): Promise<vscode.TextEditor | undefined> {
  if (!hit.path || !hit.span) return undefined;
  const doc = await openCorpusDocument(service, hit.path);
  const range = toEditorRange(doc, hit.span);
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preview, preserveFocus: preview });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  return editor;
}

/** Do what Enter on the row means. */
export async function acceptHit(service: LensService, hit: JumpHit): Promise<void> {
  switch (hit.kind) {
    case 'entity':
      // Every mention in the references peek, opened where the user is when the active
      // document names the entity (the row's buttons reveal it or open its definition).
      await vscode.commands.executeCommand('policyLens.entities.findReferences', hit.entityId);
      return;
    case 'tag':
      await vscode.commands.executeCommand('policyLens.annotations.filterByTag', hit.tag);
      await vscode.commands.executeCommand('policyLens.annotations.focus');
      return;
    case 'annotation': {
      const opened = await vscode.commands.executeCommand<boolean>('policyLens.annotation.open', hit.annotationId);
      if (!opened) await showHit(service, hit, false);
      return;
    }
    default:
      await showHit(service, hit, false);
  }
}

/** Where the user was before the box opened, to go back on Escape after previews. */
export interface Origin {
  readonly uri?: vscode.Uri;
  readonly selection?: vscode.Selection;
  readonly visible?: vscode.Range;
  readonly column?: vscode.ViewColumn;
}

export function captureOrigin(): Origin {
  const e = vscode.window.activeTextEditor;
  return e ? { uri: e.document.uri, selection: e.selection, visible: e.visibleRanges[0], column: e.viewColumn } : {};
}

/**
 * Return to the origin: its editor, selection and scroll position. Without one (no editor
 * was open), close the preview editor `previewed` if it is still the active one.
 */
export async function restoreOrigin(origin: Origin, previewed: vscode.Uri): Promise<void> {
  if (!origin.uri) {
    if (vscode.window.activeTextEditor?.document.uri.toString() === previewed.toString()) {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    return;
  }
  const editor = await vscode.window.showTextDocument(origin.uri, { selection: origin.selection, viewColumn: origin.column, preserveFocus: false });
  if (origin.visible) editor.revealRange(origin.visible, vscode.TextEditorRevealType.AtTop);
}
