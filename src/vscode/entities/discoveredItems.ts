/**
 * The "Discovered" group of the Entities view: tree items for names the corpus uses that
 * the knowledge base does not know, and the Accept / Dismiss commands. Accept writes an
 * entry to `.policylens/entities.yaml` (the same write path as Add Entity); Dismiss is kept
 * in workspace state — a reader's choice of what to look at, not research data to share,
 * so it does not add a file to the project folder that collaborators would merge.
 */
import * as vscode from 'vscode';
import type { DiscoveredItem, DiscoveredKind } from '../../core/corpus/discovered';
import { appendEntity, EntitiesFileError, suggestEntityId } from '../../core/knowledge/entityYaml';
import type { Entity, EntityKind } from '../../core/knowledge/types';
import { ENTITIES_FILE } from '../../core/knowledge/workspace';
import type { Corpus, LensService } from '../service';
import { isEntityId } from './entityArgs';
import type { EntitiesTree } from './tree';

const DISMISSED_KEY = 'policyLens.discovered.dismissed';
const HAN = /\p{Script=Han}/u;

function kindWord(kind: DiscoveredKind): string {
  return kind === 'organisation' ? vscode.l10n.t('organisation') : kind === 'instrument' ? vscode.l10n.t('cited instrument') : vscode.l10n.t('defined term');
}

/** The tree item of one discovered name. */
export function discoveredTreeItem(item: DiscoveredItem | undefined, key: string, corpus: Corpus): vscode.TreeItem {
  if (!item) return new vscode.TreeItem(key);
  const t = new vscode.TreeItem(item.name, vscode.TreeItemCollapsibleState.None);
  t.description = `${kindWord(item.kind)} · ${vscode.l10n.t('{0}× in {1} document(s)', item.count, item.documents)}`;
  t.iconPath = new vscode.ThemeIcon(item.kind === 'organisation' ? 'organization' : item.kind === 'instrument' ? 'law' : 'symbol-key');
  t.contextValue = 'discoveredItem';
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.appendMarkdown('**');
  md.appendText(item.name);
  md.appendMarkdown('**\n\n');
  for (const s of item.sources) {
    const title = corpus.model.get(s.path)?.meta.title ?? s.path;
    md.appendMarkdown('- ');
    md.appendText(vscode.l10n.t('{0}, line {1} ({2})', title, s.line + 1, s.how));
    md.appendMarkdown('\n');
  }
  t.tooltip = md;
  const first = item.sources[0];
  if (first) {
    const doc = corpus.model.get(first.path);
    const start = doc ? doc.lines.offsetAt({ line: first.line, character: 0 }) : 0;
    t.command = { command: 'policyLens.openLocation', title: vscode.l10n.t('Open Mention'), arguments: [{ path: first.path, start, end: start, preview: true }] };
  }
  return t;
}

const ENTITY_KIND: Record<DiscoveredKind, EntityKind> = { organisation: 'institution', instrument: 'law', term: 'concept' };

/** Register Accept and Dismiss; returns their disposables. */
export function registerDiscovered(context: vscode.ExtensionContext, service: LensService, tree: EntitiesTree): vscode.Disposable[] {
  tree.dismissed = () => new Set(context.workspaceState.get<string[]>(DISMISSED_KEY) ?? []);
  const itemOf = async (arg: unknown): Promise<[DiscoveredItem, Corpus] | undefined> => {
    const corpus = await service.ready();
    const key = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && typeof (arg as { itemKey?: unknown }).itemKey === 'string' ? (arg as { itemKey: string }).itemKey : undefined;
    const item = corpus && key ? tree.discoveredItems(corpus).find((i) => i.key === key) : undefined;
    return item && corpus ? [item, corpus] : undefined;
  };
  return [
    vscode.commands.registerCommand('policyLens.entities.acceptDiscovered', async (arg: unknown) => {
      const found = await itemOf(arg);
      if (!found) return undefined;
      return acceptDiscovered(service, found[0], found[1]);
    }),
    vscode.commands.registerCommand('policyLens.entities.dismissDiscovered', async (arg: unknown) => {
      const found = await itemOf(arg);
      if (!found) return false;
      const list = new Set(context.workspaceState.get<string[]>(DISMISSED_KEY) ?? []);
      list.add(found[0].key);
      await context.workspaceState.update(DISMISSED_KEY, [...list]);
      tree.refresh();
      return true;
    }),
    vscode.commands.registerCommand('policyLens.entities.discovered', async () => {
      const corpus = await service.ready();
      return corpus ? tree.discoveredItems(corpus).map((i) => ({ key: i.key, name: i.name, kind: i.kind, count: i.count, documents: i.documents })) : [];
    }),
  ];
}

/** Write a discovered name to the workspace entities file as a new entity; returns its id. */
export async function acceptDiscovered(service: LensService, item: DiscoveredItem, corpus: Corpus): Promise<string | undefined> {
  const names = HAN.test(item.name) ? { zh: item.name } : { en: item.name };
  const description = vscode.l10n.t('Found in the corpus: {0}× in {1} document(s).', item.count, item.documents);
  return writeNewEntity(service, corpus, ENTITY_KIND[item.kind], names, description);
}

/** Append a new entity to the workspace entities file and reload; returns its id, or undefined when nothing was written. */
export async function writeNewEntity(service: LensService, corpus: Corpus, kind: EntityKind, names: Entity['names'], description: string): Promise<string | undefined> {
  if (!service.files || !service.canWrite()) return undefined;
  const base = names.en ?? names.zh!;
  const id = suggestEntityId(base, (candidate) => !!corpus.kb.get(candidate) || !isEntityId(candidate));
  const entity: Entity = { id, kind, names, aliases: [], description: HAN.test(description) ? { en: '', zh: description } : { en: description }, related: [] };
  try {
    const current = (await service.files.stat(ENTITIES_FILE))
      ? new TextDecoder().decode(await service.files.readFile(ENTITIES_FILE)).replace(/^\uFEFF/, '') : undefined;
    const text = appendEntity(current, entity, ENTITIES_FILE);
    await service.files.writeFileAtomic(ENTITIES_FILE, new TextEncoder().encode(text));
  } catch (err) {
    const where = err instanceof EntitiesFileError && err.line !== undefined ? `${err.path}:${err.line + 1}` : ENTITIES_FILE;
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the entity ({0}): {1}', where, err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  await service.reloadKnowledge();
  return id;
}
