/**
 * Links are anchored like annotations in the real editor: after an edit above the linked
 * passage (made on disk), the hover names the target's new line and its Go to link selects
 * the linked text; when the linked passage is deleted the hover says it is gone.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll } from './support/workspace';

const FROM = 'eu/ai-act-risk-tiers.md';
const TO = 'notes/people-and-models.md';

/** Hover markdown as plain text: appendText escapes punctuation and turns spaces into &nbsp;. */
function hoverText(hovers: vscode.Hover[] | undefined): string {
  const md = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** The JSON arguments of the first `policyLens.openLocation` command link in `markdown`. */
function goToArgs(markdown: string): { path: string; start: number; end: number } | undefined {
  const m = /command:policyLens\.openLocation\?([^)\s]+)/.exec(markdown);
  return m ? (JSON.parse(decodeURIComponent(m[1]))[0] as { path: string; start: number; end: number }) : undefined;
}

/** A line of at least 20 characters whose first 12 occur once in `text`. */
function uniqueSpan(text: string): { start: number; end: number } {
  let offset = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const q = t.slice(0, 12);
    const at = offset + line.indexOf(t);
    if (t.length >= 20 && !t.startsWith('#') && text.indexOf(q) === at && text.lastIndexOf(q) === at) return { start: at, end: at + q.length };
    offset += line.length + 1;
  }
  throw new Error('no unique line');
}

describe('annotations: links follow their target through edits', function () {
  this.timeout(120_000);
  let original: Uint8Array;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    original = await vscode.workspace.fs.readFile(file(TO));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(file(TO), original);
    await vscode.workspace.fs.delete(file(`.policylens/annotations/${FROM}.json`)).then(undefined, () => undefined);
  });

  it('shows the new line after an edit above the target, and Go to selects the linked text', async () => {
    const to = await vscode.workspace.openTextDocument(file(TO));
    const target = uniqueSpan(to.getText());
    const linked = to.getText().slice(target.start, target.end);
    const from = await vscode.workspace.openTextDocument(file(FROM));
    const editor = await vscode.window.showTextDocument(from);
    const here = uniqueSpan(from.getText());
    await poll('an annotation with a link', async () => {
      editor.selection = new vscode.Selection(from.positionAt(here.start), from.positionAt(here.end));
      return vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: ['links/itest'], links: [{ path: TO, start: target.start, end: target.end, relation: 'supports' }] });
    });
    const inserted = 'A first new line.\nA second new line.\n';
    await vscode.workspace.fs.writeFile(file(TO), new Uint8Array([...new TextEncoder().encode(inserted), ...original]));
    const newLine = to.getText().slice(0, target.start).split('\n').length + 2;
    const md = await poll('the hover to name the new line', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', from.uri, from.positionAt(here.start + 1)));
      return h.includes(`${TO}:${newLine}`) ? h : undefined;
    });
    const args = goToArgs(md);
    assert.ok(args, 'the hover offers Go to');
    assert.strictEqual(args.start, target.start + inserted.length);
    await vscode.commands.executeCommand('policyLens.openLocation', args);
    const active = await poll('the linked document to open', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === file(TO).toString() ? e : undefined;
    });
    assert.strictEqual(active.document.getText(active.selection), linked, 'Go to selects the linked text');
  });

  it('says so when the linked passage is gone', async () => {
    const text = new TextDecoder().decode(original);
    const target = uniqueSpan(text);
    const lineEnd = text.indexOf('\n', target.start);
    const gone = text.slice(0, target.start) + text.slice(lineEnd < 0 ? text.length : lineEnd);
    await vscode.workspace.fs.writeFile(file(TO), new TextEncoder().encode(gone));
    const from = await vscode.workspace.openTextDocument(file(FROM));
    const here = uniqueSpan(from.getText());
    const md = await poll('the hover to say the link target is gone', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', from.uri, from.positionAt(here.start + 1)));
      return /linked passage is gone|链接的段落已消失/.test(h) ? h : undefined;
    });
    assert.ok(!goToArgs(md), 'no Go to for a target that is gone');
  });
});
