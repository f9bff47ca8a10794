/**
 * The entities feature: hover cards, go to definition and find references on entity
 * mentions, the Entities view, quiet mention highlights, and "Add Entity from Selection".
 * Everything registers at once and awaits the indexed corpus inside.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { addEntityFromSelection } from './addFromSelection';
import { MentionDecorations, toggleMentionHighlights } from './decorations';
import { BuiltinEntityContent, definitionOf, ENTITY_SCHEME, EntityDefinitionProvider } from './definitions';
import { entityIdOf } from './entityArgs';
import { EntityHoverProvider } from './hoverProvider';
import { LiveMentions } from './liveMentions';
import { EntityReferenceProvider, findReferencesCommand } from './references';
import { EntitiesTree } from './tree';
import { registerDiscovered } from './discoveredItems';

/** Redraw the view at most this often while files change in bursts. */
const REFRESH_DEBOUNCE_MS = 250;

export function register(context: vscode.ExtensionContext, service: LensService): void {
  const live = new LiveMentions(service);
  const root = service.files?.root;
  const selector: vscode.DocumentSelector = [{ scheme: root?.scheme ?? 'file' }];
  const content = new BuiltinEntityContent(service);
  const tree = new EntitiesTree(service);
  const view = vscode.window.createTreeView('policyLens.entities', { treeDataProvider: tree, showCollapseAll: true });
  tree.onEmpty = (empty) => {
    view.message = empty ? vscode.l10n.t('The corpus mentions no known entity yet. Select a name in a document and run "Add Entity from Selection".') : undefined;
  };

  /** The entity of the argument, or of the mention under the cursor when there is none. */
  const entityFor = async (arg: unknown): Promise<string | undefined> => {
    if (arg !== undefined) return entityIdOf(arg);
    const editor = vscode.window.activeTextEditor;
    const corpus = await service.ready();
    return editor && corpus ? live.at(editor.document, editor.selection.active, corpus)?.mention.entityId : undefined;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(...registerDiscovered(context, service, tree));
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, new EntityHoverProvider(service, live)),
    vscode.languages.registerDefinitionProvider(selector, new EntityDefinitionProvider(service, live)),
    vscode.languages.registerReferenceProvider(selector, new EntityReferenceProvider(service, live)),
    vscode.workspace.registerTextDocumentContentProvider(ENTITY_SCHEME, content),
    content,
    tree,
    view,
    new MentionDecorations(service, live),
    service.onDidChange((change) => {
      if ('knowledge' in change || 'reset' in change) content.refresh();
      clearTimeout(timer);
      timer = setTimeout(() => tree.refresh(), REFRESH_DEBOUNCE_MS);
    }),
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('policyLens.entities.findReferences', (arg: unknown) => findReferencesCommand(service, live, arg)),
    vscode.commands.registerCommand('policyLens.entities.openDefinition', async (arg: unknown) => {
      const id = await entityFor(arg);
      const location = id && (await definitionOf(service, id));
      if (!location) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on an entity mention first.'));
        return;
      }
      await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
    }),
    vscode.commands.registerCommand('policyLens.entities.reveal', async (arg: unknown) => {
      const id = await entityFor(arg);
      const node = id && (await tree.entityNode(id));
      if (!node) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The Entities view lists only entities the corpus mentions.'));
        return;
      }
      await view.reveal(node, { select: true, focus: true, expand: true });
    }),
    vscode.commands.registerCommand('policyLens.entities.addFromSelection', (preset?: unknown) => addEntityFromSelection(service, preset)),
    vscode.commands.registerCommand('policyLens.toggleMentionHighlights', () => toggleMentionHighlights()),
  );
}
