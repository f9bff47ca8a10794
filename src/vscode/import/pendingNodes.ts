/**
 * The Corpus tree's "Not yet imported" group: PDFs, web pages and Word files in the workspace
 * that no imported document comes from, each with an Import action (and one for all). The
 * list is rebuilt when the corpus changes and when such a file appears, changes or goes.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { IMPORTABLE_GLOB } from '../../core/import/kinds';
import { importedSources, pendingImports } from '../../core/import/pending';

export interface ImportGroupNode {
  readonly type: 'import-group';
  readonly id: string;
  readonly paths: readonly string[];
}

export interface ImportFileNode {
  readonly type: 'import-file';
  readonly id: string;
  readonly path: string;
}

export type ImportNode = ImportGroupNode | ImportFileNode;

const EXCLUDE = ['**/node_modules/**', '**/.git/**', '.policylens/**'];
const changed = new vscode.EventEmitter<void>();
/** Fires when importable files appear, change or go (the tree refreshes). */
export const onDidChangePending = changed.event;

/** Watch importable files; registered once by the import feature. */
export function watchImportable(context: vscode.ExtensionContext): void {
  const watcher = vscode.workspace.createFileSystemWatcher(IMPORTABLE_GLOB);
  const fire = () => changed.fire();
  context.subscriptions.push(watcher, changed, watcher.onDidCreate(fire), watcher.onDidDelete(fire));
}

/** The group node, or none when everything importable is imported. */
export async function importRoots(service: LensService): Promise<ImportGroupNode[]> {
  const corpus = service.current();
  const files = service.files;
  if (!corpus || !files) return [];
  const importable = await files.listFiles([IMPORTABLE_GLOB], EXCLUDE);
  if (importable.length === 0) return [];
  const imported = importedSources(corpus.model.documents().map((d) => d.lines.text));
  const paths = pendingImports(importable, imported);
  return paths.length === 0 ? [] : [{ type: 'import-group', id: 'g:not-imported', paths }];
}

/** Children of an import node. */
export function importChildren(node: ImportNode): ImportFileNode[] {
  return node.type === 'import-group' ? node.paths.map((path) => ({ type: 'import-file', id: `${node.id}/f:${path}`, path })) : [];
}

/** How an import node looks. */
export function importTreeItem(node: ImportNode, uri: (path: string) => vscode.Uri): vscode.TreeItem {
  if (node.type === 'import-group') {
    const item = new vscode.TreeItem(vscode.l10n.t('Not yet imported'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = String(node.paths.length);
    item.iconPath = new vscode.ThemeIcon('cloud-download');
    item.tooltip = vscode.l10n.t('PDFs, web pages and Word files that have no Markdown text yet. Import them to read, search and annotate them.');
    item.contextValue = 'importGroup';
    return item;
  }
  const item = new vscode.TreeItem(node.path.slice(node.path.lastIndexOf('/') + 1), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.resourceUri = uri(node.path);
  item.description = node.path.includes('/') ? node.path.slice(0, node.path.lastIndexOf('/')) : '';
  item.contextValue = 'importFile';
  item.tooltip = vscode.l10n.t('Not imported yet: {0}', node.path);
  return item;
}

/** Uris of the files an import node stands for (the Import action's argument). */
export function importNodeUris(value: unknown, uri: (path: string) => vscode.Uri): vscode.Uri[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const node = value as { type?: unknown; path?: unknown; paths?: unknown };
  if (node.type === 'import-file' && typeof node.path === 'string') return [uri(node.path)];
  if (node.type === 'import-group' && Array.isArray(node.paths)) return node.paths.filter((p): p is string => typeof p === 'string').map(uri);
  return undefined;
}
