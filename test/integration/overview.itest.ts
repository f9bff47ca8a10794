/**
 * The overview webview in the real VS Code: it opens, its script runs under the strict CSP,
 * it draws every chart from the demo corpus and reports what it drew, and it follows the
 * corpus when a document is added.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll } from './support/workspace';

interface Counts { documents: number; dated: number; lanes: number; nodes: number; edges: number; heatCells: number; pairs: number; ms: number }
interface GroupSummary { count: number; kind: string }

describe('overview webview', function () {
  this.timeout(120_000);
  const added = 'overview-probe/2031-probe-statement.md';

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  after(async () => {
    await vscode.workspace.fs.delete(file('overview-probe'), { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens, draws the three kinds of chart and reports what it drew', async () => {
    const languages = await poll('indexed corpus', async () => {
      const g = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByLanguage');
      return g?.length ? g : undefined;
    });
    // Each document is in exactly one language group; the Problems group lists skipped files.
    const total = languages.filter((g) => g.kind !== 'problems').reduce((n, g) => n + g.count, 0);
    const counts = await vscode.commands.executeCommand<Counts>('policyLens.openOverview');
    assert.strictEqual(counts.documents, total, `every corpus document is in view with no filter: ${JSON.stringify(counts)}`);
    assert.ok(counts.dated > 0 && counts.dated <= total, `timeline dots: ${counts.dated}`);
    assert.ok(counts.lanes > 0, 'the timeline has lanes');
    assert.ok(counts.heatCells > 0, 'the heat maps have cells');
    assert.ok(counts.nodes >= 0 && counts.edges >= 0);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
    assert.ok(tab, 'a webview tab is open');
  });

  it('follows the corpus: a new document is drawn without reopening', async () => {
    const before = await vscode.commands.executeCommand<Counts>('policyLens.openOverview');
    await vscode.workspace.fs.writeFile(file(added), new TextEncoder().encode('---\ntitle: Probe statement on AI safety\ndate: 2031-03-04\n---\n\n# Probe statement\n\nA short statement about AI safety institutes and model evaluation.\n'));
    const after = await poll('a redraw with the new document', async () => {
      const c = await vscode.commands.executeCommand<Counts>('policyLens.openOverview');
      return c.documents === before.documents + 1 ? c : undefined;
    }, 60_000);
    assert.strictEqual(after.dated, before.dated + 1, 'the new dated document is on the timeline');
  });
});
