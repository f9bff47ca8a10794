import * as assert from 'node:assert';
import fc from 'fast-check';
import { foldForMatch, normalizeForMatch } from '../../../src/core/text/normalize';

/** Original slice behind a hit of `needle` in the normalised form, or undefined. */
function originalOf(text: string, needle: string): string | undefined {
  const n = normalizeForMatch(text);
  const at = n.text.indexOf(foldForMatch(needle));
  if (at < 0) return undefined;
  return text.slice(n.map[at], n.map[at + foldForMatch(needle).length]);
}

describe('normalizeForMatch', () => {
  it('folds full-width forms and case, mapping back to the original', () => {
    const text = 'Ｘ 发布悟道2．0，超越GPT－3（１．７５万亿参数）';
    assert.strictEqual(originalOf(text, '悟道2.0'), '悟道2．0');
    assert.strictEqual(originalOf(text, 'gpt-3'), 'GPT－3');
    assert.strictEqual(originalOf(text, '1.75万亿'), '１．７５万亿');
    assert.strictEqual(originalOf(text, 'x'), 'Ｘ');
  });

  it('composes a base letter with a following combining mark', () => {
    assert.strictEqual(originalOf('cafe\u0301 open', 'café'), 'cafe\u0301');
  });

  it('keeps surrogate pairs intact and offsets exact after them', () => {
    const text = '😀 Responsible AI';
    assert.strictEqual(originalOf(text, 'responsible'), 'Responsible');
  });

  it('map is monotone, ends at the original length, and every unit maps inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const n = normalizeForMatch(s);
      assert.strictEqual(n.map.length, n.text.length + 1);
      assert.strictEqual(n.map[n.text.length], s.length);
      for (let i = 1; i < n.map.length; i++) assert.ok(n.map[i] >= n.map[i - 1]);
    }), { numRuns: 500 });
  });

  it('agrees with String.prototype.normalize on the whole text for common scripts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('A', 'b', '治', '理', '，', '２', '－', ' ', 'É', '。', 'ﬁ'), { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      assert.strictEqual(normalizeForMatch(s).text, s.normalize('NFKC').toLowerCase());
    }), { numRuns: 300 });
  });
});
