import { strict as assert } from 'node:assert';
import { computeAgreement } from '../../../src/core/analysis/agreement';
import { differences } from '../../../src/core/analysis/compare';
import { seg, lengthOf } from './fixture';

describe('inter-coder agreement on character units', () => {
  // a.md has 20 characters. Code X: ann codes [0,10), bob codes [5,15).
  // Patterns: ann only 5, both 5, bob only 5, neither 5  →  pₒ = 10/20 = 0.5,
  // p(ann) = p(bob) = 0.5, pₑ = 0.25 + 0.25 = 0.5, κ = 0.
  // α: o₁₁ = 10, o₀₀ = 10, o₁₀ = o₀₁ = 10, n = 40, n₀ = n₁ = 20 → α = 1 − 39·20/(2·20·20) = 0.025.
  const twoCoders = [seg('a.md', 0, 10, ['X'], 'ann'), seg('a.md', 5, 15, ['X'], 'bob')];

  it('matches the hand-computed figures for two coders', () => {
    const r = computeAgreement(twoCoders, { lengthOf });
    assert.deepEqual(r.coders, ['ann', 'bob']);
    assert.deepEqual(r.documents, ['a.md']);
    const x = r.codes.find((c) => c.tag === 'X')!;
    assert.equal(x.units, 20);
    assert.equal(x.agreement, 0.5);
    assert.ok(Math.abs(x.kappa) < 1e-12);
    assert.ok(Math.abs(x.alpha - 0.025) < 1e-12);
    assert.deepEqual(x.coded, [10, 10]);
  });

  it('pools every code into the overall figures and leaves out documents not shared', () => {
    // Code Y on a.md: both code [0,4) → 20 units, agree on all 20. b.md is coded by ann only.
    const segs = [...twoCoders, seg('a.md', 0, 4, ['Y'], 'ann'), seg('a.md', 0, 4, ['Y'], 'bob'), seg('b.md', 0, 5, ['X'], 'ann')];
    const r = computeAgreement(segs, { lengthOf });
    assert.deepEqual(r.documents, ['a.md']);
    const y = r.codes.find((c) => c.tag === 'Y')!;
    assert.equal(y.agreement, 1);
    assert.equal(y.kappa, 1);
    // Overall: 40 units; agree 10 + 20 = 30 → 0.75. Marginals: ann 14/40, bob 14/40.
    // pₑ = 0.35² + 0.65² = 0.545; κ = (0.75 − 0.545)/(0.455) = 0.450549…
    assert.equal(r.overall.units, 40);
    assert.equal(r.overall.agreement, 0.75);
    assert.ok(Math.abs(r.overall.kappa - 0.205 / 0.455) < 1e-12);
  });

  it('a code filter includes sub-codes and overlapping segments of one coder count once', () => {
    const segs = [seg('a.md', 0, 10, ['X/one'], 'ann'), seg('a.md', 2, 8, ['X/two'], 'ann'), seg('a.md', 0, 10, ['X'], 'bob')];
    const r = computeAgreement(segs, { lengthOf, code: 'X' });
    assert.deepEqual(r.codes.map((c) => c.tag), ['X']);
    assert.equal(r.codes[0].agreement, 1);
    assert.deepEqual(r.codes[0].coded, [10, 10]);
  });

  it('three coders: κ is undefined, α and pairwise agreement are computed', () => {
    // b.md (10 chars), code X: ann [0,10), bob [0,10), cat [0,5).
    // Pairwise agreement: chars 0–4 all agree (3 pairs), chars 5–9 one of 3 pairs → (15+5)/30 = 2/3.
    // α: units 0–4 all-1: o₁₁ += 3 each → 15; units 5–9 (1,1,0): o₁₁ += 1, o₁₀ = o₀₁ += 1 each.
    // o₁₁ = 20, o₁₀ = o₀₁ = 5, n = 30, n₁ = 25, n₀ = 5 → α = 1 − 29·10/(2·25·5) = −0.16.
    const segs = [seg('b.md', 0, 10, ['X'], 'ann'), seg('b.md', 0, 10, ['X'], 'bob'), seg('b.md', 0, 5, ['X'], 'cat')];
    const r = computeAgreement(segs, { lengthOf });
    const x = r.codes[0];
    assert.ok(Number.isNaN(x.kappa));
    assert.ok(Math.abs(x.agreement - 2 / 3) < 1e-12);
    assert.ok(Math.abs(x.alpha - -0.16) < 1e-12);
  });

  it('a chosen pair of coders ignores the others; an unknown text is reported', () => {
    const segs = [...twoCoders, seg('a.md', 0, 20, ['X'], 'cat'), seg('zz.md', 0, 3, ['X'], 'ann'), seg('zz.md', 0, 3, ['X'], 'bob')];
    const r = computeAgreement(segs, { lengthOf, coders: ['ann', 'bob'] });
    assert.equal(r.codes[0].agreement, 0.5);
    assert.deepEqual(r.missing, ['zz.md']);
  });

  it('differences list where some but not all coders coded, joined and in order', () => {
    const d = differences(twoCoders, 'a.md', ['ann', 'bob'], 20);
    assert.deepEqual(d, [
      { start: 0, end: 5, code: 'X', coders: ['ann'] },
      { start: 10, end: 15, code: 'X', coders: ['bob'] },
    ]);
  });
});
