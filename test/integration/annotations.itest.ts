/**
 * Wiring of annotations in a real VS Code: annotate a selection through the command (pickers
 * skipped by arguments), edit the note, see it in the hover, delete and undo, follow an edit
 * made on disk (status "moved" with the new position), export CSV, and refuse to write over a
 * corrupt annotation file.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText } from './support/workspace';

const DOC = 'tsinghua-air/3r-principles.txt';
const OTHER = 'baai/wudao-2.0-release.md';
const annotationFile = (doc: string) => `.policylens/annotations/${doc}.json`;

interface StoredAnnotation {
  id: string;
  note?: string;
  tags: string[];
  status: string;
  target: { selector: [{ exact: string }, { start: number; end: number }] };
}
interface StoredFile { annotations: StoredAnnotation[]; deleted: { id: string }[] }

const uriOf = file;

async function stored(doc: string): Promise<StoredFile | undefined> {
  const text = await readText(annotationFile(doc));
  return text === undefined ? undefined : (JSON.parse(text) as StoredFile);
}

/** A stretch of one line that occurs exactly once in `text`. */
function uniquePassage(text: string): { start: number; end: number } {
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length >= 30) {
      const at = offset + line.indexOf(trimmed);
      const quote = trimmed.slice(0, 24).trimEnd();
      if (text.indexOf(quote) === at && text.lastIndexOf(quote) === at) return { start: at, end: at + quote.length };
    }
    offset += line.length + 1;
  }
  throw new Error('no unique passage in the test document');
}

