/**
 * Inter-coder agreement on character units, as QualCoder and ATLAS.ti compute it: for every
 * code, every character of every document the coders share is a unit, and each coder's value
 * for it is "coded" or "not coded". Characters are counted by coding pattern (which coders
 * coded them), so the cost grows with the number of segments, not of characters.
 */
import { cohensKappa, krippendorffAlphaNominal, percentAgreement, type WeightedUnit } from './reliability';
import { hasCode, type Segment } from './segments';
import { sweep, unionOf, type Interval } from './intervals';

/** What to compare. */
export interface AgreementOptions {
  /** Coders to compare; default every coder found in the segments, sorted. */
  readonly coders?: readonly string[];
  /** Only this code (sub-codes included); default every code used, each on its own. */
  readonly code?: string;
  /** Length in UTF-16 units of a document's current text; undefined leaves it out (reported). */
  readonly lengthOf: (path: string) => number | undefined;
}

/** Coefficients for one code, or pooled over all codes. NaN where undefined (e.g. κ for 3 coders). */
export interface AgreementFigures {
  /** Share of agreeing coder pairs over all characters, 0–1. */
  readonly agreement: number;
  /** Cohen's κ; only for exactly two coders. */
  readonly kappa: number;
  /** Krippendorff's α, nominal. */
  readonly alpha: number;
  /** Number of character units. */
  readonly units: number;
  /** Characters each coder coded, in coder order. */
  readonly coded: readonly number[];
}

/** The result: per code, overall (all codes pooled), and what was compared. */
export interface AgreementReport {
  readonly coders: readonly string[];
  /** Documents every coder coded at least once: the shared units' home. */
  readonly documents: readonly string[];
  /** Documents skipped because their text is unknown. */
  readonly missing: readonly string[];
  readonly codes: readonly (AgreementFigures & { readonly tag: string })[];
  readonly overall: AgreementFigures;
}

/** Counts of characters per coding pattern (bit i set = coder i coded it). */
type PatternCounts = Map<number, number>;

function figures(counts: PatternCounts, coderCount: number): AgreementFigures {
  const units: WeightedUnit<number>[] = [];
  const coded = new Array<number>(coderCount).fill(0);
  let total = 0;
  for (const [mask, weight] of counts) {
    units.push({ values: Array.from({ length: coderCount }, (_, i) => ((mask >> i) & 1)), weight });
    for (let i = 0; i < coderCount; i++) if ((mask >> i) & 1) coded[i] += weight;
    total += weight;
  }
  return {
    agreement: percentAgreement(units),
    kappa: coderCount === 2 ? cohensKappa(units) : NaN,
    alpha: krippendorffAlphaNominal(units),
    units: total,
    coded,
  };
}

/** Agreement between coders per code and overall; see the file comment for the units. */
export function computeAgreement(segments: readonly Segment[], options: AgreementOptions): AgreementReport {
  const coders = options.coders ? [...options.coders] : [...new Set(segments.map((s) => s.coder))].sort();
  if (coders.length > 30) throw new Error('agreement: at most 30 coders can be compared at once');
  const index = new Map(coders.map((c, i) => [c, i]));
  const mine = segments.filter((s) => index.has(s.coder));
  const byDoc = new Map<string, Set<string>>();
  for (const s of mine) (byDoc.get(s.path) ?? byDoc.set(s.path, new Set()).get(s.path)!).add(s.coder);
  const shared = [...byDoc.entries()].filter(([, who]) => who.size === coders.length).map(([p]) => p).sort();
  const missing = shared.filter((p) => options.lengthOf(p) === undefined);
  const documents = shared.filter((p) => options.lengthOf(p) !== undefined);
  const codes = options.code !== undefined ? [options.code] : [...new Set(mine.flatMap((s) => s.tags))].sort();
  // code → document → segments, so each code only visits its own segments.
  const grouped = new Map<string, Map<string, Segment[]>>(codes.map((c) => [c, new Map()]));
  const docSet = new Set(documents);
  for (const s of mine) {
    if (!docSet.has(s.path)) continue;
    const own = options.code !== undefined ? (hasCode(s, options.code) ? [options.code] : []) : s.tags;
    for (const tag of new Set(own)) {
      const perDoc = grouped.get(tag)!;
      (perDoc.get(s.path) ?? perDoc.set(s.path, []).get(s.path)!).push(s);
    }
  }
  const overall: PatternCounts = new Map();
  const rows = codes.map((tag) => {
    const counts: PatternCounts = new Map();
    for (const path of documents) {
      const length = options.lengthOf(path)!;
      const sets: Interval[][] = coders.map(() => []);
      for (const s of grouped.get(tag)!.get(path) ?? []) sets[index.get(s.coder)!].push(s);
      const unions = sets.map((set) => unionOf(set, length));
      // Nobody coded this code here: every character agrees on "not coded".
      if (unions.every((u) => u.length === 0)) {
        counts.set(0, (counts.get(0) ?? 0) + length);
        continue;
      }
      sweep(length, unions, (width, inside) => {
        let mask = 0;
        for (let i = 0; i < inside.length; i++) if (inside[i]) mask |= 1 << i;
        counts.set(mask, (counts.get(mask) ?? 0) + width);
      });
    }
    for (const [m, w] of counts) overall.set(m, (overall.get(m) ?? 0) + w);
    return { tag, ...figures(counts, coders.length) };
  });
  return { coders, documents, missing, codes: rows, overall: figures(overall, coders.length) };
}
