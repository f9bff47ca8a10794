import * as assert from 'node:assert';
import { editDistance, isMultiWordLatin, matchEntityNames } from '../../../src/core/search/entityNameMatch';

describe('entity name matching for the jump box', () => {
  it('knows an exact name in any language, ignoring case, width, spaces and hyphens', () => {
    assert.strictEqual(matchEntityNames('联邦学习', ['federated learning', '联邦学习']), 'exact');
    assert.strictEqual(matchEntityNames('XUE  lan', ['Xue Lan', '薛澜']), 'exact');
    assert.strictEqual(matchEntityNames('gpt3', ['GPT-3']), 'exact');
    assert.strictEqual(matchEntityNames('ＧＬＭ', ['GLM']), 'exact');
  });

  it('forgives a typo in a whole name of five or more characters, not in short ones', () => {
    assert.strictEqual(matchEntityNames('federated learnin', ['federated learning']), 'near');
    assert.strictEqual(matchEntityNames('Bletchly Park', ['Bletchley Park']), 'near');
    assert.strictEqual(matchEntityNames('glm', ['GLM-130B']), 'words');
    assert.strictEqual(matchEntityNames('clip', ['CLAP']), 'none');
  });

  it('matches when every query word starts or nearly spells a word of a name', () => {
    assert.strictEqual(matchEntityNames('Bletchly', ['Bletchley Declaration', '布莱切利宣言']), 'words');
    assert.strictEqual(matchEntityNames('lan xue', ['Xue Lan']), 'words');
    assert.strictEqual(matchEntityNames('联邦', ['联邦学习']), 'words');
  });

  it('does not let one shared syllable name an entity', () => {
    for (const names of [['large language model'], ['General Language Model', 'GLM'], ['Groq LPU'], ['CLIP']]) {
      assert.strictEqual(matchEntityNames('xue lan', names), 'none', names[0]);
    }
    assert.strictEqual(matchEntityNames('', ['Xue Lan']), 'none');
  });

  it('tells multi-word Latin queries', () => {
    assert.ok(isMultiWordLatin('xue lan'));
    assert.ok(!isMultiWordLatin('Bletchly'));
    assert.ok(!isMultiWordLatin('悟道 模型'));
    assert.ok(isMultiWordLatin('悟道 FastMoE model'));
  });

  it('computes a bounded edit distance with swaps', () => {
    assert.strictEqual(editDistance('bletchly', 'bletchley', 2), 1);
    assert.strictEqual(editDistance('lnaguage', 'language', 2), 1);
    assert.strictEqual(editDistance('abc', 'xyz', 1), 2);
    assert.strictEqual(editDistance('', 'ab', 2), 2);
  });
});
