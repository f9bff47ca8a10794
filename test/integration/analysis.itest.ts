/**
 * Wiring of the analysis views in a real VS Code: two coders annotate overlapping passages
 * (through the annotate command, with the author setting switched between them); the Coded
 * Segments view lists both rows, the Analysis webview reports what it rendered after its
 * ready handshake, Compare Coders finds the two stretches where they differ and next opens
 * one, and the document memo command creates and opens the memo file.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText } from './support/workspace';

const DOC = 'eu/ai-act-risk-tiers.md';
const annotationFile = `.policylens/annotations/${DOC}.json`;
const memoFile = `.policylens/memos/${DOC}.md`;

interface Row { path: string; line: number; text: string; tags: string[]; author: string | null }

/** A line of the document long enough to code twice with an overlap. */
function longLine(text: string): { start: number; end: number } {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length >= 60 && !line.startsWith('#') && !line.startsWith('---')) return { start: offset, end: offset + 60 };
    offset += line.length + 1;
  }
  throw new Error('no long line in the test document');
}

describe('analysis: coded segments, tables webview, compare coders, memos', function () {
  this.timeout(120_000);
  const config = () => vscode.workspace.getConfiguration('policyLens.annotations');

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const doc = await vscode.workspace.openTextDocument(file(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const span = longLine(doc.getText());
    const code = async (author: string, start: number, end: number): Promise<void> => {
      await config().update('author', author, vscode.ConfigurationTarget.Workspace);
      await poll(`author ${author}`, () => config().get('author') === author);
      await poll(`annotate as ${author}`, async () => {
        editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
        return vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: ['analysis-itest/risk'] });
      });
    };
    await code('ann', span.start, span.start + 40);
    await code('bob', span.start + 20, span.end);
  });

  after(async () => {
    await config().update('author', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of [annotationFile, memoFile]) await vscode.workspace.fs.delete(file(f)).then(undefined, () => undefined);
  });

  it('the Coded Segments view lists the segments of a code, sub-codes included, with their coders', async () => {
    await vscode.commands.executeCommand('policyLens.segments.show', { tag: 'analysis-itest' });
    const rows = await poll('two segment rows', async () => {
      const r = await vscode.commands.executeCommand<Row[]>('policyLens.segments.rows');
      return r && r.length === 2 ? r : undefined;
    });
    assert.deepStrictEqual(rows.map((r) => [r.path, r.author, r.tags]), [[DOC, 'ann', ['analysis-itest/risk']], [DOC, 'bob', ['analysis-itest/risk']]]);
    await vscode.commands.executeCommand('policyLens.segments.show', { tag: 'analysis-itest', coders: ['bob'] });
    const bob = await vscode.commands.executeCommand<Row[]>('policyLens.segments.rows');
    assert.deepStrictEqual(bob.map((r) => r.author), ['bob']);
  });

  it('the Analysis webview answers the ready handshake and renders the code × document table', async () => {
    await vscode.commands.executeCommand('policyLens.analysis.open');
    const shown = await poll('a rendered table', async () => vscode.commands.executeCommand<{ table: string; rows: number; cols: number } | undefined>('policyLens.analysis.lastRender'), 60_000);
    assert.strictEqual(shown.table, 'byDocument');
    assert.ok(shown.rows >= 2, `rows for analysis-itest and analysis-itest/risk (got ${shown.rows})`);
    assert.ok(shown.cols >= 1);
  });

  it('Compare Coders finds where the two coders differ and next opens it', async () => {
    await vscode.commands.executeCommand('policyLens.compareCoders.choose', ['ann', 'bob']);
    const diffs = await poll('differences', async () => {
      const d = await vscode.commands.executeCommand<{ path: string; diff: { start: number; end: number; coders: string[] } }[]>('policyLens.compareCoders.differences');
      return d?.some((x) => x.path === DOC) ? d.filter((x) => x.path === DOC) : undefined;
    });
    // The annotate command trims white space at the ends of a selection: take the stored spans.
    const stored = JSON.parse((await readText(annotationFile))!) as { annotations: { author: string; target: { selector: [unknown, { start: number; end: number }] } }[] };
    const of = (who: string) => stored.annotations.find((a) => a.author === who)!.target.selector[1];
    const [ann, bob] = [of('ann'), of('bob')];
    assert.ok(ann.start < bob.start && bob.start < ann.end && ann.end < bob.end, 'the fixture overlaps');
    assert.deepStrictEqual(diffs.map((d) => [d.diff.start, d.diff.end, d.diff.coders]), [[ann.start, bob.start, ['ann']], [ann.end, bob.end, ['bob']]]);
    await vscode.commands.executeCommand('policyLens.compareCoders.next');
    const editor = await poll('an editor on the difference', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(DOC) ? vscode.window.activeTextEditor : undefined);
    const at = editor.document.offsetAt(editor.selection.start);
    assert.ok(diffs.some((d) => d.diff.start === at), `selection at a difference (got ${at})`);
  });

  it('Edit Document Memo creates the memo file and opens it', async () => {
    await vscode.commands.executeCommand('policyLens.memo.editDocument', DOC);
    await poll('the memo file', () => readText(memoFile));
    await poll('the memo editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(memoFile));
  });

  it('a document memo is found by Go to… once written', async () => {
    await vscode.workspace.fs.writeFile(file(memoFile), new TextEncoder().encode('Quokkaberry tiers need a second reading.\n'));
    const hit = await poll('Go to… finding the memo', async () => {
      const r = await vscode.commands.executeCommand<{ kind: string; path?: string } | undefined>('policyLens.goTo', { query: '!Quokkaberry', accept: true });
      return r?.path === memoFile ? r : undefined;
    }, 30_000);
    assert.strictEqual(hit.kind, 'annotation');
  });
});
