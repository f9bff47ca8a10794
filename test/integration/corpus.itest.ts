/**
 * Wiring of the Corpus feature in a real VS Code: the group-by commands report the tree's
 * top-level groups, plain-text documents get an outline and the policy-text language, the
 * workspace symbol search finds headings, and a GB18030 file is decoded as GB18030.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, exists, file as fileUri, poll } from './support/workspace';

const PRIVACY_TRENDS = 'baai/2021-privacy-computing-trends.txt';
const GB18030_FILE = 'i-aiig/xue-lan-governance-challenges.txt';
const SEED_004 = 'seeds/004_698af00aaf63f3c3.txt';
const SEED_001 = 'seeds/001_e6201dc6484a8d90.txt';

interface GroupSummary { key: string; label: string; kind: string; count: number; documents: number; children?: GroupSummary[] }

/** Every group of the tree, nested ones included. */
function allGroups(groups: readonly GroupSummary[]): GroupSummary[] {
  return groups.flatMap((g) => [g, ...allGroups(g.children ?? [])]);
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await vscode.workspace.openTextDocument(uri);
  return poll(`an outline of ${uri.path}`, async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return symbols?.length ? symbols : undefined;
  });
}

function isOpen(uri: vscode.Uri, test: (d: vscode.TextDocument) => boolean): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && test(d));
}

/**
 * Really closes documents whose editors were closed. VS Code keeps a document an extension
 * opened for up to three minutes or until more than 50 others were opened after it; empty
 * untitled documents push it out of that cache without waiting.
 */
async function closeForGood(uris: readonly vscode.Uri[]): Promise<void> {
  const stillOpen = (): boolean => uris.some((u) => isOpen(u, () => true));
  for (let i = 0; i < 300 && stillOpen(); i++) await vscode.workspace.openTextDocument({ language: 'plaintext' });
  await poll('the documents to close', () => !stillOpen() || undefined, 10_000);
}

