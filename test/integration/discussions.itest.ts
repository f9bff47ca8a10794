/**
 * Wiring of discussion threads in a real VS Code: reply to an annotation, edit the reply,
 * see it in the hover, resolve the thread and delete the reply — each stored in the
 * annotation file through the commands the Comments UI calls.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText } from './support/workspace';

const DOC = 'notes/people-and-models.md';
const annotationFile = `.policylens/annotations/${DOC}.json`;

interface StoredReply { id: string; body: string; author?: string; deleted?: string }
interface Stored { annotations: { id: string; resolved?: boolean; replies?: StoredReply[] }[] }
const stored = async (): Promise<Stored> => JSON.parse((await readText(annotationFile)) ?? '{"annotations":[]}') as Stored;
const hoverText = (hovers: vscode.Hover[] | undefined): string => (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('discussions: reply, edit, resolve, delete', function () {
  this.timeout(90_000);
  let id: string;
  let at: vscode.Position;
  let doc: vscode.TextDocument;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    doc = await vscode.workspace.openTextDocument(file(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const text = doc.getText();
    const line = text.split('\n').find((l) => l.trim().length > 30 && !l.startsWith('#') && !l.startsWith('---'))!;
    const start = text.indexOf(line);
    at = doc.positionAt(start + 5);
    id = await poll('an annotation to discuss', async () => {
      editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 20));
      return vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: ['discussion-itest'] });
    });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file(annotationFile)).then(undefined, () => undefined);
  });

  it('a reply is stored with the annotation, edited in place and shown in the hover', async () => {
    const replyId = await vscode.commands.executeCommand<string | undefined>('policyLens.discussion.reply', { id, text: 'Is this *really* new?' });
    assert.ok(replyId, 'the reply command returns the new reply id');
    const first = (await stored()).annotations.find((a) => a.id === id)!;
    assert.deepStrictEqual(first.replies!.map((r) => [r.id, r.body]), [[replyId, 'Is this *really* new?']]);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.discussion.save', { id, replyId, text: 'Edited: not new.' }), true);
    assert.strictEqual((await stored()).annotations.find((a) => a.id === id)!.replies![0].body, 'Edited: not new.');
    await poll('a hover with the reply', async () => {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      return text.includes('Edited: not new.') && text.includes('command:policyLens.discussion.open') ? text : undefined;
    });
  });

  it('resolve and reopen change the stored state; delete hides the reply and keeps its tombstone', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.discussion.resolve', { id }), true);
    assert.strictEqual((await stored()).annotations.find((a) => a.id === id)!.resolved, true);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.discussion.unresolve', { id }), true);
    assert.strictEqual((await stored()).annotations.find((a) => a.id === id)!.resolved, undefined);
    const replyId = (await stored()).annotations.find((a) => a.id === id)!.replies![0].id;
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.discussion.delete', { id, replyId }), true);
    const reply = (await stored()).annotations.find((a) => a.id === id)!.replies![0];
    assert.ok(reply.deleted && reply.body === '', 'a deleted reply keeps its id and time, not its text');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.ok(!text.includes('Edited: not new.'));
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.discussion.open', id), true, 'the thread opens');
  });
});
