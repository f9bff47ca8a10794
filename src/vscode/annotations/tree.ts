/**
 * The Annotations view: a "Needs attention" group for changed and orphaned annotations, then
 * either the tag hierarchy (with counts) or the documents. A tag filter narrows both. Clicking
 * an annotation reveals it; item context values drive the menus declared in package.json.
 */
import * as vscode from 'vscode';
import { filterByTag, groupByDocument, groupByTag, needsAttention, untagged, type TagGroup } from '../../core/annotations/grouping';
import type { Annotation } from '../../core/annotations/types';
import { preview, statusLabel } from './labels';
import type { AnnotationsSession } from './session';

export type GroupMode = 'tag' | 'document';

type Node =
  | { readonly kind: 'attention'; readonly items: readonly Annotation[] }
  | { readonly kind: 'tag'; readonly group: TagGroup }
  | { readonly kind: 'untagged'; readonly items: readonly Annotation[] }
  | { readonly kind: 'document'; readonly path: string; readonly items: readonly Annotation[] }
  | { readonly kind: 'annotation'; readonly annotation: Annotation; readonly annotationId: string; readonly parentKind: string };

const MODE_KEY = 'policyLens.annotations.groupBy';

export class AnnotationsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private mode: GroupMode;
  private filter: string | undefined;
  private readonly subscription: vscode.Disposable;
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly session: AnnotationsSession, private readonly state: vscode.Memento) {
    this.mode = state.get<GroupMode>(MODE_KEY) === 'document' ? 'document' : 'tag';
    this.subscription = session.onDidChange(() => this.refresh());
  }

  setMode(mode: GroupMode): void {
    this.mode = mode;
    void this.state.update(MODE_KEY, mode);
    this.refresh();
  }

  tagFilter(): string | undefined {
    return this.filter;
  }

  setFilter(tag: string | undefined): void {
    this.filter = tag;
    void vscode.commands.executeCommand('setContext', 'policyLens.annotationFilter', tag ?? false);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
    if (this.view) this.view.description = this.filter ? vscode.l10n.t('tag: {0}', this.session.codebook.labelOf(this.filter)) : undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      await this.session.ready;
      const all = filterByTag(this.session.all(), this.filter);
      const roots: Node[] = [];
      const attention = needsAttention(all);
      if (attention.length) roots.push({ kind: 'attention', items: attention });
      if (this.mode === 'document') {
        roots.push(...groupByDocument(all).map((g): Node => ({ kind: 'document', path: g.path, items: g.annotations })));
      } else {
        roots.push(...groupByTag(all, this.session.codebook.tags()).map((group): Node => ({ kind: 'tag', group })));
        const none = untagged(all);
        if (none.length) roots.push({ kind: 'untagged', items: none });
      }
      return roots;
    }
    const leaves = (items: readonly Annotation[]): Node[] => items.map((a) => ({ kind: 'annotation', annotation: a, annotationId: a.id, parentKind: node.kind }));
    switch (node.kind) {
      case 'attention':
      case 'untagged':
      case 'document':
        return leaves(node.items);
      case 'tag':
        return [...node.group.children.map((group): Node => ({ kind: 'tag', group })), ...leaves(node.group.annotations)];
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'attention': {
        const item = new vscode.TreeItem(vscode.l10n.t('Needs attention'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.items.length);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = vscode.l10n.t('Annotations whose passage was edited or can no longer be found');
        return item;
      }
      case 'tag': {
        const t = node.group.tag;
        const item = new vscode.TreeItem(this.session.codebook.labelOf(t.id), Collapsed);
        item.id = `tag:${t.id}`;
        item.description = `${node.group.count} · ${t.id}`;
        item.iconPath = new vscode.ThemeIcon('tag');
        item.tooltip = t.description ?? t.id;
        return item;
      }
      case 'untagged': {
        const item = new vscode.TreeItem(vscode.l10n.t('Without tags'), Collapsed);
        item.description = String(node.items.length);
        item.iconPath = new vscode.ThemeIcon('note');
        return item;
      }
      case 'document': {
        const item = new vscode.TreeItem(node.path.slice(node.path.lastIndexOf('/') + 1), Collapsed);
        item.id = `doc:${node.path}`;
        item.description = `${node.items.length} · ${node.path}`;
        item.resourceUri = this.session.files.uri(node.path);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'annotation':
        return this.annotationItem(node.annotation, node.parentKind);
    }
  }

  private annotationItem(a: Annotation, parentKind: string): vscode.TreeItem {
    const item = new vscode.TreeItem(preview(a.target.selector[0].exact, 60), vscode.TreeItemCollapsibleState.None);
    const line = this.session.service.current()?.model.get(a.target.source)?.lines.lineOf(a.target.selector[1].start);
    const where = `${a.target.source}${line !== undefined ? `:${line + 1}` : ''}`;
    item.description = this.mode === 'document' && parentKind !== 'attention' ? a.tags.map((t) => this.session.codebook.labelOf(t)).join(', ') : where;
    const attention = a.status === 'changed' || a.status === 'orphaned';
    item.contextValue = attention ? 'annotation-orphaned' : 'annotation';
    item.iconPath = a.status === 'orphaned' ? new vscode.ThemeIcon('error') : a.status === 'changed' ? new vscode.ThemeIcon('diff-modified') : new vscode.ThemeIcon(a.note ? 'note' : 'comment');
    const tip = new vscode.MarkdownString();
    tip.appendText(`${preview(a.target.selector[0].exact, 200)}\n\n`);
    if (a.note) tip.appendText(`${preview(a.note, 300)}\n\n`);
    tip.appendText(`${where} · ${statusLabel(a.status)}${a.author ? ` · ${a.author}` : ''}`);
    item.tooltip = tip;
    item.command = { command: 'policyLens.annotation.open', title: vscode.l10n.t('Open Annotation'), arguments: [a.id] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
