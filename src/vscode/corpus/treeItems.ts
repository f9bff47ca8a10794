/**
 * How each node of the Corpus tree looks: labels, counts, icons, stable ids (so expansion
 * survives refreshes), hover cards and what a click does.
 */
import * as vscode from 'vscode';
import { problemSelection } from '../convert';
import type { LocationArg } from '../args';
import type { KnowledgeBase } from '../../core/knowledge';
import type { CorpusModel } from '../../core/corpus/model';
import { CorpusNode, hasChildren } from './nodes';
import { groupIcon, groupLabel } from './labels';
import { documentTooltip, groupTooltip } from './tooltip';
import { OPEN_COMMAND } from './openDocument';
import { importTreeItem } from '../import/pendingNodes';

/** Groups start expanded when the tree is this small, so the corpus is visible at a glance. */
const EXPAND_GROUPS_UP_TO = 40;

export function toTreeItem(node: CorpusNode, kb: KnowledgeBase, uri: (path: string) => vscode.Uri, totalDocs: number, model?: CorpusModel): vscode.TreeItem {
  const collapsed = hasChildren(node) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  switch (node.type) {
    case 'import-group':
    case 'import-file':
      return importTreeItem(node, uri);
    case 'group': {
      const label = groupLabel(node.group, node.by, kb);
      const expand = node.group.kind !== 'problems' && totalDocs <= EXPAND_GROUPS_UP_TO;
      const item = new vscode.TreeItem(label, expand ? vscode.TreeItemCollapsibleState.Expanded : collapsed);
      item.id = node.id;
      item.description = String(node.group.count);
      item.iconPath = groupIcon(node.group, node.by);
      const nested = node.group.children?.length ? node.group.documents.length : undefined;
      item.tooltip = groupTooltip(label, node.group.count, kb, node.group.key, nested);
      item.contextValue = node.group.kind === 'problems' ? 'problems' : 'group';
      return item;
    }
    case 'document': {
      const { document } = node;
      const item = new vscode.TreeItem(document.meta.title, collapsed);
      item.id = node.id;
      item.resourceUri = uri(document.path);
      item.iconPath = new vscode.ThemeIcon('file-text');
      const file = document.path.slice(document.path.lastIndexOf('/') + 1);
      item.description = document.meta.date ? `${document.meta.date} · ${file}` : file;
      item.tooltip = documentTooltip(document, kb, model);
      item.contextValue = 'document';
      item.command = openCommand({ path: document.path, start: 0, preview: true }, vscode.l10n.t('Open Document'));
      return item;
    }
    case 'section': {
      const { heading } = node.section;
      const item = new vscode.TreeItem(heading.text, collapsed);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      item.tooltip = heading.text;
      item.contextValue = 'section';
      item.command = openCommand({ path: node.document.path, start: heading.span.start, end: heading.span.end, preview: true },
        vscode.l10n.t('Go to Section'));
      return item;
    }
    case 'skipped': {
      const item = new vscode.TreeItem(node.file.path, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.file.reason;
      item.tooltip = vscode.l10n.t('Left out of the corpus: {0}', node.file.reason);
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.resourceUri = uri(node.file.path);
      item.contextValue = 'skipped';
      item.command = { command: 'revealInExplorer', title: vscode.l10n.t('Reveal in Explorer'), arguments: [uri(node.file.path)] };
      return item;
    }
    case 'problem': {
      const { problem } = node;
      const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = problem.line !== undefined ? vscode.l10n.t('{0}, line {1}', problem.path, problem.line + 1) : problem.path;
      item.tooltip = problem.message;
      item.iconPath = new vscode.ThemeIcon(problem.severity === 'error' ? 'error' : 'warning');
      item.contextValue = 'problem';
      item.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Open File'),
        arguments: [uri(problem.path), { selection: problemSelection(problem) }],
      };
      return item;
    }
  }
}

function openCommand(arg: LocationArg, title: string): vscode.Command {
  return { command: OPEN_COMMAND, title, arguments: [arg] };
}