/** Hover markdown as plain text: appendText escapes punctuation and turns spaces into &nbsp;. */
function plain(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('annotations: annotate, edit, hover, delete/undo, re-anchor', function () {
  this.timeout(90_000);
  let original: Uint8Array;
  let id: string;
  let quote: string;
  let start: number;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    original = await vscode.workspace.fs.readFile(uriOf(DOC));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(uriOf(DOC), original);
    for (const doc of [DOC, OTHER]) await vscode.workspace.fs.delete(uriOf(annotationFile(doc))).then(undefined, () => undefined);
    for (const out of ['annotations-itest.csv', 'annotations-itest.jsonld', 'annotations-itest-copy.jsonld']) await vscode.workspace.fs.delete(uriOf(out)).then(undefined, () => undefined);
  });

  it('annotates the selection with tags and a note given as arguments', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const span = uniquePassage(doc.getText());
    start = span.start;
    quote = doc.getText().slice(span.start, span.end);
    editor.selection = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
    const bad = await vscode.commands.executeCommand('policyLens.annotate', { tags: 'not-a-list' });
    assert.strictEqual(bad, undefined, 'malformed arguments are refused');
    // The command waits for indexing; poll in case the editor was not yet known as a corpus document.
    id = await poll('the annotate command', async () => {
      editor.selection = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
      return vscode.commands.executeCommand<string | undefined>('policyLens.annotate', { tags: ['governance/principles'], note: 'First *note*' });
    });
    const file = await poll('the annotation file', () => stored(DOC));
    const a = file.annotations.find((x) => x.id === id);
    assert.ok(a, 'the new annotation is stored');
    assert.strictEqual(a.target.selector[0].exact, quote);
    assert.strictEqual(a.target.selector[1].start, start);
    assert.deepStrictEqual(a.tags, ['governance/principles']);
    assert.strictEqual(a.note, 'First *note*');
  });

  it('edits the note through the command and shows it in the hover', async () => {
    const ok = await vscode.commands.executeCommand('policyLens.annotation.edit', { id, note: 'Responsiveness is the first of three' });
    assert.strictEqual(ok, true);
    assert.strictEqual((await stored(DOC))!.annotations.find((x) => x.id === id)!.note, 'Responsiveness is the first of three');
    const doc = await vscode.workspace.openTextDocument(uriOf(DOC));
    const hovers = await poll('a hover with the note', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(start + 2));
      return hoverText(h).includes('Responsiveness is the first of three') ? h : undefined;
    });
    assert.ok(hoverText(hovers).includes('governance/principles'), 'the hover lists the tag');
    assert.ok(hoverText(hovers).includes('command:policyLens.annotation.delete'), 'the hover offers delete');
    const outside = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(0));
    assert.ok(!hoverText(outside).includes('Responsiveness'), 'no annotation hover outside the range');
  });

  it('deletes and undoes the deletion', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.delete', id), true);
    let file = (await stored(DOC))!;
    assert.ok(!file.annotations.some((x) => x.id === id), 'gone after delete');
    assert.ok(file.deleted.some((t) => t.id === id), 'a tombstone is left');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.undoDelete'), true);
    file = (await stored(DOC))!;
    const back = file.annotations.find((x) => x.id === id);
    assert.ok(back, 'back after undo');
    assert.strictEqual(back.note, 'Responsiveness is the first of three');
    assert.ok(!file.deleted.some((t) => t.id === id), 'the tombstone is gone');
  });

  it('exports CSV with the quote', async () => {
    const count = await vscode.commands.executeCommand<number>('policyLens.annotations.export', { format: 'csv', path: 'annotations-itest.csv' });
    assert.ok(count && count >= 1, `exported ${count}`);
    assert.ok((await readText('annotations-itest.csv'))!.includes(quote));
  });

  it('re-anchors after the document changes on disk: moved, with the new position', async () => {
    const inserted = 'A line inserted outside the editor.\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(inserted), ...original]);
    await vscode.workspace.fs.writeFile(uriOf(DOC), bytes);
    const moved = await poll('status moved', async () => {
      const a = (await stored(DOC))?.annotations.find((x) => x.id === id);
      return a?.status === 'moved' ? a : undefined;
    });
    assert.strictEqual(moved.target.selector[1].start, start + inserted.length);
    assert.strictEqual(moved.target.selector[0].exact, quote);
  });

  it('ranges follow typing before a save, and the save persists the new position', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const before = (await stored(DOC))!.annotations.find((x) => x.id === id)!.target.selector[1].start;
    const typed = 'Typed in the editor. ';
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(0), typed)));
    const hover = await poll('a hover at the shifted range', async () => {
      // Near the end of the shifted range: outside the range as stored on disk.
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(before + typed.length + quote.length - 1));
      return hoverText(h).includes('Responsiveness') ? h : undefined;
    });
    assert.ok(hover);
    const vacated = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(before + 1));
    assert.ok(!hoverText(vacated).includes('Responsiveness'), 'the old place no longer shows the annotation');
    assert.strictEqual((await stored(DOC))!.annotations.find((x) => x.id === id)!.target.selector[1].start, before, 'nothing is written before the save');
    assert.ok(await doc.save());
    const saved = await poll('the saved position', async () => {
      const a = (await stored(DOC))?.annotations.find((x) => x.id === id);
      return a && a.target.selector[1].start === before + typed.length ? a : undefined;
    });
    assert.strictEqual(saved.status, 'moved');
  });

  it('re-attaches an annotation to the current selection', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(DOC));
    const editor = await vscode.window.showTextDocument(doc);
    const text = doc.getText();
    const at = text.indexOf('Typed in the editor');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'Typed in the editor'.length));
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.reattach', id), true);
    const a = (await stored(DOC))!.annotations.find((x) => x.id === id)!;
    assert.strictEqual(a.target.selector[0].exact, 'Typed in the editor');
    assert.strictEqual(a.target.selector[1].start, at);
    assert.strictEqual(a.status, 'anchored');
  });

  it('imports W3C annotations exported earlier', async () => {
    // The demo corpus ships annotations of its own, so the export holds those and ours.
    const exportedCount = await vscode.commands.executeCommand<number>('policyLens.annotations.export', { format: 'w3c', path: 'annotations-itest.jsonld' });
    assert.ok(typeof exportedCount === 'number' && exportedCount >= 1, `exported ${exportedCount}`);
    // Import only ours, under a new id, so the import adds an annotation next to the original.
    const copyId = '00000000-0000-4000-8000-00000000c0de';
    const exported = JSON.parse((await readText('annotations-itest.jsonld'))!) as { first: { items: Array<{ id: string }> } };
    const ours = exported.first.items.filter((item) => item.id === `urn:uuid:${id}`);
    assert.strictEqual(ours.length, 1, 'the export contains the annotation made in this suite');
    const copy1 = { ...exported, total: ours.length, first: { ...exported.first, items: ours } };
    await vscode.workspace.fs.writeFile(uriOf('annotations-itest-copy.jsonld'), new TextEncoder().encode(JSON.stringify(copy1).split(id).join(copyId)));
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotations.import', { path: 'annotations-itest-copy.jsonld' }), 1);
    const file = (await stored(DOC))!;
    const copy = file.annotations.find((x) => x.id === copyId);
    assert.ok(copy, 'the imported annotation keeps its id');
    assert.ok(file.annotations.some((x) => x.id === id), 'the original is still there');
    assert.strictEqual(copy.note, 'Responsiveness is the first of three');
    assert.strictEqual(copy.target.selector[0].exact, 'Typed in the editor');
    assert.strictEqual(copy.status, 'anchored');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotations.import', { path: '../outside.json' }), undefined, 'paths leaving the workspace are refused');
  });

  it('a file that breaks after loading keeps its annotations visible, read-only, and refuses edits', async () => {
    const good = (await readText(annotationFile(DOC)))!;
    const broken = good.replace('"tags": [', '"tags": [,');
    assert.notStrictEqual(broken, good);
    await vscode.workspace.fs.writeFile(uriOf(annotationFile(DOC)), new TextEncoder().encode(broken));
    const doc = await vscode.workspace.openTextDocument(uriOf(DOC));
    const at = doc.getText().indexOf('Typed in the editor');
    let last = '';
    const hover = await poll('a read-only hover', async () => {
      last = plain(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 3))));
      return last.includes('Read-only') ? last : undefined;
    }, 20_000).catch((e: Error) => { throw new Error(`${e.message}; last hover: ${last.slice(0, 600)}`); });
    assert.ok(hover.includes('Responsiveness is the first of three'), 'the note is still shown');
    assert.ok(hover.includes(annotationFile(DOC)), 'the hover names the broken file');
    assert.ok(!hover.includes('command:policyLens.annotation.delete'), 'no edit links while read-only');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.annotation.edit', { id, note: 'refused' }), false);
    assert.strictEqual(await readText(annotationFile(DOC)), broken, 'the broken file is untouched');
    await vscode.workspace.fs.writeFile(uriOf(annotationFile(DOC)), new TextEncoder().encode(good));
    await poll('edits allowed again', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 3)));
      return h.includes('command:policyLens.annotation.delete') ? true : undefined;
    });
  });

  it('codebook errors appear in Problems and are cleared when the file is fixed', async () => {
    const path = '.policylens/codebook.yaml';
    const good = (await readText(path))!;
    const codebook = uriOf(path);
    const mine = () => vscode.languages.getDiagnostics(codebook).filter((d) => d.source === 'Policy Lens' || d.source === undefined);
    try {
      await vscode.workspace.fs.writeFile(codebook, new TextEncoder().encode(good + '\n  - id: [broken\n    label: x: y\n'));
      const errors = await poll('codebook diagnostics', () => (mine().length ? mine() : undefined));
      assert.ok(errors.length >= 1);
    } finally {
      await vscode.workspace.fs.writeFile(codebook, new TextEncoder().encode(good));
    }
    await poll('diagnostics cleared', () => (mine().length === 0 ? true : undefined));
  });

  it('never writes over a corrupt annotation file', async () => {
    const broken = '{ "version": 1,\n  "source": "baai/wudao-2.0-release.md",\n  "annotations": [ oops ]\n}\n';
    await vscode.workspace.fs.writeFile(uriOf(annotationFile(OTHER)), new TextEncoder().encode(broken));
    const doc = await vscode.workspace.openTextDocument(uriOf(OTHER));
    const editor = await vscode.window.showTextDocument(doc);
    const span = uniquePassage(doc.getText());
    editor.selection = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
    const result = await vscode.commands.executeCommand('policyLens.annotate', { tags: ['technology'] });
    assert.strictEqual(result, undefined, 'annotating a document with a corrupt file fails');
    assert.strictEqual(await readText(annotationFile(OTHER)), broken, 'the corrupt file is untouched');
  });
});
