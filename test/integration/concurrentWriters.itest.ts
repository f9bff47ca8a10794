/**
 * Two writers on one annotation file at the same time — this window (the annotate command)
 * and `policy-lens annotate` processes (the built CLI) — lose nothing: both go through the
 * same lock, re-read and compare-and-swap, and the window picks up the CLI's work.
 */
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText, root } from './support/workspace';

const DOC = 'eu/ai-act-risk-tiers.md';
const ANNOTATIONS = `.policylens/annotations/${DOC}.json`;

/** Distinct quotes, one per line of the document, each occurring once. */
function uniqueQuotes(text: string, count: number): { start: number; end: number; quote: string }[] {
  const out: { start: number; end: number; quote: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length >= 20 && !/^[#>|-]/.test(trimmed)) {
      const quote = trimmed.slice(0, 16).trimEnd();
      const at = offset + line.indexOf(trimmed);
      if (text.indexOf(quote) === at && text.lastIndexOf(quote) === at) out.push({ start: at, end: at + quote.length, quote });
    }
    offset += line.length + 1;
  }
  if (out.length < count) throw new Error(`only ${out.length} unique lines in ${DOC}`);
  return out.slice(0, count);
}

function cli(cliPath: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => done({ code: -1, stderr: String(e) }));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('annotations: the extension and the CLI write at the same time', function () {
  this.timeout(120_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file(ANNOTATIONS)).then(undefined, () => undefined);
  });

  it('keeps every annotation from both writers', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const cliPath = join(ext.extensionPath, 'dist', 'cli.js');
    if (root().scheme !== 'file' || !existsSync(cliPath)) this.skip();
    const doc = await vscode.workspace.openTextDocument(file(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const quotes = uniqueQuotes(doc.getText(), 8);
    const mine = quotes.slice(0, 4);
    const theirs = quotes.slice(4);
    // The editor must be known as a corpus document before annotating (indexing may still run).
    await poll('the annotate command on a corpus document', async () => {
      editor.selection = new vscode.Selection(doc.positionAt(mine[0].start), doc.positionAt(mine[0].end));
      return vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: ['ext-0'] });
    });
    const processes = theirs.map((q, i) => cli(cliPath, ['annotate', root().fsPath, DOC, '--quote', q.quote, '--tag', `cli-${i}`]));
    for (const [i, q] of mine.entries()) {
      if (i === 0) continue;
      editor.selection = new vscode.Selection(doc.positionAt(q.start), doc.positionAt(q.end));
      const id = await vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: [`ext-${i}`] });
      assert.ok(id, `the window annotated passage ${i}`);
    }
    for (const r of await Promise.all(processes)) assert.strictEqual(r.code, 0, r.stderr);
    const want = [...mine.map((_, i) => `ext-${i}`), ...theirs.map((_, i) => `cli-${i}`)].sort();
    const tags = await poll('all eight annotations on disk', async () => {
      const text = await readText(ANNOTATIONS);
      const got = text ? (JSON.parse(text) as { annotations: { tags: string[] }[] }).annotations.flatMap((a) => a.tags).sort() : [];
      return got.length === want.length ? got : undefined;
    });
    assert.deepStrictEqual(tags, want);
    // And the window sees the CLI's annotations too (its watcher reloaded the file).
    const shown = await poll('the window to list all eight', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(theirs[0].start + 1));
      return (h ?? []).length > 0 ? h : undefined;
    });
    assert.ok(shown.length > 0);
  });
});
