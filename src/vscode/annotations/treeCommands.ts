/** Grouping and tag filter of the Annotations view. */
import * as vscode from 'vscode';
import { isValidTagId } from '../../core/annotations/codebook';
import type { AnnotationsSession } from './session';
import type { AnnotationsTree } from './tree';

async function chooseFilterTag(session: AnnotationsSession): Promise<string | undefined> {
  await session.ready;
  const used = new Set(session.all().flatMap((a) => a.tags.flatMap((t) => t.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/')))));
  const ids = [...new Set([...session.codebook.tags().map((t) => t.id), ...used])].sort();
  const pick = await vscode.window.showQuickPick(ids.map((id) => ({
    // The name as label, the full id (its parent path) as description: no indenting by spaces.
    label: session.codebook.labelOf(id),
    description: `${id}${used.has(id) ? '' : ` · ${vscode.l10n.t('unused')}`}`,
    id,
  })), { title: vscode.l10n.t('Show annotations with tag'), matchOnDescription: true });
  return pick?.id;
}

export function registerTreeCommands(session: AnnotationsSession, tree: AnnotationsTree): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('policyLens.annotations.groupByTag', () => tree.setMode('tag')),
    vscode.commands.registerCommand('policyLens.annotations.groupByDocument', () => tree.setMode('document')),
    vscode.commands.registerCommand('policyLens.annotations.filterByTag', async (arg?: unknown) => {
      if (arg !== undefined && !(typeof arg === 'string' && isValidTagId(arg))) return;
      const tag = (arg as string | undefined) ?? (await chooseFilterTag(session));
      if (tag) tree.setFilter(tag);
    }),
    vscode.commands.registerCommand('policyLens.annotations.clearFilter', () => tree.setFilter(undefined)),
  ];
}
