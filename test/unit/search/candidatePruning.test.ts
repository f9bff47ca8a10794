import * as assert from 'node:assert';
import fc from 'fast-check';
import { NgramIndex } from '../../../src/core/search/ngramIndex';
import { distinctGrams, queryGrams } from '../../../src/core/search/tokenize';
import { hasWithOneInserted, termSimilarity } from '../../../src/core/search/rerank';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'tra', 'vo', 'zu', '数据', '模型', '治理'];

/** Texts from a small vocabulary, so many items share grams and pruning has work to do. */
const textArb = fc.array(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join('')), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));

/** Ranking keys of every item by brute force, as `candidates` defines them. */
function bruteForce(ix: NgramIndex, texts: readonly string[], q: string, limit: number): { id: number; key: number; coverage: number }[] {
  const live = ix.liveCount;
  const plan = queryGrams(q).map((g) => {
    const holders = texts.map((t) => distinctGrams(t).includes(g.code));
    const df = holders.filter(Boolean).length;
    return { holders, w: Math.log(1 + live / (df + 1)) * g.weight };
  });
  const total = plan.reduce((s, p) => s + p.w, 0);
  const rows = texts.map((t, id) => {
    const s = plan.reduce((sum, p) => sum + (p.holders[id] ? p.w : 0), 0);
    return { id, s, key: s / total + 0.02 * (40 / (40 + t.length)), coverage: Math.min(1, s / total) };
  }).filter((r) => r.s > 0 && r.s >= 0.2 * total);
  rows.sort((a, b) => b.key - a.key || a.id - b.id);
  return rows.slice(0, limit);
}

describe('n-gram index: early termination', () => {
  it('returns the same candidates as scoring every item (property)', () => {
    fc.assert(fc.property(fc.array(textArb, { minLength: 30, maxLength: 120 }), textArb, fc.integer({ min: 1, max: 12 }), (texts, q, limit) => {
      const ix = new NgramIndex();
      texts.forEach((t, i) => ix.addItem(0, 0, i, t));
      const got = ix.candidates(queryGrams(q), { limit });
      const want = bruteForce(ix, texts, q, limit);
      assert.strictEqual(got.length, want.length);
      // Float32 sums may order exact ties differently; the keys must agree position by position.
      got.forEach((c, k) => {
        const key = c.coverage + 0.02 * (40 / (40 + texts[c.id].length));
        assert.ok(Math.abs(key - want[k].key) < 1e-5, `${q} #${k}: ${key} vs ${want[k].key}`);
      });
    }), { numRuns: 60 });
  });

  it('finds items appended after a trim (tails) like items indexed in one go', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `${SYLLABLES[i % 7]}${SYLLABLES[(i * 3) % 10]} ${SYLLABLES[(i * 7) % 10]}tra item${i % 13}`);
    const whole = new NgramIndex();
    texts.forEach((t, i) => whole.addItem(0, 0, i, t));
    const staged = new NgramIndex();
    texts.slice(0, 200).forEach((t, i) => staged.addItem(0, 0, i, t));
    staged.trim();
    for (let i = 200; i < 300; i += 7) {
      // Small batches, flushed by a query in between, as single-document updates are.
      texts.slice(i, i + 7).forEach((t, k) => staged.addItem(0, 0, i + k, t));
      staged.candidates(queryGrams('kalo'));
    }
    for (const q of ['katra item3', '数据 mine', 'zuvo', 'item12']) {
      assert.deepStrictEqual(staged.candidates(queryGrams(q), { limit: 40 }), whole.candidates(queryGrams(q), { limit: 40 }), q);
    }
    staged.trim();
    assert.deepStrictEqual(staged.candidates(queryGrams('lone')), whole.candidates(queryGrams('lone')));
  });
});

describe('rerank: one dropped character', () => {
  it('sees a term inside a label that has one extra character', () => {
    assert.ok(hasWithOneInserted('会议，瑄翊淼琰署', '瑄翊琰'));
    assert.ok(hasWithOneInserted('the flapxesoho report', 'flapesoho'));
    assert.ok(!hasWithOneInserted('会议，瑄翊力署', '瑄翊琰'));
    assert.ok(!hasWithOneInserted('瑄翊淼淼琰', '瑄翊琰'), 'two extra characters are not one');
  });

  it('ranks the label holding every typed character above one-substitution labels', () => {
    const sim = termSimilarity(['前文，瑄翊力露研', '前文，瑄翊淼琰署', '前文，瑄翊曦淼用'], ['瑄翊琰']);
    assert.ok(sim[1] > sim[0] && sim[1] > sim[2], Array.from(sim).join(' '));
  });
});
