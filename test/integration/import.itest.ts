/**
 * Import in a real VS Code: a PDF made for the tests (printed with Chromium, 3 pages) is put
 * into the workspace, imported through the command, and a passage on its second page shows
 * "p. 2" in its hover; Open Original at Page is offered there.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText } from './support/workspace';

/** Hover markdown as plain text (appendText escapes punctuation and writes spaces as &nbsp;). */
function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n')
    .replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

describe('import: PDF through the command, page in the hover', function () {
  this.timeout(120_000);

  it('imports a PDF and the hover of a passage on page 2 says "p. 2"', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension present');
    await ext.activate();
    const pdf = readFileSync(join(ext.extensionPath, 'test/fixtures/import/report.en.pdf'));
    await vscode.workspace.fs.writeFile(file('imports/report.pdf'), pdf);
    const outcomes = (await vscode.commands.executeCommand('policyLens.importDocuments', file('imports/report.pdf'))) as Array<{ status: string; path?: string; pages?: number }>;
    assert.deepStrictEqual(outcomes.map((o) => [o.status, o.path, o.pages]), [['imported', 'imports/report.md', 3]]);
    const text = await poll('the imported Markdown', () => readText('imports/report.md'));
    assert.match(text, /^---\ntitle: Framework for Trustworthy Systems/);

    const lines = text.split('\n');
    const marker = lines.indexOf('<!-- page 2 -->');
    assert.ok(marker > 0, 'page 2 marker');
    const line = lines.findIndex((l, i) => i > marker && l.trim().length > 40);
    const doc = await vscode.workspace.openTextDocument(file('imports/report.md'));
    await vscode.window.showTextDocument(doc);
    const hover = await poll('a hover with the page', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 5)));
      return h.includes('p. 2') ? h : undefined;
    }, 30_000);
    assert.match(hover, /imports\/report\.pdf/);
    assert.match(hover, /command:policyLens\.import\.openOriginal/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('re-importing an unchanged PDF (from its Corpus tree node) keeps the same Markdown file', async () => {
    const before = await readText('imports/report.md');
    const node = { type: 'import-file', id: 'g:not-imported/f:imports/report.pdf', path: 'imports/report.pdf' };
    const outcomes = (await vscode.commands.executeCommand('policyLens.importDocuments', node)) as Array<{ status: string; path?: string }>;
    assert.deepStrictEqual(outcomes.map((o) => [o.status, o.path]), [['unchanged', 'imports/report.md']]);
    assert.strictEqual(await readText('imports/report.md'), before);
  });
});
