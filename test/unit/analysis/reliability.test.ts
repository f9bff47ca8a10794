import { strict as assert } from 'node:assert';
import { cohensKappa, krippendorffAlphaNominal, percentAgreement, type WeightedUnit } from '../../../src/core/analysis/reliability';

/** Columns of a reliability data table (one array per coder, `null` = missing) as units. */
function unitsOf(rows: readonly (readonly (number | null)[])[]): WeightedUnit<number>[] {
  return rows[0].map((_, u) => ({ values: rows.map((r) => r[u] ?? undefined), weight: 1 }));
}

const close = (actual: number, expected: number, digits = 3): void =>
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${actual} is not ${expected} to ${digits} places`);

describe('reliability coefficients against published worked examples', () => {
  it("Krippendorff's nominal example with four observers and missing data gives α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
    // 4 observers × 12 units, values 1–5, blanks missing; nominal α = 0.743.
    const _ = null;
    const data = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    close(krippendorffAlphaNominal(unitsOf(data)), 0.743);
  });

  it("Krippendorff's binary two-observer example gives α = 0.095", () => {
    // Same paper, section A: two observers, ten units, no missing data.
    const data = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    close(krippendorffAlphaNominal(unitsOf(data)), 0.095);
  });

  it("Cohen's κ on the textbook 2×2 table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no) is 0.4", () => {
    // pₒ = 35/50 = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5 (a sum of products); κ = 0.2/0.5 = 0.4.
    const units: WeightedUnit<string>[] = [
      { values: ['yes', 'yes'], weight: 20 },
      { values: ['yes', 'no'], weight: 5 },
      { values: ['no', 'yes'], weight: 10 },
      { values: ['no', 'no'], weight: 15 },
    ];
    close(cohensKappa(units), 0.4, 6);
    close(percentAgreement(units), 0.7, 6);
    // With a product instead of a sum of the chance terms, pₑ would be 0.06 and κ 0.68.
    assert.ok(Math.abs(cohensKappa(units) - 0.68) > 0.1);
  });

  it('weighted units equal the same units repeated', () => {
    const repeated = [...Array(3).fill({ values: [1, 0], weight: 1 }), ...Array(5).fill({ values: [1, 1], weight: 1 }), ...Array(2).fill({ values: [0, 0], weight: 1 })];
    const weighted = [{ values: [1, 0], weight: 3 }, { values: [1, 1], weight: 5 }, { values: [0, 0], weight: 2 }];
    for (const f of [percentAgreement, cohensKappa, krippendorffAlphaNominal]) close(f(weighted), f(repeated), 9);
  });

  it('perfect agreement is 1, no data is NaN, units with one value drop out of α', () => {
    const perfect = [{ values: [1, 1], weight: 4 }, { values: [0, 0], weight: 6 }];
    assert.equal(cohensKappa(perfect), 1);
    assert.equal(krippendorffAlphaNominal(perfect), 1);
    assert.equal(percentAgreement(perfect), 1);
    assert.ok(Number.isNaN(cohensKappa([])));
    assert.ok(Number.isNaN(krippendorffAlphaNominal([{ values: [1, undefined], weight: 9 }])));
  });
});
