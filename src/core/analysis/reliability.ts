/**
 * Reliability coefficients for nominal data: percent agreement, Cohen's kappa and
 * Krippendorff's alpha. They work on weighted units so that a million characters with the
 * same coding pattern are one entry, not a million.
 *
 * Definitions (checked in the unit tests against published worked examples):
 * - percent agreement: the share of pairable coder pairs, over all units, that assign the same
 *   value (for two coders, the share of units on which they agree);
 * - Cohen's κ = (pₒ − pₑ) / (1 − pₑ), with pₑ = Σ_v p₁(v)·p₂(v) — a SUM over values of the
 *   products of the two coders' marginal shares;
 * - Krippendorff's α = 1 − Dₒ/Dₑ from the coincidence matrix: α = 1 − (n − 1)·Σ_{c≠k} o_ck /
 *   Σ_{c≠k} n_c·n_k, where units with fewer than two values are not pairable and drop out.
 */

/** A unit (or many identical units): the value each coder gave (`undefined` = missing). */
export interface WeightedUnit<V> {
  readonly values: readonly (V | undefined)[];
  /** How many identical units this entry stands for. */
  readonly weight: number;
}

/** Share of agreeing coder pairs among all pairable pairs; NaN when nothing is pairable. */
export function percentAgreement<V>(units: readonly WeightedUnit<V>[]): number {
  let agree = 0;
  let pairs = 0;
  for (const u of units) {
    const vs = u.values.filter((v): v is V => v !== undefined);
    for (let i = 0; i < vs.length; i++) for (let j = i + 1; j < vs.length; j++) {
      pairs += u.weight;
      if (vs[i] === vs[j]) agree += u.weight;
    }
  }
  return pairs === 0 ? NaN : agree / pairs;
}

/**
 * Cohen's κ for two coders (`values[0]`, `values[1]`); units where either value is missing are
 * left out. NaN when there are no units; 1 when both coders give the same single value
 * everywhere (then pₑ = pₒ = 1 and the ratio is undefined, but they agree perfectly).
 */
export function cohensKappa<V>(units: readonly WeightedUnit<V>[]): number {
  let n = 0;
  let same = 0;
  const first = new Map<V, number>();
  const second = new Map<V, number>();
  for (const u of units) {
    const [a, b] = u.values;
    if (a === undefined || b === undefined) continue;
    n += u.weight;
    if (a === b) same += u.weight;
    first.set(a, (first.get(a) ?? 0) + u.weight);
    second.set(b, (second.get(b) ?? 0) + u.weight);
  }
  if (n === 0) return NaN;
  const po = same / n;
  let pe = 0;
  for (const [v, c] of first) pe += (c / n) * ((second.get(v) ?? 0) / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/**
 * Krippendorff's α for nominal data, any number of coders, missing values allowed. NaN when
 * fewer than two pairable values exist; 1 when every pairable value is the same (no
 * variation: Dₑ = 0 and nothing disagrees).
 */
export function krippendorffAlphaNominal<V>(units: readonly WeightedUnit<V>[]): number {
  const coincidences = new Map<V, Map<V, number>>();
  const add = (c: V, k: V, w: number): void => {
    const row = coincidences.get(c) ?? new Map<V, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidences.set(c, row);
  };
  for (const u of units) {
    const counts = new Map<V, number>();
    let m = 0;
    for (const v of u.values) if (v !== undefined) { counts.set(v, (counts.get(v) ?? 0) + 1); m++; }
    if (m < 2) continue;
    for (const [c, nc] of counts) for (const [k, nk] of counts) {
      const pairs = c === k ? nc * (nc - 1) : nc * nk;
      if (pairs > 0) add(c, k, (u.weight * pairs) / (m - 1));
    }
  }
  const marginal = new Map<V, number>();
  let n = 0;
  let disagree = 0;
  for (const [c, row] of coincidences) for (const [k, o] of row) {
    marginal.set(c, (marginal.get(c) ?? 0) + o);
    n += o;
    if (c !== k) disagree += o;
  }
  if (n < 2) return NaN;
  let expected = 0;
  for (const nc of marginal.values()) expected += nc * (n - nc);
  if (expected === 0) return 1;
  return 1 - ((n - 1) * disagree) / expected;
}
