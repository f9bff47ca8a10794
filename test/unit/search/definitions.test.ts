/** Definitions recognised in policy texts, English and Chinese. */
import * as assert from 'node:assert';
import { definedTermsIn } from '../../../src/core/search/definitions';

const terms = (s: string): string[] => definedTermsIn(s).map((d) => d.term);

describe('search: defined terms', () => {
  it('reads quoted, "the term" and unquoted English definitions', () => {
    assert.deepStrictEqual(terms("(63) ‘general-purpose AI model’ means an AI model that…"), ['general-purpose AI model']);
    assert.deepStrictEqual(terms('(k) The term “dual-use foundation model” means an AI model…'), ['dual-use foundation model']);
    assert.deepStrictEqual(terms('"Provider" shall mean a natural or legal person.'), ['Provider']);
    assert.deepStrictEqual(terms('Personal data means any information relating to a person.'), ['Personal data']);
  });

  it('reads 本法所称…是指 and …是指 in Chinese', () => {
    assert.deepStrictEqual(terms('本法所称个人信息处理者，是指在个人信息处理活动中自主决定处理目的的组织、个人。'), ['个人信息处理者']);
    assert.deepStrictEqual(terms('（一）“生成式人工智能技术”是指具有内容生成能力的模型。'), ['生成式人工智能技术']);
    assert.deepStrictEqual(terms('本办法中所称的深度合成技术，是指利用深度学习生成图像的技术。'), ['深度合成技术']);
  });

  it('gives the term its offsets in the passage and ignores sentences that only use "means"', () => {
    const text = "(2) ‘downstream provider’ means a provider.";
    const [d] = definedTermsIn(text);
    assert.strictEqual(text.slice(d.start, d.end), 'downstream provider');
    assert.deepStrictEqual(terms('This means that providers must act.'), []);
    assert.deepStrictEqual(terms('It means nothing here.'), []);
    assert.deepStrictEqual(terms('The report was published in 2021 and discussed at length.'), []);
  });
});
