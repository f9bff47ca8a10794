import * as assert from 'node:assert';
import { termSimilarity } from '../../../src/core/search/rerank';
import { parsePrefix } from '../../../src/core/search/queryPrefix';

describe('fuzzy re-rank', () => {
  it('scores verbatim 1, a typo between 0 and 1, and a miss 0', () => {
    const [exact, typo, miss] = termSimilarity(['the responsible use of ai', 'a responsble actor', 'nothing here'], ['responsible']);
    assert.strictEqual(exact, 1);
    assert.ok(typo > 0.5 && typo < 1, String(typo));
    assert.strictEqual(miss, 0);
  });

  it('averages over terms so strings matching every term win', () => {
    const [both, one] = termSimilarity(['悟道2.0 与 fastmoe', '悟道2.0 发布'], ['悟道', 'fastmoe']);
    assert.strictEqual(both, 1);
    assert.strictEqual(one, 0.5);
  });

  it('tolerates one wrong character in a Chinese term', () => {
    const [s] = termSimilarity(['数据隐私保护逐渐成为热点'], ['隐私保户']);
    assert.ok(s > 0.5 && s < 1, String(s));
  });
});

describe('query prefixes', () => {
  it('maps each prefix, ASCII or full-width, to its kind', () => {
    assert.deepStrictEqual(parsePrefix('@ xue'), { kind: 'entity', text: 'xue' });
    assert.deepStrictEqual(parsePrefix('#compute'), { kind: 'tag', text: 'compute' });
    assert.deepStrictEqual(parsePrefix('>第一章'), { kind: 'heading', text: '第一章' });
    assert.deepStrictEqual(parsePrefix('！supports'), { kind: 'annotation', text: 'supports' });
    assert.deepStrictEqual(parsePrefix('  plain words '), { text: 'plain words' });
    assert.deepStrictEqual(parsePrefix('a@b'), { text: 'a@b' });
  });
});
