import * as assert from 'node:assert';
import { CorpusChange, CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { EMPTY_KNOWLEDGE } from '../../../src/core/corpus/entityNames';
import { MemoryFiles } from '../support/memoryFiles';
import { testKnowledge } from './testKnowledge';

const kb = testKnowledge();
const opts = (maxBytes = 10_000) => corpusOptions({ maxBytes });

function corpus(): MemoryFiles {
  return new MemoryFiles({
    'a/lab.md': '# Lab notes\n\nThe NLMP reviewed oversight and governance rules. The NLMP met twice; NLMP staff wrote regulation memos.\n',
    'b/harbor.txt': '海港研究院发布报告\n\n海港研究院认为模型参数与预训练值得研究。海港研究院还谈到模型。\n',
    'c/notes.markdown': 'Just a short note.\n',
    'node_modules/pkg/readme.md': '# ignored\n',
    '.policylens/entities.md': '# not a document\n',
    'data.json': '{}',
  });
}

describe('corpus model: load', () => {
  it('loads matching files with metadata, mentions, line index and hash', async () => {
    const progress: Array<[number, number]> = [];
    const model = await CorpusModel.load(corpus(), kb, opts(), (d, t) => progress.push([d, t]));
    assert.deepStrictEqual(model.documents().map((d) => d.path), ['a/lab.md', 'b/harbor.txt', 'c/notes.markdown']);
    assert.deepStrictEqual(progress.at(-1), [3, 3]);
    const lab = model.get('./a/lab.md')!;
    assert.strictEqual(lab.meta.title, 'Lab notes');
    assert.deepStrictEqual(lab.meta.institutions.map((a) => a.id), ['north-lab']);
    assert.strictEqual(lab.mentions.filter((m) => m.entityId === 'north-lab').length, 3);
    assert.match(lab.hash, /^[0-9a-f]{16}$/);
    assert.strictEqual(lab.lines.lineCount, 4);
    assert.deepStrictEqual(model.get('b/harbor.txt')!.meta.institutions.map((a) => a.id), ['harbor-ai']);
    assert.strictEqual(model.get('b/harbor.txt')!.meta.language, 'zh');
  });

  it('lists skipped files with a reason: binary, too large, undecodable', async () => {
    const files = corpus();
    files.set('bin.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    files.set('big.md', 'x'.repeat(20_000));
    files.set('bad.txt', new Uint8Array([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0x41, 0xc3]));
    const model = await CorpusModel.load(files, kb, opts());
    const reasons = new Map(model.skipped().map((s) => [s.path, s.reason]));
    assert.match(reasons.get('bin.txt')!, /binary/);
    assert.match(reasons.get('big.md')!, /too large/);
    assert.ok(reasons.get('bad.txt'), 'undecodable file is listed');
    assert.ok(!model.get('big.md'));
    assert.ok(model.problems().some((p) => p.path === 'big.md' && /skipped/.test(p.message)));
  });

  it('reads the catalog and reports its problems', async () => {
    const files = corpus();
    files.set('.policylens/catalog.yaml', 'version: 1\ndocuments:\n  c/notes.markdown:\n    institutions: [harbor-ai]\n    date: 20XX\n');
    const model = await CorpusModel.load(files, kb, opts());
    const notes = model.get('c/notes.markdown')!;
    assert.deepStrictEqual(notes.meta.institutions.map((a) => [a.id, a.source]), [['harbor-ai', 'catalog']]);
    const p = model.problems().find((x) => x.path === '.policylens/catalog.yaml')!;
    assert.strictEqual(p.line, 4);
  });

  it('a broken catalog is reported and nothing is attributed from it', async () => {
    const files = corpus();
    files.set('.policylens/catalog.yaml', 'version: 1\ndocuments:\n  c/notes.markdown: [oops\n');
    const model = await CorpusModel.load(files, kb, opts());
    assert.strictEqual(model.catalog().broken, true);
    assert.ok(model.problems().some((p) => p.path === '.policylens/catalog.yaml' && p.severity === 'error'));
    assert.deepStrictEqual(model.get('c/notes.markdown')!.meta.institutions, []);
  });
});

describe('corpus model: incremental update', () => {
  async function setup() {
    const files = corpus();
    const model = await CorpusModel.load(files, kb, opts());
    const changes: CorpusChange[] = [];
    const dispose = model.onDidChange((c) => changes.push(c));
    const before = new Map(model.documents().map((d) => [d.path, d]));
    return { files, model, changes, dispose, before };
  }

  it('a changed file is rebuilt alone; the others keep their objects', async () => {
    const { files, model, changes, before } = await setup();
    files.set('c/notes.markdown', '# Harbor\n\nHAI and HAI again, HAI staff discuss governance, oversight and regulation.\n');
    assert.strictEqual(await model.update('c/notes.markdown'), 'changed');
    assert.deepStrictEqual(changes, [{ added: [], changed: ['c/notes.markdown'], removed: [] }]);
    const notes = model.get('c/notes.markdown')!;
    assert.notStrictEqual(notes.hash, before.get('c/notes.markdown')!.hash);
    assert.deepStrictEqual(notes.meta.institutions.map((a) => a.id), ['harbor-ai']);
    assert.strictEqual(model.get('a/lab.md'), before.get('a/lab.md'));
    assert.strictEqual(model.get('b/harbor.txt'), before.get('b/harbor.txt'));
  });

  it('a touched but identical file is unchanged and emits nothing', async () => {
    const { files, model, changes, before } = await setup();
    files.set('a/lab.md', files.text('a/lab.md')!);
    assert.strictEqual(await model.update('a/lab.md'), 'unchanged');
    assert.deepStrictEqual(changes, []);
    assert.strictEqual(model.get('a/lab.md'), before.get('a/lab.md'));
  });

  it('create and delete', async () => {
    const { files, model, changes, dispose } = await setup();
    files.set('d/new.txt', 'A new file about NLMP.\n');
    assert.strictEqual(await model.update('d/new.txt'), 'added');
    files.deleteFile('b/harbor.txt');
    assert.strictEqual(await model.update('b/harbor.txt'), 'removed');
    assert.deepStrictEqual(model.documents().map((d) => d.path), ['a/lab.md', 'c/notes.markdown', 'd/new.txt']);
    assert.deepStrictEqual(changes, [
      { added: ['d/new.txt'], changed: [], removed: [] },
      { added: [], changed: [], removed: ['b/harbor.txt'] },
    ]);
    dispose();
    assert.strictEqual(model.remove('a/lab.md'), true);
    assert.strictEqual(changes.length, 2, 'a disposed listener hears nothing');
  });

  it('ignores paths outside the globs and files that became binary are skipped', async () => {
    const { files, model, changes } = await setup();
    files.set('node_modules/x.md', 'x');
    assert.strictEqual(await model.update('node_modules/x.md'), 'ignored');
    files.set('a/lab.md', new Uint8Array([1, 0, 2, 0, 0, 0, 3]));
    assert.strictEqual(await model.update('a/lab.md'), 'skipped');
    assert.ok(!model.get('a/lab.md'));
    assert.ok(model.skipped().some((s) => s.path === 'a/lab.md'));
    assert.deepStrictEqual(changes, [{ added: [], changed: [], removed: ['a/lab.md'] }]);
  });

  it('a catalog edit recomputes metadata only for the entries that changed', async () => {
    const { files, model, changes, before } = await setup();
    files.set('.policylens/catalog.yaml', 'version: 1\ndocuments:\n  a/lab.md:\n    title: Renamed\n');
    assert.strictEqual(await model.update('.policylens/catalog.yaml'), 'catalog');
    assert.deepStrictEqual(changes, [{ added: [], changed: ['a/lab.md'], removed: [] }]);
    assert.strictEqual(model.get('a/lab.md')!.meta.title, 'Renamed');
    assert.strictEqual(model.get('a/lab.md')!.parsed, before.get('a/lab.md')!.parsed, 'not re-parsed');
    assert.strictEqual(model.get('b/harbor.txt'), before.get('b/harbor.txt'));
  });

  it('setKnowledge recomputes mentions without re-reading', async () => {
    const { model, changes, before } = await setup();
    model.setKnowledge(EMPTY_KNOWLEDGE);
    assert.deepStrictEqual(model.get('a/lab.md')!.mentions, []);
    assert.deepStrictEqual(model.get('a/lab.md')!.meta.institutions, []);
    assert.strictEqual(model.get('a/lab.md')!.parsed, before.get('a/lab.md')!.parsed);
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(changes[0].changed.length, 3);
  });

  it('concurrent updates of one file are serialised', async () => {
    const { files, model } = await setup();
    files.set('c/notes.markdown', 'first version\n');
    const a = model.update('c/notes.markdown');
    files.set('c/notes.markdown', 'second version\n');
    const b = model.update('c/notes.markdown');
    await Promise.all([a, b]);
    assert.strictEqual(model.get('c/notes.markdown')!.parsed.text, 'second version\n');
  });
});
