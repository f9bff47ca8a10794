/**
 * Annotations in the editor: annotate a selection, edit/retag/relink/delete (with undo),
 * re-attach, decorations, hover cards, the Annotations view, export and import. Everything
 * registers at once; commands and providers wait for the annotations to load.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { annotate, reattach } from './annotateCommands';
import { AnnotationDecorations } from './decorations';
import { Deletions, editNote, openAnnotation, relink, retag } from './editCommands';
import { AnnotationHoverProvider } from './hover';
import { AnnotationsSession } from './session';
import { syncAnnotations } from './sync';
import { exportAnnotations, importAnnotations } from './transfer';
import { AnnotationsTree } from './tree';
import { registerTreeCommands } from './treeCommands';
import { showTrustInView } from '../trust';

/** Registers the feature; returns its session (other features read annotations from it). */
export function register(context: vscode.ExtensionContext, service: LensService): AnnotationsSession | undefined {
  const files = service.files;
  if (!files) return undefined;
  const session = new AnnotationsSession(service, files);
  const deletions = new Deletions(session);
  const tree = new AnnotationsTree(session, context.workspaceState);
  const view = vscode.window.createTreeView('policyLens.annotations', { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  const command = (id: string, run: (arg?: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    session,
    tree,
    view,
    showTrustInView(view),
    new AnnotationDecorations(session),
    vscode.languages.registerHoverProvider('*', new AnnotationHoverProvider(session)),
    ...syncAnnotations(session),
    command('policyLens.annotate', (arg) => annotate(session, arg)),
    command('policyLens.annotation.edit', (arg) => editNote(session, arg)),
    command('policyLens.annotation.retag', (arg) => retag(session, arg)),
    command('policyLens.annotation.link', (arg) => relink(session, arg)),
    command('policyLens.annotation.delete', (arg) => deletions.delete(arg)),
    command('policyLens.annotation.undoDelete', () => deletions.undo()),
    command('policyLens.annotation.reattach', (arg) => reattach(session, arg)),
    command('policyLens.annotation.open', (arg) => openAnnotation(session, arg)),
    command('policyLens.annotations.export', (arg) => exportAnnotations(session, arg)),
    command('policyLens.annotations.import', (arg) => importAnnotations(session, arg)),
    ...registerTreeCommands(session, tree),
  );
  void vscode.commands.executeCommand('setContext', 'policyLens.annotationFilter', false);
  return session;
}
