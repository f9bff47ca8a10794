import * as assert from 'node:assert';
import fc from 'fast-check';
import { AhoCorasick, canonicalize } from '../../../src/core/knowledge/automaton';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}@${at + p.length}`);
  });
  return out.sort();
}

function scanned(patterns: string[], text: string): string[] {
  const ac = new AhoCorasick(patterns);
  const out: string[] = [];
  ac.scan(text, (p, end) => out.push(`${p}@${end}`));
  return out.sort();
}

describe('knowledge/automaton', () => {
  it('finds overlapping and nested patterns', () => {
    const pats = ['he', 'she', 'his', 'hers', '大模型', '模型'];
    assert.deepStrictEqual(scanned(pats, 'ushers 大模型'), naive(pats, 'ushers 大模型'));
    assert.deepStrictEqual(scanned(pats, 'ushers'), ['0@4', '1@4', '3@6']);
  });

  it('reports duplicate patterns in their original order', () => {
    const ac = new AhoCorasick(['ab', 'ab', 'b']);
    const hits: number[] = [];
    ac.scan('ab', (p) => hits.push(p));
    assert.deepStrictEqual(hits, [0, 1, 2]);
  });

  it('agrees with a naive search on random texts (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', '智', '源', ' ');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(unit, { maxLength: 60 }).map((a) => a.join('')),
      (pats, text) => {
        assert.deepStrictEqual(scanned(pats, text), naive(pats, text));
      }), { numRuns: 300 });
  });

  it('treats look-alike dashes, dots and apostrophes as the plain character', () => {
    assert.deepStrictEqual(scanned(['ya-qin'], 'ya\u2011qin ya\u2014qin yaqin'), ['0@13', '0@6']);
    assert.deepStrictEqual(scanned(['dall·e'], 'dall\u30fbe'), ['0@6']);
    assert.strictEqual(canonicalize('it\u2019s \u2013'), "it's -");
  });
});
