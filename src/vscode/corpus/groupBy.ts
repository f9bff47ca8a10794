/**
 * The facet the Corpus tree is grouped by: switched from the view's title bar, remembered per
 * workspace, defaulting to the `policyLens.corpus.groupBy` setting (a change of the setting
 * wins over the remembered choice). The current facet is also the context key
 * `policyLens.groupBy`, so the view's menu can leave it out. Each command returns the
 * resulting top-level groups, so tests and other extensions can observe what the tree shows.
 */
import * as vscode from 'vscode';
import { FACET_KINDS, FacetKind } from '../../core/corpus/facets';
import type { CorpusTreeProvider } from './treeProvider';
import { groupByDescription, groupLabel } from './labels';
import type { LensService } from '../service';
import type { KnowledgeBase } from '../../core/knowledge';
import { childNodes, type CorpusNode } from './nodes';

const STATE_KEY = 'policyLens.corpus.groupBy';
/** Context key holding the current facet, for menus. */
export const GROUP_BY_CONTEXT = 'policyLens.groupBy';

const COMMANDS: Record<FacetKind, string> = {
  institution: 'policyLens.corpus.groupByInstitution',
  theme: 'policyLens.corpus.groupByTheme',
  year: 'policyLens.corpus.groupByYear',
  language: 'policyLens.corpus.groupByLanguage',
};

/** What a group-by command returns: one entry per top-level group, sub-institutions nested. */
export interface GroupSummary {
  readonly key: string;
  readonly label: string;
  readonly kind: string;
  readonly count: number;
  /** Documents filed under the group itself (not under a sub-institution). */
  readonly documents: number;
  /** The tree's child groups (institutions nested under their parents). */
  readonly children?: readonly GroupSummary[];
}

/** A group node as the tree shows it, with the child groups the tree would list under it. */
function summarize(node: CorpusNode, by: FacetKind, kb: KnowledgeBase): GroupSummary[] {
  if (node.type !== 'group') return [];
  const children = childNodes(node).flatMap((c) => summarize(c, by, kb));
  const { key, kind, count } = node.group;
  const documents = node.group.documents.length;
  return [{ key, label: groupLabel(node.group, by, kb), kind, count, documents, ...(children.length ? { children } : {}) }];
}

function isFacet(value: unknown): value is FacetKind {
  return typeof value === 'string' && (FACET_KINDS as readonly string[]).includes(value);
}

/** The facet to start with: the remembered choice, else the setting, else institution. */
export function initialGroupBy(context: vscode.ExtensionContext): FacetKind {
  const remembered = context.workspaceState.get<string>(STATE_KEY);
  if (isFacet(remembered)) return remembered;
  const configured = vscode.workspace.getConfiguration('policyLens').get<string>('corpus.groupBy');
  return isFacet(configured) ? configured : 'institution';
}

export function registerGroupBy(
  context: vscode.ExtensionContext,
  service: LensService,
  provider: CorpusTreeProvider,
  view: vscode.TreeView<unknown>,
): vscode.Disposable[] {
  const apply = (by: FacetKind): void => {
    provider.setGroupBy(by);
    view.description = groupByDescription(by);
    // The view's `...` menu offers only the other groupings (package.json `when` clauses).
    void vscode.commands.executeCommand('setContext', GROUP_BY_CONTEXT, by);
  };
  apply(provider.groupBy);
  const commands = FACET_KINDS.map((by) => vscode.commands.registerCommand(COMMANDS[by], async (): Promise<GroupSummary[]> => {
    apply(by);
    await context.workspaceState.update(STATE_KEY, by);
    const corpus = await service.ready();
    if (!corpus) return [];
    const roots = await provider.roots();
    return roots.flatMap((n) => summarize(n, by, corpus.kb));
  }));
  const config = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('policyLens.corpus.groupBy')) return;
    const configured = vscode.workspace.getConfiguration('policyLens').get<string>('corpus.groupBy');
    if (!isFacet(configured)) return;
    void context.workspaceState.update(STATE_KEY, undefined);
    apply(configured);
  });
  return [...commands, config];
}
