/**
 * Go to… and Related on policy texts in a real VS Code: a news item found by the title in
 * its front matter (with a typo, and with `>`), a Chinese heading found by its pinyin, a
 * definition ranked first for its term, and the Related view relating two definitions and
 * saying why.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, relative } from './support/workspace';

interface GoToResult { kind: string; label: string; path?: string; line?: number; entityId?: string; ms: number }

async function goTo(query: string, kind?: string): Promise<GoToResult> {
  const r = await vscode.commands.executeCommand<GoToResult | undefined>('policyLens.goTo', { query, accept: true, ...(kind ? { kind } : {}) });
  assert.ok(r, `no result for ${query}`);
  console.log(`      [jump] "${query}"${kind ? ` (${kind})` : ''} → ${r.kind} ${r.path ?? r.entityId ?? ''}:${r.line ?? ''} ${r.label.slice(0, 50)}`);
  return r;
}

describe('search on policy texts: titles, pinyin, definitions', function () {
  this.timeout(90_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await goTo('Bletchley');
  });

  it('finds a news item by the title in its front matter, typo and all, and with ">"', async () => {
    const typo = await goTo('Bletchly', 'heading');
    assert.strictEqual(typo.path, 'news/bletchley-declaration.md');
    assert.match(typo.label, /^Bletchley declaration:/);
    const heading = await goTo('>Bletchley');
    assert.strictEqual(heading.path, 'news/bletchley-declaration.md');
    assert.strictEqual(relative(vscode.window.activeTextEditor!.document.uri), 'news/bletchley-declaration.md');
  });

  it('finds a Chinese heading by its pinyin', async () => {
    const r = await goTo('shengchengshi rengong zhineng', 'heading');
    assert.strictEqual(r.path, 'cn/generative-ai-glossary.md');
    assert.match(r.label, /生成式人工智能/);
  });

  it('puts the definition of a term first, whether written with a hyphen or not', async () => {
    for (const q of ['general purpose AI model', 'general-purpose AI models']) {
      const r = await goTo(q);
      assert.strictEqual(r.path, 'eu/gpai-model-notes.md');
      const doc = await vscode.workspace.openTextDocument(file(r.path!));
      assert.match(doc.lineAt(r.line! - 1).text, /‘general-purpose AI model’ means/);
    }
  });

  it('shows the other definition in the Related view, with the reason', async () => {
    const doc = await vscode.workspace.openTextDocument(file('eu/gpai-model-notes.md'));
    const at = doc.getText().indexOf('‘general-purpose AI model’ means');
    assert.ok(at >= 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(doc.positionAt(at + 5), doc.positionAt(at + 5)) });
    const shown = await vscode.commands.executeCommand<{ header?: string; rows: { label: string; description: string }[] }>('policyLens.related.refresh');
    assert.ok(shown, 'the refresh command reports what the view shows');
    console.log(`      [related] ${shown.header} → ${shown.rows.slice(0, 3).map((r) => `${r.label.slice(0, 30)} — ${r.description}`).join(' | ')}`);
    assert.match(shown.header ?? '', /general-purpose AI model/);
    const definition = shown.rows.find((r) => r.description.includes('us/foundation-model-definitions.md'));
    assert.ok(definition, 'the dual-use foundation model definition is related');
    assert.match(definition.label, /dual-use foundation model/);
    assert.match(definition.description, /also a definition \(dual-use foundation model\)|同为定义（dual-use foundation model）/);
  });
});
