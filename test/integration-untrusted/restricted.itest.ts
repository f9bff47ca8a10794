/**
 * Restricted Mode in the real VS Code: the corpus is read (views, hovers work), every write
 * command refuses before asking for input, hovers offer no write actions, and no file is
 * written anywhere in the workspace.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, exists, file, poll, readText } from '../integration/support/workspace';

const DOC = 'i-aiig/2021-cooperation-governance-forum.md';
const ANNOTATIONS = `.policylens/annotations/${DOC}.json`;

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** Every file under the workspace root with its size, to prove nothing was written. */
async function listing(dir = file(''), prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type === vscode.FileType.Directory) out.push(...(await listing(uri, `${prefix}${name}/`)));
    else out.push(`${prefix}${name}:${(await vscode.workspace.fs.stat(uri)).mtime}`);
  }
  return out.sort();
}

describe('Restricted Mode (untrusted workspace)', () => {
  let initial: string[];
  let stored: string | undefined;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
    initial = await listing();
    stored = await readText(ANNOTATIONS);
  });

  it('runs in an untrusted workspace', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner must open this folder untrusted');
  });

  it('still reads the corpus: entity and annotation hovers work', async () => {
    const doc = await vscode.workspace.openTextDocument(file(DOC));
    await vscode.window.showTextDocument(doc);
    assert.ok(stored, 'the demo annotation file exists');
    const quote = JSON.parse(stored!).annotations[0].target.selector[0].exact as string;
    const at = doc.getText().indexOf(quote);
    assert.ok(at >= 0, 'the annotated quote is in the document');
    const hover = await poll('the annotation hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 3));
      return hoverText(h).includes('cross-border') ? h : undefined;
    });
    const text = hoverText(hover).replace(/\\/g, '').replace(/&nbsp;/g, ' '); // appendText escapes markdown punctuation
    assert.ok(text.includes('Read-only until this workspace is trusted'), `the hover says why nothing can be edited: ${text}`);
    for (const cmd of ['annotation.edit', 'annotation.retag', 'annotation.link', 'annotation.delete']) {
      assert.ok(!text.includes(`command:policyLens.${cmd}`), `the hover offers no ${cmd} link`);
    }
  });

  it('refuses every write command without asking for input', async () => {
    const doc = await vscode.workspace.openTextDocument(file(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(10), doc.positionAt(40));
    const id = JSON.parse(stored!).annotations[0].id as string;
    // Each would open a picker or input box if the trust check came after the prompt; a test
    // that hangs here (60 s timeout) is the failure this guards against.
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotate'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotate', { tags: ['x'] }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.edit', id), false);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.retag', id), false);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.link', id), false);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.delete', id), false);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotations.export'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotations.export', { format: 'csv', path: 'out.csv' }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotations.import'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.entities.addFromSelection'), undefined);
  });

  it('wrote no file anywhere in the workspace', async () => {
    assert.strictEqual(await exists(file('out.csv')), false, 'no export was written');
    assert.strictEqual(await readText(ANNOTATIONS), stored, 'the annotation file is unchanged');
    assert.deepStrictEqual(await listing(), initial, 'no file was created or modified');
  });
});
