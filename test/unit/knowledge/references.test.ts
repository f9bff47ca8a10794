import * as assert from 'node:assert';
import { doc } from './mentionSources';
import {
  entityReferences, MentionSource, mentionCounts, pickStatements, summarizeReferences,
} from '../../../src/core/knowledge/references';


const BAAI = { id: 'baai', name: 'BAAI' };
const AIR = { id: 'air-tsinghua', name: 'Tsinghua AIR' };

const docs: MentionSource[] = [
  doc('a/en.md', '# Notes\n\nXue Lan chaired the panel. Later, Xue Lan wrote a short essay on rules for AI.\n', [AIR]),
  doc('b/zh.txt', '薛澜在会上发言。他认为治理需要多方合作，薛澜还提到了联邦学习。\n', [BAAI, AIR]),
  doc('c/other.txt', 'Nothing about people here, only federated learning in passing.\n'),
  doc('d/none.txt', 'A text that names no one.\n'),
];

describe('knowledge/references', () => {
  it('gathers every mention of one entity across languages, in document order', () => {
    const refs = entityReferences(docs, 'xue-lan');
    assert.deepStrictEqual(refs.map((r) => [r.path, r.mention.text]), [
      ['a/en.md', 'Xue Lan'], ['a/en.md', 'Xue Lan'], ['b/zh.txt', '薛澜'], ['b/zh.txt', '薛澜'],
    ]);
    for (const r of refs) {
      const text = docs.find((d) => d.path === r.path)!.parsed.text;
      assert.strictEqual(text.slice(r.mention.start, r.mention.end), r.mention.text);
    }
    assert.deepStrictEqual(entityReferences(docs, 'no-such-entity'), []);
  });

  it('summarises mentions by document and by institution, unattributed last', () => {
    const s = summarizeReferences(docs, 'federated-learning');
    assert.strictEqual(s.mentions, 2);
    assert.deepStrictEqual(s.documents, [{ path: 'b/zh.txt', mentions: 1 }, { path: 'c/other.txt', mentions: 1 }]);
    assert.deepStrictEqual(s.institutions.map((i) => [i.id, i.mentions, i.documents]), [
      ['baai', 1, 1], ['air-tsinghua', 1, 1], ['', 1, 1],
    ]);
    const x = summarizeReferences(docs, 'xue-lan');
    assert.strictEqual(x.mentions, 4);
    // b/zh.txt is filed under two institutions and counts for both.
    assert.deepStrictEqual(x.institutions.map((i) => [i.id, i.mentions, i.documents]), [['air-tsinghua', 4, 2], ['baai', 2, 1]]);
  });

  it('counts mentions and documents of every entity in one pass', () => {
    const counts = mentionCounts(docs);
    assert.deepStrictEqual(counts.get('xue-lan'), { mentions: 4, documents: 2 });
    assert.deepStrictEqual(counts.get('federated-learning'), { mentions: 2, documents: 2 });
    assert.strictEqual(counts.get('baai'), undefined);
  });

  it('picks statements from other documents, one per document, preferring sentences', () => {
    const st = pickStatements(docs, 'xue-lan', { exclude: 'b/zh.txt' });
    assert.strictEqual(st.length, 1);
    assert.strictEqual(st[0].path, 'a/en.md');
    assert.strictEqual(st[0].match, 'Xue Lan');
    assert.strictEqual(st[0].before + st[0].match + st[0].after, 'Xue Lan chaired the panel.');
    const all = pickStatements(docs, 'xue-lan');
    assert.deepStrictEqual(all.map((s) => s.path), ['a/en.md', 'b/zh.txt']);
    assert.strictEqual(all[1].before + all[1].match + all[1].after, '薛澜在会上发言。');
    assert.strictEqual(pickStatements(docs, 'xue-lan', { limit: 1 }).length, 1);
  });

  it('skips a short heading-like passage when the document has a real sentence', () => {
    const d = doc('e.md', '## Xue Lan\n\nIn 2021 Xue Lan argued that governance must keep pace with technology.\n');
    const [s] = pickStatements([d], 'xue-lan');
    assert.ok(s.after.startsWith(' argued'), s.after);
    assert.strictEqual(s.mention.start, d.parsed.text.indexOf('Xue Lan', 5));
  });

  it('prefers a sentence over a title line of the same document', () => {
    const d = doc('t.txt', '薛澜谈人工智能治理的四个难题\n\n会上，薛澜指出治理规则需要跟上技术发展。\n');
    const [s] = pickStatements([d], 'xue-lan');
    assert.strictEqual(s.before + s.match + s.after, '会上，薛澜指出治理规则需要跟上技术发展。');
    // With no sentence at all, the title is still better than nothing.
    const [t] = pickStatements([doc('u.txt', '薛澜谈人工智能治理的四个难题\n')], 'xue-lan');
    assert.strictEqual(t.match, '薛澜');
  });

  it('quotes an identical passage only once', () => {
    const text = 'Federated learning keeps data where it was collected.\n';
    const st = pickStatements([doc('x.txt', text), doc('y.txt', text)], 'federated-learning');
    assert.strictEqual(st.length, 1);
  });
});
