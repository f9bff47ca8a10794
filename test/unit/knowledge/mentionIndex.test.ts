import * as assert from 'node:assert';
import { doc, kb } from './mentionSources';
import { EntityMentionIndex } from '../../../src/core/knowledge/mentionIndex';
import {
  entityReferences, MentionSource, mentionCounts, pickStatements, summarizeReferences,
} from '../../../src/core/knowledge/references';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { MemoryFiles } from '../support/memoryFiles';


const AIR = { id: 'air-tsinghua', name: 'Tsinghua AIR' };
const docs: MentionSource[] = [
  doc('a/en.md', 'Xue Lan opened the session. Xue Lan then asked about federated learning in hospitals.\n', [AIR]),
  doc('b/zh.txt', '薛澜谈到联邦学习。联邦学习能保护数据。\n'),
  doc('c/short.txt', 'Xue Lan\n'),
  doc('d/none.txt', 'No names at all.\n'),
];

describe('knowledge/mentionIndex', () => {
  const index = new EntityMentionIndex(docs);

  it('answers every reference helper exactly as a scan of the documents does', () => {
    for (const id of ['xue-lan', 'federated-learning', 'no-such-entity']) {
      assert.deepStrictEqual(entityReferences(index, id), entityReferences(docs, id), id);
      assert.deepStrictEqual(summarizeReferences(index, id), summarizeReferences(docs, id), id);
      for (const exclude of [undefined, 'a/en.md', 'b/zh.txt']) {
        assert.deepStrictEqual(pickStatements(index, id, { exclude, limit: 2 }), pickStatements(docs, id, { exclude, limit: 2 }), `${id} ${exclude}`);
      }
    }
    assert.deepStrictEqual(mentionCounts(index), mentionCounts(docs));
  });

  it('ranks documents by mentions of the entity, ties by path', () => {
    assert.deepStrictEqual(index.rankedDocumentsOf('xue-lan').map((d) => [d.doc.path, d.mentions.length]),
      [['a/en.md', 2], ['b/zh.txt', 1], ['c/short.txt', 1]]);
    assert.deepStrictEqual(index.documentsOf('nobody'), []);
  });

  it('is rebuilt by the corpus model after a document changes', async () => {
    const files = new MemoryFiles({ 'x.md': 'Xue Lan spoke.\n', 'y.md': 'Nobody here.\n' });
    const model = await CorpusModel.load(files, kb, corpusOptions());
    const before = model.mentionIndex();
    assert.strictEqual(model.mentionIndex(), before, 'kept while nothing changes');
    assert.strictEqual(summarizeReferences(before, 'xue-lan').mentions, 1);
    files.set('y.md', 'Xue Lan again, and Xue Lan once more.\n');
    await model.update('y.md');
    const after = model.mentionIndex();
    assert.notStrictEqual(after, before);
    assert.strictEqual(summarizeReferences(after, 'xue-lan').mentions, 3);
    assert.deepStrictEqual(model.documents().map((d) => d.path), ['x.md', 'y.md']);
    model.remove('x.md');
    assert.deepStrictEqual(model.documents().map((d) => d.path), ['y.md']);
    assert.strictEqual(summarizeReferences(model.mentionIndex(), 'xue-lan').mentions, 2);
  });
});
