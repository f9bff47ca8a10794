/**
 * Wiring of citations in a real VS Code, on the invented documents of the demo corpus that
 * cite each other (an order revoking another, a measure citing a regulation's article):
 * hover shows the cited document, F12 opens it at the article, "Show Citations" lists
 * Cites / Cited by, and the Related view steps from a citing passage to the cited article.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, relative } from './support/workspace';

const MEASURES = 'chenghu/genai-service-measures.md';
const REGULATION = 'chenghu/public-data-regulation.md';
const REVOKING = 'orders/eo-15002-revocation.md';
const REVOKED = 'orders/eo-15001-model-evaluation.md';

/** The document and a position inside the `nth` occurrence of `needle`. */
async function at(path: string, needle: string, nth = 0): Promise<{ doc: vscode.TextDocument; pos: vscode.Position }> {
  const doc = await vscode.workspace.openTextDocument(file(path));
  let i = -1;
  for (let k = 0; k <= nth; k++) i = doc.getText().indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not found in ${path}`);
  return { doc, pos: doc.positionAt(i + 2) };
}

/** All hover text at a position (markdown escapes removed), once it contains `expect`. */
async function hover(uri: vscode.Uri, pos: vscode.Position, expect: string): Promise<string> {
  let last = '';
  try {
    return await poll(`a hover containing ${expect}`, async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
      last = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      return last.includes(expect) ? last : undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}; last hover: ${last.slice(0, 400)}`);
  }
}

async function definitions(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Location[]> {
  const found = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, pos)) ?? [];
  return found.map((d) => ('targetUri' in d ? new vscode.Location(d.targetUri, d.targetSelectionRange ?? d.targetRange) : d));
}

/** The line of `path` that starts with `prefix` (0-based). */
async function lineStarting(path: string, prefix: string): Promise<number> {
  const doc = await vscode.workspace.openTextDocument(file(path));
  for (let l = 0; l < doc.lineCount; l++) if (doc.lineAt(l).text.startsWith(prefix)) return l;
  throw new Error(`no line starting with ${prefix} in ${path}`);
}

describe('citations: hover, F12, Cites / Cited by, Related', function () {
  this.timeout(90_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovering a 《》 citation shows the cited regulation, and F12 opens it at the cited article', async () => {
    const { doc, pos } = await at(MEASURES, '《澄湖市公共数据条例》第五条');
    const text = await hover(doc.uri, pos, '澄湖市公共数据条例');
    assert.ok(text.includes(REGULATION), `the card names the cited file: ${text}`);
    assert.ok(text.includes('第五条 公共数据实行分类分级管理'), `the card quotes the cited article: ${text}`);
    const defs = await poll('a definition of the citation', async () => {
      const d = await definitions(doc.uri, pos);
      return d.length ? d : undefined;
    });
    assert.strictEqual(defs.length, 1, `one place: ${defs.map((d) => relative(d.uri)).join(', ')}`);
    assert.strictEqual(relative(defs[0].uri), REGULATION);
    assert.strictEqual(defs[0].range.start.line, await lineStarting(REGULATION, '第五条'));
  });

  it('an order revoking another links to it, at the cited section', async () => {
    const { doc, pos } = await at(REVOKING, 'Section 4 of Executive Order 15001');
    await hover(doc.uri, pos, 'Executive Order 15001 of March 3, 2031');
    const [def] = await definitions(doc.uri, pos);
    assert.ok(def, 'F12 finds the revoked order');
    assert.strictEqual(relative(def.uri), REVOKED);
    assert.strictEqual(def.range.start.line, await lineStarting(REVOKED, 'Sec. 4.'));
  });

  it('a cited law that is not in the corpus is shown as such, not dropped', async () => {
    const { doc, pos } = await at(REGULATION, '《中华人民共和国网络安全法》');
    const text = await hover(doc.uri, pos, '网络安全法');
    assert.ok(/not in the corpus|不在语料库中/i.test(text), text);
  });

  it('Show Citations lists what a document cites and what cites it', async () => {
    const shown = await vscode.commands.executeCommand<{ cites: Array<{ text: string; target: { path?: string } }>; citedBy: Array<{ path: string; text: string }> }>(
      'policyLens.citations.show', { path: REGULATION });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(shown, 'the command answers');
    assert.deepStrictEqual(shown.citedBy.map((c) => c.path), [MEASURES, MEASURES]);
    assert.ok(shown.cites.some((c) => c.text === '《中华人民共和国网络安全法》' && !c.target.path), JSON.stringify(shown.cites));
    const revoking = await vscode.commands.executeCommand<{ cites: Array<{ target: { path?: string } }> }>('policyLens.citations.show', { path: REVOKING });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(revoking.cites.some((c) => c.target.path === REVOKED));
  });

  it('code lenses say who cites the document and which of its articles', async () => {
    const uri = file(REGULATION);
    await vscode.workspace.openTextDocument(uri);
    const lenses = await poll('citation code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
      return l?.some((x) => x.command?.title.includes('第五条')) ? l : undefined;
    });
    const titles = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    assert.ok(lenses.some((l) => l.range.start.line === 0 && /Cited by 1 document|被 1 篇文档引用/.test(l.command?.title ?? '')), titles.join(' | '));
    const article = lenses.find((l) => l.command?.title.startsWith('第五条'));
    assert.strictEqual(article?.range.start.line, await lineStarting(REGULATION, '第五条'), titles.join(' | '));
    assert.strictEqual(article?.command?.command, 'policyLens.citations.show');
  });

  it('Related steps from a passage citing an article to that article', async () => {
    const { doc, pos } = await at(MEASURES, '第二条');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('policyLens.related.refresh');
    await vscode.commands.executeCommand('policyLens.related.next');
    const landed = await poll('a related statement to open', () => {
      const e = vscode.window.activeTextEditor;
      return e && relative(e.document.uri) !== MEASURES ? e : undefined;
    }, 20_000);
    const selected = landed.document.getText(landed.selection);
    console.log(`      [related] → ${relative(landed.document.uri)}:${landed.selection.active.line + 1} ${selected.slice(0, 40)}`);
    assert.strictEqual(relative(landed.document.uri), REGULATION);
    assert.ok(selected.startsWith('第五条'), selected);
  });
});
