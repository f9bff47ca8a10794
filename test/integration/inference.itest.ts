/**
 * Wiring of the inferred facets in a real VS Code: a new document from an issuer the
 * knowledge base does not know is filed under that issuer, the tree groups by document type
 * and jurisdiction, the hover card shows the evidence line, the Entities view's Discovered
 * group lists the issuer, Accept writes it to `.policylens/entities.yaml` and Dismiss hides
 * a name.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, file, poll, readText } from './support/workspace';

interface GroupSummary { key: string; label: string; kind: string; count: number }
interface Discovered { key: string; name: string; kind: string; count: number; documents: number }

const PATH = 'inference-check/lakeland-data-regulation.md';
const ISSUER = '湖滨市人民代表大会常务委员会';
const TEXT = [
  '# 湖滨市公共数据条例',
  '',
  '2024年5月9日 湖滨市第八届人民代表大会常务委员会第十二次会议通过',
  '',
  '第一条 为了规范公共数据管理，制定本条例。',
  '',
  '第二条 本条例所称“数据资源目录”是指对公共数据的分类清单。',
  '',
  '第三条 本条例自2024年9月1日起施行。',
  '',
].join('\n');

async function groups(command: string): Promise<GroupSummary[]> {
  return (await vscode.commands.executeCommand<GroupSummary[]>(command)) ?? [];
}

describe('inference: type and jurisdiction facets, evidence, discovered entities', function () {
  this.timeout(240_000);

  let entitiesBefore: string | undefined;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    entitiesBefore = await readText('.policylens/entities.yaml');
    await vscode.workspace.fs.writeFile(file(PATH), new TextEncoder().encode(TEXT));
  });

  // Leave the workspace as it was (the suites after this one search it), and let the
  // knowledge base and the indexes settle before they run.
  after(async () => {
    await vscode.workspace.fs.delete(file('inference-check'), { recursive: true });
    const entities = file('.policylens/entities.yaml');
    if (entitiesBefore === undefined) await vscode.workspace.fs.delete(entities).then(undefined, () => undefined);
    else await vscode.workspace.fs.writeFile(entities, new TextEncoder().encode(entitiesBefore));
    await new Promise((r) => setTimeout(r, 3000));
  });

  it('files the new document under the issuer its adoption line names', async () => {
    // After the suites before this one the corpus may still be re-indexing (a knowledge-base
    // reload re-reads every document), so the new file can take a while to be filed.
    const found = await poll('the issuer group', async () => (await groups('policyLens.corpus.groupByInstitution')).find((g) => g.label === ISSUER), 200_000);
    assert.strictEqual(found.count, 1);
  });

  it('groups by document type and by jurisdiction', async () => {
    const types = await poll('type groups', async () => {
      const g = await groups('policyLens.corpus.groupByType');
      return g.some((x) => x.key === 'regulation') ? g : undefined;
    });
    assert.ok(types.every((g) => g.count > 0 && g.label.length > 0));
    const places = await groups('policyLens.corpus.groupByJurisdiction');
    assert.ok(places.some((g) => g.key === 'CN'), places.map((g) => g.key).join(', '));
  });

  it('the hover card shows the line the issuer was read from', async () => {
    const raw = await vscode.commands.executeCommand<string>('policyLens.corpus.documentTooltip', PATH);
    assert.ok(raw, 'a tooltip for the document');
    // The card escapes workspace text for markdown: spaces become &nbsp;, punctuation gets backslashes.
    const md = raw.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(md, /line 3/, md);
    assert.ok(md.includes('会议通过'), md);
    assert.ok(md.includes(ISSUER), md);
  });

  it('lists the issuer and the defined term under Discovered; Dismiss hides one, Accept writes entities.yaml', async () => {
    const items = await poll('discovered items', async () => {
      const list = await vscode.commands.executeCommand<Discovered[]>('policyLens.entities.discovered');
      return list?.some((i) => i.name === ISSUER) ? list : undefined;
    });
    const term = items.find((i) => i.name === '数据资源目录');
    assert.strictEqual(term?.kind, 'term');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.entities.dismissDiscovered', term.key), true);
    const after = await vscode.commands.executeCommand<Discovered[]>('policyLens.entities.discovered');
    assert.ok(!after?.some((i) => i.key === term.key), 'dismissed');

    const issuer = items.find((i) => i.name === ISSUER)!;
    const id = await vscode.commands.executeCommand<string>('policyLens.entities.acceptDiscovered', issuer.key);
    assert.ok(id, 'accept returns the new id');
    const yaml = await readText('.policylens/entities.yaml');
    assert.ok(yaml?.includes(ISSUER), yaml);
    // The document is now filed under the workspace entity.
    await poll('the accepted institution as a group', async () => (await groups('policyLens.corpus.groupByInstitution')).find((g) => g.key === id));
    const remaining = await vscode.commands.executeCommand<Discovered[]>('policyLens.entities.discovered');
    assert.ok(!remaining?.some((i) => i.name === ISSUER), 'no longer discovered once known');
  });
});
