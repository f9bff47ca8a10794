/**
 * Wiring of the entities feature in a real VS Code: hover cards, go to definition and find
 * references on mentions resolve across documents and languages (薛澜 ↔ Xue Lan,
 * 悟道2．0 ↔ WuDao 2.0, 联邦学习 ↔ federated learning), on the demo corpus and on the seeds.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, exists, file, poll, relative } from './support/workspace';

const INDEX_DEADLINE_MS = 60_000;


/** Position inside the `nth` occurrence of `needle` in a document. */
async function positionOf(path: string, needle: string, nth = 0): Promise<{ doc: vscode.TextDocument; pos: vscode.Position }> {
  const doc = await vscode.workspace.openTextDocument(file(path));
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found in ${path}`);
  return { doc, pos: doc.positionAt(at + 1) };
}

/** Our hover card's markdown (with markdown escapes removed) at a position, once one is there. */
async function hoverText(uri: vscode.Uri, pos: vscode.Position, expect: string): Promise<string> {
  let last = '';
  try {
    return await poll(`a hover naming ${expect}`, async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
      last = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n')
        .replace(/\\([\\`*_{}[\]()#+\-.!|~>:$])/g, '$1');
      return last.includes(expect) ? last : undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}; last hover: ${last.slice(0, 400)}`);
  }
}

async function references(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Location[]> {
  return (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, pos)) ?? [];
}

async function definitions(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Location[]> {
  const found = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, pos)) ?? [];
  return found.map((d) => ('targetUri' in d ? new vscode.Location(d.targetUri, d.targetSelectionRange ?? d.targetRange) : d));
}

/** Text each location covers, keyed by workspace-relative path (documents read from disk). */
async function textsByPath(locations: vscode.Location[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const loc of locations) {
    const doc = await vscode.workspace.openTextDocument(loc.uri);
    const list = out.get(relative(loc.uri)) ?? [];
    list.push(doc.getText(loc.range));
    out.set(relative(loc.uri), list);
  }
  return out;
}

async function seed(prefix: string): Promise<string | undefined> {
  const dir = file('seeds');
  if (!(await exists(dir))) return undefined;
  const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
  const name = names.find((n) => n.startsWith(`${prefix}_`));
  return name && `seeds/${name}`;
}

describe('entities: hover, definition and references', function () {
  this.timeout(INDEX_DEADLINE_MS + 30_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('demo corpus', () => {
    const forum = 'i-aiig/2021-cooperation-governance-forum.md';
    const wudao = 'baai/wudao-2.0-release.md';

    it('hovering Xue Lan shows a card with both names, counts, statements and command links', async () => {
      const { doc, pos } = await positionOf(forum, 'Xue Lan');
      const card = await hoverText(doc.uri, pos, 'Xue Lan');
      assert.ok(card.includes('薛澜'), card);
      assert.match(card, /\d+ mentions in \d+ documents|篇文档中提及/);
      for (const cmd of ['policyLens.entities.findReferences', 'policyLens.entities.openDefinition', 'policyLens.entities.reveal', 'policyLens.openLocation']) {
        assert.ok(card.includes(`command:${cmd}`), `${cmd} link missing: ${card}`);
      }
      // Statements come from other documents only.
      const quoted = [...card.matchAll(/command:policyLens\.openLocation\?([^)\s"]+)/g)].map((m) => decodeURIComponent(m[1]));
      assert.ok(quoted.length > 0, 'no quoted statement links');
      assert.ok(!quoted.some((q) => q.includes(`"path":"${forum}"`)), 'quoted the hovered document itself');
      // "Find All Mentions" carries the hovered place, so the results open in this document.
      const link = /command:policyLens\.entities\.findReferences\?([^)\s"]+)/.exec(card);
      assert.ok(link, 'no Find All Mentions link');
      const [arg] = JSON.parse(decodeURIComponent(link[1])) as [{ entityId: string; path: string; offset: number }];
      assert.deepStrictEqual([arg.entityId, arg.path], ['xue-lan', forum]);
      assert.strictEqual(doc.getText().slice(arg.offset, arg.offset + 7), 'Xue Lan');
    });

    it('references of Xue Lan include 薛澜 in the Chinese talk and the English notes', async () => {
      const { doc, pos } = await positionOf(forum, 'Xue Lan');
      await hoverText(doc.uri, pos, 'Xue Lan');
      const byPath = await textsByPath((await references(doc.uri, pos)).filter((l) => l.uri.path.endsWith('.md')));
      assert.deepStrictEqual(byPath.get(forum), ['Xue Lan']);
      assert.deepStrictEqual(byPath.get('notes/people-and-models.md')?.sort(), ['Xue Lan', '薛澜']);
      const all = await references(doc.uri, pos);
      // The GB18030 talk is found through the corpus model (4 mentions of 薛澜).
      assert.strictEqual(all.filter((l) => relative(l.uri) === 'i-aiig/xue-lan-governance-challenges.txt').length, 4);
    });

    it('the full-width 悟道2．0 resolves to WuDao 2.0 and its definition is the read-only built-in entry', async () => {
      const { doc, pos } = await positionOf(wudao, '悟道2．0');
      const card = await hoverText(doc.uri, pos, 'WuDao 2.0');
      assert.ok(card.includes('悟道2.0'), card);
      const [def] = await definitions(doc.uri, pos);
      assert.ok(def, 'no definition');
      assert.strictEqual(def.uri.scheme, 'policy-lens-entity');
      const yaml = (await vscode.workspace.openTextDocument(def.uri)).getText();
      assert.match(yaml, /id: wudao-2/);
      assert.match(yaml, /WuDao 2\.0/);
    });

    it('the series 悟道 counts its member 悟道2.0 in the hover and lists its mentions in references', async () => {
      const { doc, pos } = await positionOf(wudao, '“悟道”');
      const at = new vscode.Position(pos.line, pos.character + 1);
      const card = await hoverText(doc.uri, at, 'WuDao');
      assert.match(card, /Includes its members|包括其成员/, card);
      assert.ok(card.includes('WuDao 2.0') || card.includes('悟道2.0'), card);
      const member = await positionOf(wudao, '悟道2．0');
      const memberCard = await hoverText(member.doc.uri, member.pos, 'WuDao 2.0');
      assert.match(memberCard, /(Member of|属于系列)_? (WuDao|悟道)/, memberCard);
      const texts = [...(await textsByPath(await references(doc.uri, at))).values()].flat();
      assert.ok(texts.includes('悟道'), `own mentions: ${texts.join(', ')}`);
      assert.ok(texts.some((t) => t.replace('．', '.').startsWith('悟道2.0')), `member mentions included: ${texts.join(', ')}`);
    });

    it('a workspace entry in .policylens/entities.yaml becomes the definition', async () => {
      const entities = file('.policylens/entities.yaml');
      assert.ok(!(await exists(entities)), 'the demo corpus should not ship an entities file');
      const body = 'version: 1\nentities:\n  # a workspace override\n  - id: xue-lan\n    description: { zh: 清华大学公共政策学者。 }\n';
      await vscode.workspace.fs.writeFile(entities, new TextEncoder().encode(body));
      try {
        const { doc, pos } = await positionOf(forum, 'Xue Lan');
        const def = await poll('the workspace definition', async () => {
          const [d] = await definitions(doc.uri, pos);
          return d && d.uri.scheme !== 'policy-lens-entity' ? d : undefined;
        }, 20_000);
        assert.strictEqual(relative(def.uri), '.policylens/entities.yaml');
        assert.strictEqual(def.range.start.line, 3);
      } finally {
        await vscode.workspace.fs.delete(entities);
      }
    });

    it('"Add Entity from Selection" writes entities.yaml and the new entity is linked without a reload', async () => {
      const entities = file('.policylens/entities.yaml');
      assert.ok(!(await exists(entities)), 'the demo corpus should not ship an entities file');
      const trends = 'baai/2021-privacy-computing-trends.txt';
      const { doc, pos } = await positionOf(trends, 'Cynthia Dwork');
      const before = await references(doc.uri, pos);
      assert.strictEqual(before.length, 0, 'Cynthia Dwork is not in the built-in knowledge base');
      const editor = await vscode.window.showTextDocument(doc);
      const start = doc.offsetAt(pos) - 1;
      editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 'Cynthia Dwork'.length));
      try {
        const id = await vscode.commands.executeCommand<string>('policyLens.entities.addFromSelection', {
          kind: 'person', en: 'Cynthia Dwork', description: 'Computer scientist; co-inventor of differential privacy.',
        });
        assert.ok(id, 'the command returns the new id');
        const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(entities));
        assert.match(yaml, /^version: 1/m);
        assert.ok(yaml.includes(`id: ${id}`) && yaml.includes('Cynthia Dwork'), yaml);
        const card = await hoverText(doc.uri, pos, 'differential privacy');
        assert.match(card, /Cynthia Dwork/);
        const after = await poll('references of the new entity', async () => (await references(doc.uri, pos)).length > 0 ? true : undefined, 20_000);
        assert.ok(after);
        const again = await vscode.commands.executeCommand<string | undefined>('policyLens.entities.addFromSelection', { kind: 'person', en: 'Cynthia Dwork' });
        assert.strictEqual(again, undefined, 'a name the knowledge base already knows is not added twice');
      } finally {
        await vscode.workspace.fs.delete(entities);
      }
    });

    it('matches the live text of an editor with unsaved edits', async () => {
      const { doc } = await positionOf(wudao, '悟道2．0');
      const editor = await vscode.window.showTextDocument(doc);
      const inserted = 'FastMoE and GLM. ';
      const ok = await editor.edit((e) => e.insert(new vscode.Position(0, 0), inserted));
      assert.ok(ok && doc.isDirty);
      try {
        const card = await hoverText(doc.uri, new vscode.Position(0, inserted.indexOf('GLM') + 1), 'GLM');
        assert.ok(!card.includes('FastMoE'), 'hover picked the wrong mention');
        // A mention further down moved by the insertion and is still found where it is now.
        const at = doc.getText().indexOf('悟道2．0');
        await hoverText(doc.uri, doc.positionAt(at + 1), 'WuDao 2.0');
        const refs = await references(doc.uri, new vscode.Position(0, 2));
        assert.ok(refs.some((l) => l.uri.toString() === doc.uri.toString() && l.range.start.line === 0 && l.range.start.character === 0), 'live mention missing from references');
      } finally {
        await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, inserted.length)));
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });

    it('"Find All Mentions" opens where the user is: at the hovered mention, else the nearest one in the active editor', async () => {
      const notes = 'notes/people-and-models.md';
      const { doc } = await positionOf(notes, 'Xue Lan');
      await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('Xue Lan') + 1), 'Xue Lan');
      const stays = async (what: string): Promise<void> => {
        await new Promise((r) => setTimeout(r, 300));
        assert.strictEqual(relative(vscode.window.activeTextEditor!.document.uri), notes, what);
        await vscode.commands.executeCommand('closeReferenceSearch').then(undefined, () => undefined);
      };
      // The hover link carries the hovered place; the cursor is elsewhere (line 1).
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
      const offset = doc.getText().indexOf('薛澜');
      await vscode.commands.executeCommand('policyLens.entities.findReferences', { entityId: 'xue-lan', path: notes, offset });
      await stays('the hover link opened another document');
      // No place given: the active document names the entity, so it stays.
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
      await vscode.commands.executeCommand('policyLens.entities.findReferences', 'xue-lan');
      await stays('the command left a document that mentions the entity');
      // A crafted place outside the workspace is ignored, not followed.
      await vscode.commands.executeCommand('policyLens.entities.findReferences', { entityId: 'xue-lan', path: '../outside.md', offset: 3 });
      await stays('a bad anchor was followed');
    });

    it('the entity commands run from links without errors', async () => {
      await vscode.commands.executeCommand('policyLens.entities.reveal', 'xue-lan');
      await vscode.commands.executeCommand('policyLens.entities.openDefinition', 'xue-lan');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'policy-lens-entity');
      await vscode.commands.executeCommand('policyLens.entities.findReferences', 'xue-lan');
      // Malformed arguments from a crafted link are ignored.
      await vscode.commands.executeCommand('policyLens.entities.openDefinition', { entityId: '<script>' });
    });
  });

  describe('seeds (shared corpus)', () => {
    it('薛澜 in seed 003 is Xue Lan, and its references include the English seed 002', async function () {
      const s3 = await seed('003');
      const s2 = await seed('002');
      if (!s3 || !s2) return this.skip();
      const { doc, pos } = await positionOf(s3, '薛澜');
      const card = await hoverText(doc.uri, pos, 'Xue Lan');
      assert.ok(card.includes('Xue Lan') && card.includes('薛澜'));
      const byPath = await textsByPath(await references(doc.uri, pos));
      assert.deepStrictEqual(byPath.get(s2), ['Xue Lan']);
      assert.ok((byPath.get(s3)?.length ?? 0) >= 20, 'seed 003 names 薛澜 many times');
      assert.ok(byPath.get(s3)!.every((t) => t === '薛澜'));
    });

    it('悟道2．0 in seed 001 resolves to WuDao 2.0; FastMoE resolves with its definition', async function () {
      const s1 = await seed('001');
      if (!s1) return this.skip();
      const wu = await positionOf(s1, '悟道2．0');
      await hoverText(wu.doc.uri, wu.pos, 'WuDao 2.0');
      const fm = await positionOf(s1, 'FastMoE');
      const card = await hoverText(fm.doc.uri, fm.pos, 'FastMoE');
      assert.match(card, /Technique|技术/);
      const [def] = await definitions(fm.doc.uri, fm.pos);
      assert.strictEqual(def?.uri.path, '/fastmoe.yaml');
    });

    it('federated learning in seed 000 references 联邦学习 in seed 004', async function () {
      const s0 = await seed('000');
      const s4 = await seed('004');
      if (!s0 || !s4) return this.skip();
      const { doc, pos } = await positionOf(s0, 'federated learning');
      await hoverText(doc.uri, pos, 'federated learning');
      const byPath = await textsByPath(await references(doc.uri, pos));
      assert.deepStrictEqual(byPath.get(s4), ['联邦学习']);
      assert.ok(byPath.get(s0)?.some((t) => /^federated learning/i.test(t)));
    });
  });
});
