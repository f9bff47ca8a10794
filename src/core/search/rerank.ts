/**
 * Second stage: fuzzy similarity between each query term and short strings only. A window
 * label is cut into its words (long CJK runs into overlapping pieces a little longer than
 * the term), pieces shared by several labels are compared once, and fuse.js scores each
 * piece against the term. A label's score for a term is its best piece; a term found
 * verbatim scores 1 without fuse. Averaging over terms rewards labels that match every
 * term of a mixed query such as `悟道 FastMoE`.
 */
import Fuse from 'fuse.js';

const options = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  isCaseSensitive: true, // inputs are already folded (NFKC + lower case)
  shouldSort: false,
  minMatchCharLength: 1,
  ignoreFieldNorm: true,
};

/**
 * Pieces of `label` that could hold a fuzzy match of a term of `len` characters: each
 * whitespace-separated word, and for words much longer than the term, overlapping slices
 * of `len + 3` characters every 2 characters (any match up to `len + 1` long lies inside one).
 */
export function piecesOf(label: string, len: number): string[] {
  const out: string[] = [];
  for (const word of label.split(/\s+/)) {
    if (word.length === 0) continue;
    if (word.length <= len + 4) { out.push(word); continue; }
    for (let at = 0; at + len + 1 <= word.length + 1; at += 2) out.push(word.slice(at, at + len + 3));
  }
  return out;
}

function bigrams(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= term.length; i++) out.add(term.slice(i, i + 2));
  return [...out];
}

/** Whether `s` holds `term` with exactly one extra character somewhere inside it. */
export function hasWithOneInserted(s: string, term: string): boolean {
  // The insertion splits the term once: either its first pair or all of it but the first
  // character is still there verbatim (cheap test that rejects most labels).
  if (!s.includes(term.slice(0, 2)) && !s.includes(term.slice(1))) return false;
  for (let cut = 1; cut < term.length; cut++) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    for (let at = s.indexOf(head); at >= 0; at = s.indexOf(head, at + 1)) {
      if (s.startsWith(tail, at + cut + 1)) return true;
    }
  }
  return false;
}

/** Similarity from which a term counts as found in a label (for `strong`). */
export const STRONG = 0.8;

/**
 * For each folded string, the mean over query terms of its similarity to the term
 * (1 verbatim, else the better of 1 − fuse's best piece score and the one-inserted-character
 * score, 0 when nothing matches), in `[0, 1]`. `strong`, when given, receives per string
 * the number of terms found (verbatim or with similarity ≥ `STRONG`).
 */
export function termSimilarity(folded: readonly string[], terms: readonly string[], strong?: Uint8Array): Float64Array {
  const out = new Float64Array(folded.length);
  if (terms.length === 0 || folded.length === 0) return out;
  for (const term of terms) {
    const owners = new Map<string, number[]>();
    // Fuse's threshold allows no error in a term of one or two characters: verbatim only.
    const fuzzy = term.length >= 3;
    const pairs = fuzzy ? bigrams(term) : [];
    const minLen = Math.ceil(term.length * 0.6);
    const best = new Map<number, number>();
    const gapped = 1 - 1 / (term.length + 1);
    folded.forEach((s, i) => {
      if (s.includes(term)) { out[i] += 1; if (strong) strong[i]++; return; }
      if (!fuzzy) return;
      // The term with one character dropped (the label has one more): as close as fuse's
      // one-edit matches, and a little closer, since every typed character is there in
      // order; this tells 瑄翊淼琰 from 瑄翊力 for a query 瑄翊琰.
      if (hasWithOneInserted(s, term)) best.set(i, gapped);
      for (const piece of piecesOf(s, term.length)) {
        // A piece that shares no character pair with the term cannot be a near miss.
        if (piece.length < minLen || !pairs.some((p) => piece.includes(p))) continue;
        const list = owners.get(piece);
        if (!list) owners.set(piece, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    if (owners.size > 0) {
      const pieces = [...owners.keys()];
      for (const r of new Fuse(pieces, options).search(term)) {
        const sim = 1 - (r.score ?? 1);
        for (const i of owners.get(pieces[r.refIndex])!) best.set(i, Math.max(best.get(i) ?? 0, sim));
      }
    }
    for (const [i, sim] of best) {
      out[i] += sim;
      if (strong && sim >= STRONG) strong[i]++;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] /= terms.length;
  return out;
}