describe('corpus: tree, outline, symbols, language, encoding', function () {
  this.timeout(90_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('groups the demo corpus by institution, with counts', async () => {
    const groups = await poll('institution groups', async () => {
      const g = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByInstitution');
      return g?.length ? g : undefined;
    });
    const keys = allGroups(groups).map((g) => g.key);
    for (const id of ['air-tsinghua', 'baai', 'i-aiig']) assert.ok(keys.includes(id), `no ${id} group in ${keys.join(', ')}`);
    const baai = allGroups(groups).find((g) => g.key === 'baai')!;
    assert.ok(baai.count >= 2, `BAAI should hold the two demo BAAI documents, has ${baai.count}`);
    assert.ok(allGroups(groups).every((g) => g.count > 0 && g.label.length > 0));
    await vscode.commands.executeCommand('workbench.view.extension.policyLens');
  });

  it('nests institutes under their university, with counts that add up', async () => {
    const groups = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByInstitution');
    const tsinghua = groups.find((g) => g.key === 'tsinghua-university');
    assert.ok(tsinghua, `Tsinghua University should be a top-level group: ${groups.map((g) => g.key).join(', ')}`);
    assert.strictEqual(tsinghua.label, 'Tsinghua University');
    const children = (tsinghua.children ?? []).map((g) => g.key);
    for (const id of ['air-tsinghua', 'i-aiig']) assert.ok(children.includes(id), `${id} should sit under Tsinghua, not in ${children.join(', ')}`);
    assert.ok(!groups.some((g) => g.key === 'air-tsinghua'), 'the institute is not also a top-level group');
    for (const child of tsinghua.children ?? []) assert.ok(tsinghua.count >= child.count, `${tsinghua.count} ≥ ${child.key}'s ${child.count}`);
    // Distinct documents: no more than its own plus its children's, a document under two of them counted once.
    const sum = (tsinghua.children ?? []).reduce((n, c) => n + c.count, 0);
    assert.ok(tsinghua.count <= tsinghua.documents + sum, `${tsinghua.count} ≤ ${tsinghua.documents} + ${sum}`);
  });

  it('switches to theme, year and language groupings', async () => {
    const years = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByYear');
    assert.ok(years.some((g) => g.key === '2021'), `no 2021 group in ${years.map((g) => g.key).join(', ')}`);
    const languages = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByLanguage');
    assert.ok(languages.some((g) => g.key === 'zh') && languages.some((g) => g.key === 'en'));
    const themes = await vscode.commands.executeCommand<GroupSummary[]>('policyLens.corpus.groupByTheme');
    assert.ok(themes.some((g) => g.kind === 'facet'));
    await vscode.commands.executeCommand('policyLens.corpus.groupByInstitution');
  });

  it('outlines a plain-text demo report with nested 趋势 sections', async () => {
    const symbols = flatten(await outline(fileUri(PRIVACY_TRENDS)));
    const trends = symbols.filter((s) => s.name.startsWith('趋势 '));
    assert.ok(trends.length >= 4, `expected 趋势 sections, got ${symbols.map((s) => s.name).join(' | ')}`);
    assert.ok(trends[0].children.length > 0, 'a 趋势 section should hold its 趋势概要/趋势解读 parts');
    const preface = symbols.find((s) => s.name === '序言');
    assert.ok(preface && !flatten(preface.children).some((s) => s.name.startsWith('趋势 ')), '趋势 sections must not nest under 序言');
    assert.ok(trends[0].range.contains(trends[0].selectionRange));
  });

  it('outlines seed 004 with 进展 and 趋势 sections', async function () {
    if (!(await exists(fileUri(SEED_004)))) this.skip();
    const names = flatten(await outline(fileUri(SEED_004))).map((s) => s.name);
    assert.ok(names.some((n) => n.startsWith('进展 1')), 'no 进展 1');
    assert.ok(names.some((n) => n.startsWith('趋势 1')), 'no 趋势 1');
  });

  it('outlines seed 001, a .txt holding markdown with HTML, from its bold paragraph headings', async function () {
    if (!(await exists(fileUri(SEED_001)))) this.skip();
    const symbols = flatten(await outline(fileUri(SEED_001)));
    assert.ok(symbols.length >= 3, `only ${symbols.map((s) => s.name).join(' | ')}`);
  });

  it('finds headings across the corpus with Go to Symbol in Workspace', async () => {
    const found = await poll('workspace symbols for 差分隐私', async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '差分隐私');
      return s?.some((x) => x.location.uri.path.endsWith(PRIVACY_TRENDS)) ? s : undefined;
    });
    const hit = found.find((x) => x.location.uri.path.endsWith(PRIVACY_TRENDS))!;
    assert.match(hit.name, /差分隐私/);
    const doc = await vscode.workspace.openTextDocument(hit.location.uri);
    assert.strictEqual(doc.getText(hit.location.range), hit.name);
  });

  it('gives plain-text corpus documents the policy-text language and leaves other text alone', async () => {
    const uri = fileUri('tsinghua-air/3r-principles.txt');
    await vscode.window.showTextDocument(uri);
    await poll('policy-text language', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'policy-text'));
    const loose = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '趋势 1：not in the corpus\n' });
    await vscode.window.showTextDocument(loose);
    await new Promise((r) => setTimeout(r, 1000));
    assert.strictEqual(loose.languageId, 'plaintext');
  });

  it('decodes a GB18030 corpus file as GB18030 in the editor', async () => {
    const uri = fileUri(GB18030_FILE);
    await vscode.window.showTextDocument(uri);
    const doc = await poll('GB18030 decoding', () => vscode.workspace.textDocuments.find((d) =>
      d.uri.toString() === uri.toString() && d.encoding === 'gb18030' && d.getText().includes('薛澜')));
    assert.ok(!doc.getText().includes('\uFFFD'), 'replacement characters in the decoded text');
  });

  it('decodes and highlights a corpus file again after it was closed and reopened', async () => {
    const gb = fileUri(GB18030_FILE);
    const plain = fileUri('tsinghua-air/3r-principles.txt');
    await vscode.window.showTextDocument(gb);
    await poll('GB18030 decoding before closing', () => isOpen(gb, (d) => d.encoding === 'gb18030'));
    await vscode.window.showTextDocument(plain);
    await poll('policy-text before closing', () => isOpen(plain, (d) => d.languageId === 'policy-text'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeForGood([gb, plain]);

    await vscode.window.showTextDocument(gb);
    const doc = await poll('GB18030 decoding after reopening', () =>
      isOpen(gb, (d) => d.encoding === 'gb18030' && d.getText().includes('薛澜')), 20_000);
    assert.ok(!doc.getText().includes('\uFFFD'), 'replacement characters in the reopened text');
    await vscode.window.showTextDocument(plain);
    await poll('policy-text after reopening', () => isOpen(plain, (d) => d.languageId === 'policy-text'), 20_000);
  });

  it('opens (creating when missing) the catalog file', async () => {
    await vscode.commands.executeCommand('policyLens.corpus.openCatalog');
    const editor = await poll('catalog editor', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith('.policylens/catalog.yaml') ? vscode.window.activeTextEditor : undefined);
    assert.match(editor.document.getText(), /version:\s*1/);
  });
});
