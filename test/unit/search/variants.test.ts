/** Term variants meet: hyphen/space/closed compounds, plurals, possessives, widths, scripts, pinyin. */
import * as assert from 'node:assert';
import { createJumpIndex, type JumpIndex } from '../../../src/core/search/jump';
import { distinctGrams, queryGrams } from '../../../src/core/search/tokenize';
import { toSimplified, variantKey } from '../../../src/core/search/variants';
import { pinyinMatch, pinyinOf } from '../../../src/core/search/pinyin';
import type { SearchDoc } from '../../../src/core/search/searchTypes';
import { makeDoc } from './searchFixture';

function index(docs: SearchDoc[]): JumpIndex {
  const j = createJumpIndex();
  j.setDocuments(docs);
  return j;
}

const firstPath = (j: JumpIndex, q: string): string | undefined => j.query(q).find((h) => h.kind === 'passage' || h.kind === 'heading')?.path;

describe('search: term variants', () => {
  it('indexes a hyphenated compound so its closed and spaced forms are fully covered', () => {
    const have = new Set(distinctGrams('pre-training'));
    for (const q of ['pretraining', 'pre training', 'pre-training']) {
      const missing = queryGrams(q).filter((g) => !have.has(g.code));
      assert.deepStrictEqual(missing, [], q);
    }
  });

  it('finds each spelling of a compound from every other one', () => {
    const forms = ['pre-training', 'pre training', 'pretraining'];
    for (const written of forms) {
      const j = index([makeDoc('hit.md', `Notes on ${written} budgets for large models.`), makeDoc('other.md', 'Notes on training budgets for small models and their reviews.')]);
      for (const q of forms) assert.strictEqual(firstPath(j, q), 'hit.md', `"${q}" should find "${written}"`);
    }
  });

  it('treats plurals and possessives as the word', () => {
    const j = index([makeDoc('a.md', "The regulator's policies on frontier models."), makeDoc('b.md', 'Nothing about that here at all.')]);
    for (const q of ['regulator', 'regulators', 'policy', 'frontier model', "regulator's policy"]) assert.strictEqual(firstPath(j, q), 'a.md', q);
    assert.strictEqual(variantKey('General-purpose AI models'), variantKey('general purpose AI model'));
    assert.strictEqual(variantKey("model's"), variantKey('model'));
  });

  it('matches full-width and half-width, Traditional and Simplified forms', () => {
    const j = index([makeDoc('zh.md', '模型先進行預訓練，再做微調。'), makeDoc('cn.md', '这是预训练数据的说明。'), makeDoc('w.md', 'ＧＰＴ－３ was announced.')]);
    assert.strictEqual(toSimplified('預訓練'), '预训练');
    assert.ok(j.query('预训练').some((h) => h.path === 'zh.md'), 'Simplified query finds Traditional text');
    assert.ok(j.query('預訓練').some((h) => h.path === 'cn.md'), 'Traditional query finds Simplified text');
    assert.strictEqual(firstPath(j, 'GPT-3'), 'w.md');
  });

  it('spells Chinese names and headings in pinyin, without matching lone syllables', () => {
    assert.strictEqual(pinyinOf('薛澜谈治理'), 'xuelantanzhili');
    assert.strictEqual(pinyinOf('A long English heading'), undefined);
    assert.strictEqual(pinyinMatch('xue lan', 'xuelan'), 1);
    assert.strictEqual(pinyinMatch('xue', 'lianbangxuexi'), 0);
    const doc: SearchDoc = { ...makeDoc('talk.md', '# 龚铭远谈港口治理\n\n港口的数据要共享。'), path: 'talk.md' };
    const j = index([doc, makeDoc('other.md', '# 联邦学习\n\n数据不出域。')]);
    const top = j.query('gong mingyuan')[0];
    assert.strictEqual(top?.path, 'talk.md');
    assert.strictEqual(top.kind, 'heading');
    assert.ok(!j.query('xue').some((h) => h.path === 'other.md'), '"xue" alone is a syllable, not 联邦学习');
  });
});

describe('search: ranking that knows policy texts', () => {
  it('ranks the definition, then a heading naming the term, above passing mentions', () => {
    const mentions = Array.from({ length: 12 }, (_, i) => `Providers of a harbour model must file report ${i} on the harbour model each quarter.`).join('\n\n');
    const j = index([
      makeDoc('law.md', `${mentions}\n\n# HARBOUR MODELS\n\n(7) ‘harbour model’ means a model of tides that many ports reuse.`),
    ]);
    const hits = j.query('harbour model');
    assert.match(hits[0].label, /‘harbour model’ means/);
    assert.match(hits[0].detail, /defines harbour model/);
    assert.strictEqual(hits[1].kind, 'heading');
    assert.strictEqual(hits[1].label, 'HARBOUR MODELS');
  });

  it('searches document titles with plain queries and with >', () => {
    const doc: SearchDoc = { ...makeDoc('news.md', 'Delegates met north of London.'), title: 'Bletchley declaration: countries agree on AI risks' };
    const j = index([doc, makeDoc('other.md', 'Bletchley Park has a museum.')]);
    const typo = j.query('Bletchly').find((h) => h.kind === 'heading');
    assert.strictEqual(typo?.path, 'news.md');
    assert.match(typo.detail, /document title/);
    assert.deepStrictEqual(j.query('>Bletchley').map((h) => h.path), ['news.md']);
  });

  it('drops rows holding under half of a multi-word query when others hold more', () => {
    const j = index([
      makeDoc('a.md', 'Models trained with self-supervised pretraining at scale.'),
      makeDoc('b.md', 'The principal service consists in selling a product by allowing the reuse.'),
    ]);
    const paths = j.query('self supervised pretraining').map((h) => h.path);
    assert.deepStrictEqual(paths, ['a.md']);
  });
});
