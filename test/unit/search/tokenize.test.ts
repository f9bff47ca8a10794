import * as assert from 'node:assert';
import fc from 'fast-check';
import { collectGrams, distinctGrams, forEachGram, GramBuffer, gramCode, gramText, queryGrams, queryTerms, UNIGRAM_WEIGHT } from '../../../src/core/search/tokenize';
import { foldForMatch } from '../../../src/core/text/normalize';
import { GramTable } from '../../../src/core/search/gramTable';

const texts = (s: string): string[] => distinctGrams(s).map(gramText).sort();

describe('search tokeniser', () => {
  it('cuts CJK runs into bigrams plus unigrams', () => {
    assert.deepStrictEqual(texts('隐私保护'), ['保', '保护', '私', '私保', '护', '隐', '隐私'].sort());
  });

  it('gives a lone CJK character its unigram at full weight', () => {
    assert.deepStrictEqual(queryGrams('悟'), [{ code: '悟'.charCodeAt(0), weight: 1 }]);
    const w = new Map(queryGrams('悟道').map((g) => [gramText(g.code), g.weight]));
    assert.strictEqual(w.get('悟'), UNIGRAM_WEIGHT);
    assert.strictEqual(w.get('悟道'), 1);
  });

  it('drops unigrams from long CJK query runs but keeps them in the index form', () => {
    const q = queryGrams('人工智能').map((g) => gramText(g.code)).sort();
    assert.deepStrictEqual(q, ['人工', '工智', '智能'].sort());
    assert.ok(texts('人工智能').includes('人'));
  });

  it('pads Latin words with spaces and cuts trigrams, short words included', () => {
    assert.deepStrictEqual(texts('Rest'), [' re', 'res', 'est', 'st '].sort());
    assert.deepStrictEqual(texts('a'), [' a ']);
    assert.deepStrictEqual(texts('AI'), [' ai', 'ai ']);
  });

  it('keeps digits and splits scripts at their boundary', () => {
    const g = texts('GPT-3模型');
    for (const want of [' gp', 'gpt', 'pt ', ' 3 ', '模型']) assert.ok(g.includes(want), want);
    assert.ok(!g.some((x) => x.includes('-')));
  });

  it('folds full-width and upper case before cutting', () => {
    assert.deepStrictEqual(texts('ＦａｓｔＭｏＥ ２．０'), texts('fastmoe 2.0'));
  });

  it('encodes grams as distinct numbers that decode back', () => {
    fc.assert(fc.property(fc.integer({ min: 0x20, max: 0xffff }), fc.integer({ min: 0x20, max: 0xffff }), fc.integer({ min: 0x20, max: 0xffff }), (a, b, c) => {
      const s = String.fromCharCode(a, b, c);
      assert.strictEqual(gramText(gramCode(a, b, c)), s);
      assert.strictEqual(gramText(gramCode(b, c)), s.slice(1));
    }));
  });

  it('collectGrams emits exactly what forEachGram does', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'ab 治理模型Z9，.-'.split('')), maxLength: 40 }), (s) => {
      const folded = foldForMatch(s);
      const viaSink: [number, number, number][] = [];
      forEachGram(folded, (c, p, w) => viaSink.push([c, p, w]));
      const buf = new GramBuffer();
      const n = collectGrams(folded, buf);
      const viaBuf = Array.from({ length: n }, (_, i): [number, number, number] => [buf.codes[i], buf.pos[i], buf.weights[i]]);
      assert.deepStrictEqual(viaBuf, viaSink);
    }));
  });

  it('splits query terms on any whitespace, full-width space included', () => {
    assert.deepStrictEqual(queryTerms(' 悟道\u3000FastMoE  x '), ['悟道', 'fastmoe', 'x']);
  });

  it('GramTable agrees with a Map', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 52 }), { maxLength: 3000 }), (codes) => {
      const t = new GramTable();
      const m = new Map<number, number>();
      codes.forEach((c, i) => { if (!m.has(c)) { m.set(c, i); t.set(c, i); } });
      for (const c of codes) assert.strictEqual(t.get(c), m.get(c));
      assert.strictEqual(t.get(2 ** 52 + 1), -1);
      assert.strictEqual(t.size, m.size);
    }), { numRuns: 30 });
  });
});
