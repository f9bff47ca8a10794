/**
 * The Related view: for the passage at the cursor in a corpus document, passages of other
 * documents that share its entities, are linked to it by annotations or worded alike, and
 * its translation within the document. Ctrl+Alt+] / Ctrl+Alt+[ step through them. Moving to
 * another document clears the list until the cursor rests in one of its passages.
 */
import * as vscode from 'vscode';
import { openCorpusDocument } from '../corpus/openDocument';
import type { PassageRef, RelatedHit } from '../../core/search';
import { passageAtCursor } from '../../core/search/passageLookup';
import { isLocationArg } from '../args';
import { toEditorRange } from '../convert';
import type { SearchService } from '../jump/searchService';
import type { LensService } from '../service';
import { RelatedTree } from './relatedTree';

const FOLLOW_DELAY_MS = 300;

const same = (a: PassageRef | undefined, b: PassageRef | undefined): boolean =>
  !!a && !!b && a.path === b.path && a.index === b.index;

export function registerRelated(context: vscode.ExtensionContext, service: LensService, search: SearchService): void {
  const tree = new RelatedTree(service, search);
  const view = vscode.window.createTreeView('policyLens.related', { treeDataProvider: tree });
  tree.onMessage = (m) => { view.message = m; };
  /** Position in the list that next/previous last opened. */
  let position = -1;
  /** The related passage we just opened: the cursor landing there does not move the anchor. */
  let opened: PassageRef | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The passage under the cursor of `editor`, if it is a corpus document. */
  const refAt = (editor: vscode.TextEditor | undefined): PassageRef | undefined => {
    const doc = editor && service.documentFor(editor.document.uri);
    if (!editor || !doc) return undefined;
    const index = passageAtCursor(doc.parsed.passages, editor.document.offsetAt(editor.selection.active));
    return index >= 0 ? { path: doc.path, index } : undefined;
  };

  const follow = (editor: vscode.TextEditor | undefined): void => {
    const ref = refAt(editor);
    if (!ref) {
      // Another document (or none of the corpus): the old passage's results no longer apply.
      // Focus leaving the editors (activeTextEditor undefined) keeps them.
      const path = editor && service.files?.relative(editor.document.uri);
      if (editor && tree.anchor && path !== tree.anchor.path) {
        opened = undefined;
        position = -1;
        tree.setAnchor(undefined);
      }
      return;
    }
    if (same(ref, tree.anchor) || same(ref, opened)) return;
    opened = undefined;
    position = -1;
    tree.setAnchor(ref);
  };
  const followSoon = (editor: vscode.TextEditor | undefined): void => {
    clearTimeout(timer);
    timer = setTimeout(() => follow(editor), FOLLOW_DELAY_MS);
  };

  const open = async (hit: RelatedHit): Promise<void> => {
    const doc = await openCorpusDocument(service, hit.path);
    const range = toEditorRange(doc, hit.span);
    opened = { path: hit.path, index: hit.index };
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(range.start, range.end), preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  };

  const step = async (by: 1 | -1): Promise<void> => {
    await search.whenReady();
    clearTimeout(timer);
    // Updates are not ranked while the view is hidden; catch up before stepping.
    if (!view.visible) tree.recompute();
    if (!tree.anchor || (!opened && !same(refAt(vscode.window.activeTextEditor), tree.anchor))) {
      follow(vscode.window.activeTextEditor);
    }
    const hits = tree.hits;
    if (!hits.length) {
      void vscode.window.setStatusBarMessage(tree.anchor
        ? vscode.l10n.t('Policy Lens: nothing related to this passage')
        : vscode.l10n.t('Policy Lens: place the cursor in a passage of a corpus document'), 4000);
      return;
    }
    position = (position + by + hits.length) % hits.length;
    const hit = hits[position];
    await open(hit);
    if (view.visible) await view.reveal(hit, { select: true, focus: false });
  };

  context.subscriptions.push(
    tree,
    view,
    vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) followSoon(e.textEditor); }),
    vscode.window.onDidChangeActiveTextEditor((e) => followSoon(e)),
    view.onDidChangeVisibility((e) => { if (e.visible) follow(vscode.window.activeTextEditor); }),
    search.onDidUpdate(() => { if (view.visible) tree.recompute(); }),
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('policyLens.related.next', () => step(1)),
    vscode.commands.registerCommand('policyLens.related.previous', () => step(-1)),
    vscode.commands.registerCommand('policyLens.related.refresh', () => {
      position = -1;
      opened = undefined;
      const ref = refAt(vscode.window.activeTextEditor);
      if (ref) tree.setAnchor(ref); else tree.recompute();
      // What the view now shows: its header and rows (for automation and tests).
      return { header: view.message, rows: tree.rows() };
    }),
    vscode.commands.registerCommand('policyLens.related.open', async (arg: unknown) => {
      if (!isLocationArg(arg)) return;
      const i = tree.hits.findIndex((h) => h.path === arg.path && h.span.start === arg.start);
      if (i < 0) return;
      position = i;
      await open(tree.hits[i]);
    }),
  );
  void search.whenReady().then(() => follow(vscode.window.activeTextEditor));
}
