/** Reopening a workspace: documents whose text did not change come back from the snapshot. */
import * as assert from 'node:assert';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { readSnapshot, SnapshotError } from '../../../src/core/corpus/snapshot';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { MemoryFiles } from '../support/memoryFiles';
import { describeWithSharedCorpus } from '../support/sharedCorpus';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { BUILTIN_ENTITIES, mergeKnowledge } from '../../../src/core/knowledge';
import { testKnowledge } from './testKnowledge';

const kb = testKnowledge();
const opts = corpusOptions({ maxBytes: 10_000 });

function files(): MemoryFiles {
  return new MemoryFiles({
    'a/lab.md': '---\ntitle: Lab notes\n---\n# Lab notes\n\nThe **NLMP** reviewed oversight rules. NLMP staff wrote memos.\n',
    'b/harbor.txt': '海港研究院发布报告\r\n\r\n海港研究院认为模型参数与预训练值得研究。\r\n',
    '.policylens/catalog.yaml': 'version: 1\ndocuments:\n  b/harbor.txt:\n    themes: [models]\n',
  });
}

/** Everything but the line index (rebuilt from the text); absent and undefined fields alike. */
function comparable(model: CorpusModel): unknown {
  return JSON.parse(JSON.stringify(model.documents().map(({ lines: _lines, ...rest }) => rest)));
}

describe('corpus snapshot', () => {
  it('restores unchanged documents exactly as a fresh load would build them', async () => {
    const fs = files();
    const fresh = await CorpusModel.load(fs, kb, opts);
    const snap = readSnapshot(fresh.snapshot());
    const restored = await CorpusModel.load(fs, kb, opts, undefined, snap);
    assert.deepStrictEqual(comparable(restored), comparable(fresh));
    assert.strictEqual(restored.get('b/harbor.txt')!.lines.lineCount, fresh.get('b/harbor.txt')!.lines.lineCount);
  });

  it('reuses what the snapshot says for an unchanged file and rebuilds a changed one', async () => {
    const fs = files();
    const bytes = (await CorpusModel.load(fs, kb, opts)).snapshot();
    // Mark both entries, so a reused entry is visible in the result.
    const data = JSON.parse(new TextDecoder().decode(bytes)) as { documents: Record<string, { meta: { title: string } }> };
    for (const entry of Object.values(data.documents)) entry.meta.title = 'FROM SNAPSHOT';
    const snap = readSnapshot(new TextEncoder().encode(JSON.stringify(data)));
    fs.set('a/lab.md', '# Lab notes, revised\n\nThe NLMP met again.\n');
    const model = await CorpusModel.load(fs, kb, opts, undefined, snap);
    assert.strictEqual(model.get('b/harbor.txt')!.meta.title, 'FROM SNAPSHOT', 'unchanged text: taken from the snapshot');
    assert.strictEqual(model.get('a/lab.md')!.meta.title, 'Lab notes, revised', 'changed text: parsed again');
  });

  it('is ignored when the knowledge base or a catalog entry changed', async () => {
    const fs = files();
    const snap = readSnapshot((await CorpusModel.load(fs, kb, opts)).snapshot());
    const other = new KnowledgeBase(kb.all().filter((e) => e.id !== 'north-lab'));
    const withOther = await CorpusModel.load(fs, other, opts, undefined, snap);
    assert.deepStrictEqual(withOther.get('a/lab.md')!.mentions.filter((m) => m.entityId === 'north-lab'), []);
    fs.set('.policylens/catalog.yaml', 'version: 1\ndocuments:\n  b/harbor.txt:\n    themes: [governance]\n');
    const recatalogued = await CorpusModel.load(fs, kb, opts, undefined, snap);
    assert.deepStrictEqual(recatalogued.get('b/harbor.txt')!.meta.themes.map((t) => t.id), ['governance']);
  });

  it('refuses bytes that are not a snapshot of this version', () => {
    assert.throws(() => readSnapshot(new TextEncoder().encode('{"format":"other"}')), SnapshotError);
    assert.throws(() => readSnapshot(new Uint8Array([0xff, 0x00, 0x7b])), SnapshotError);
  });
});

describeWithSharedCorpus('corpus snapshot on the real documents', (dir) => {
  it('restores all of ../shared/corpus exactly as a fresh load builds it', async () => {
    const fs = new NodeFiles(dir);
    const real = mergeKnowledge(BUILTIN_ENTITIES);
    const fresh = await CorpusModel.load(fs, real, corpusOptions());
    assert.ok(fresh.documents().length >= 13);
    const restored = await CorpusModel.load(fs, real, corpusOptions(), undefined, readSnapshot(fresh.snapshot()));
    assert.deepStrictEqual(comparable(restored), comparable(fresh));
  });
});
