/**
 * The Annotations view: a "Needs attention" group for changed and orphaned annotations, then
 * either the tag hierarchy (with counts) or the documents. A tag filter narrows both. Clicking
 * an annotation reveals it; item context values drive the menus declared in package.json.
 */
import * as vscode from 'vscode';
import { problemSelection } from '../convert';
import { filterByTag, groupByDocument, groupByTag, linkNeedsAttention, needsAttention, untagged, type TagGroup } from '../../core/annotations/grouping';
import { linkQuote, type Annotation } from '../../core/annotations/types';
import type { BrokenAnnotationFile } from '../../core/annotations/service';
import { annotationFilePath } from '../../core/annotations/store';
import { lookAlikeOf } from '../../core/annotations/reanchor';
import { annotationCount, linkStatusLabel, preview, relationLabel, statusLabel } from './labels';
import type { AnnotationsSession } from './session';

export type GroupMode = 'tag' | 'document';

type Node =
  | { readonly kind: 'attention'; readonly items: readonly Annotation[]; readonly broken: readonly BrokenAnnotationFile[] }
  | { readonly kind: 'broken'; readonly file: BrokenAnnotationFile }
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
      const broken = this.session.store.brokenFiles();
      if (attention.length || broken.length) roots.push({ kind: 'attention', items: attention, broken });
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
        return [...node.broken.map((file): Node => ({ kind: 'broken', file })), ...leaves(node.items)];
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
        item.description = String(node.items.length + node.broken.length);
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
        item.accessibilityInformation = { label: `${vscode.l10n.t('Tag {0}', this.session.codebook.labelOf(t.id))}, ${t.id}, ${annotationCount(node.group.count)}` };
        item.tooltip = t.description ?? t.id;
        return item;
      }
      case 'broken':
        return this.brokenItem(node.file);
      case 'untagged': {
        const item = new vscode.TreeItem(vscode.l10n.t('Without tags'), Collapsed);
        item.description = String(node.items.length);
        item.accessibilityInformation = { label: `${vscode.l10n.t('Without tags')}, ${annotationCount(node.items.length)}` };
        item.iconPath = new vscode.ThemeIcon('note');
        return item;
      }
      case 'document': {
        // The title, as in the Corpus view; the path (and the count) as description.
        const title = this.session.service.current()?.model.get(node.path)?.meta.title?.trim();
        const item = new vscode.TreeItem(title || node.path.slice(node.path.lastIndexOf('/') + 1), Collapsed);
        item.id = `doc:${node.path}`;
        const readOnly = this.session.store.isReadOnly(node.path);
        item.description = `${node.items.length} · ${node.path}${readOnly ? ` · ${vscode.l10n.t('read-only: file has errors')}` : ''}`;
        item.resourceUri = this.session.files.uri(node.path);
        item.iconPath = readOnly ? new vscode.ThemeIcon('lock') : vscode.ThemeIcon.File;
        item.tooltip = node.path;
        item.accessibilityInformation = { label: `${title || node.path}, ${node.path}, ${annotationCount(node.items.length)}${readOnly ? `, ${vscode.l10n.t('read-only: file has errors')}` : ''}` };
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
    const tagNames = a.tags.map((t) => this.session.codebook.labelOf(t)).join(', ');
    const readOnly = this.session.store.isReadOnly(a.target.source);
    const badLinks = a.links.filter(linkNeedsAttention).length;
    const linkMarker = badLinks === 1 ? vscode.l10n.t('1 linked passage edited or gone') : badLinks > 1 ? vscode.l10n.t('{0} linked passages edited or gone', badLinks) : '';
    const marker = (readOnly ? ` · ${vscode.l10n.t('read-only: file has errors')}` : '') + (linkMarker ? ` · ${linkMarker}` : '');
    item.description = (this.mode === 'document' && parentKind !== 'attention' ? tagNames : where) + marker;
    const quote = preview(a.target.selector[0].exact, 60);
    item.accessibilityInformation = {
      label: [quote, tagNames ? vscode.l10n.t('tags: {0}', tagNames) : vscode.l10n.t('no tags'), where, statusLabel(a.status), linkMarker, readOnly ? vscode.l10n.t('read-only: file has errors') : ''].filter(Boolean).join(', '),
    };
    const attention = a.status === 'changed' || a.status === 'orphaned';
    item.contextValue = attention ? 'annotation-orphaned' : 'annotation';
    item.iconPath = a.status === 'orphaned' ? new vscode.ThemeIcon('error') : a.status === 'changed' ? new vscode.ThemeIcon('diff-modified')
      : readOnly ? new vscode.ThemeIcon('lock') : new vscode.ThemeIcon(a.note ? 'note' : 'comment');
    const tip = new vscode.MarkdownString();
    tip.appendText(`${preview(a.target.selector[0].exact, 200)}\n\n`);
    if (a.note) tip.appendText(`${preview(a.note, 300)}\n\n`);
    tip.appendText(`${where} · ${statusLabel(a.status)}${a.author ? ` · ${a.author}` : ''}`);
    const text = a.status === 'orphaned' ? this.session.textOf(a.target.source) : undefined;
    const like = text === undefined ? undefined : lookAlikeOf(a, text);
    if (like && text !== undefined) {
      const likeLine = this.session.service.current()?.model.get(a.target.source)?.lines.lineOf(like.start);
      tip.appendText(`\n\n${vscode.l10n.t('Similar passage elsewhere (line {0}): “{1}”', likeLine === undefined ? '?' : likeLine + 1, preview(text.slice(like.start, like.end), 80))}`);
    }
    for (const l of a.links) tip.appendText(`\n\n${relationLabel(l.relation)} → ${l.target.path} “${preview(linkQuote(l), 60)}” · ${linkStatusLabel(l.target.status)}`);
    item.tooltip = tip;
    item.command = { command: 'policyLens.annotation.open', title: vscode.l10n.t('Open Annotation'), arguments: [a.id] };
    return item;
  }

  /**
   * A corrupt annotation file: "N annotations unreadable — file:line" when nothing of it could
   * be shown, else "file: read-only — file has errors"; clicking opens the file at the error.
   */
  private brokenItem(b: BrokenAnnotationFile): vscode.TreeItem {
    const file = b.problem.path || annotationFilePath(b.docPath);
    const line = (b.problem.line ?? 0) + 1;
    const at = `${file}:${line}`;
    const label = b.kept > 0
      ? vscode.l10n.t('{0}: read-only — file has errors ({1})', b.docPath, at)
      : b.unreadable === 1 ? vscode.l10n.t('1 annotation unreadable — {0}', at)
        : b.unreadable > 1 ? vscode.l10n.t('{0} annotations unreadable — {1}', b.unreadable, at)
          : vscode.l10n.t('Annotations unreadable — {0}', at);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `broken:${b.docPath}`;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    const tip = new vscode.MarkdownString();
    tip.appendText(`${at}: ${b.problem.message}\n\n${vscode.l10n.t('Fix the file to see and edit these annotations again; it is never overwritten.')}`);
    item.tooltip = tip;
    item.accessibilityInformation = { label: `${label}. ${b.problem.message}` };
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [this.session.files.uri(file), { selection: problemSelection(b.problem), preview: false }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
