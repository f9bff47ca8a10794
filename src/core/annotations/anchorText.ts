/**
 * A document text prepared for re-anchoring many annotations at once: its hash, and (built
 * only when a fuzzy search needs them) the NFKC + lower-case matching form and a trigram
 * index over it. One preparation serves every annotation of the document; everything is
 * computed on first use.
 */
import { normalizeForMatch, toNormalizedOffset, type NormalizedText } from '../text/normalize';
import { hashText } from './ids';

/** Gram length of the seed index. */
export const GRAM = 3;

/** Text plus lazily built search structures; see {@link prepareText}. */
export class AnchorText {
  private hashed?: string;
  private normalized?: NormalizedText;
  private heads?: Int32Array;
  private chain?: Int32Array;

  constructor(readonly text: string) {}

  /** {@link hashText} of the text, computed on first use (a window searched locally never needs it). */
  get hash(): string {
    return (this.hashed ??= hashText(this.text));
  }

  /** Matching form with its map back to original offsets. */
  get norm(): NormalizedText {
    return (this.normalized ??= normalizeForMatch(this.text));
  }

  /**
   * Positions in the matching form where `gram` (GRAM units of matching form) starts, highest
   * first; stops after `limit` hits and returns undefined then, since a gram that common says
   * nothing about where a passage went.
   */
  gramPositions(gram: string, limit: number): number[] | undefined {
    if (!this.heads) this.buildIndex();
    const t = this.norm.text;
    const out: number[] = [];
    for (let p = this.heads![gramHash(gram, 0) & (this.heads!.length - 1)]; p >= 0; p = this.chain![p]) {
      if (t.startsWith(gram, p)) {
        if (out.length >= limit) return undefined;
        out.push(p);
      }
    }
    return out;
  }

  private buildIndex(): void {
    const t = this.norm.text;
    const n = Math.max(0, t.length - GRAM + 1);
    let size = 1024;
    while (size < n * 2) size *= 2;
    const heads = new Int32Array(size).fill(-1);
    const chain = new Int32Array(Math.max(n, 1));
    for (let i = 0; i < n; i++) {
      const h = gramHash(t, i) & (size - 1);
      chain[i] = heads[h];
      heads[h] = i;
    }
    this.heads = heads;
    this.chain = chain;
  }
}

function gramHash(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ s.charCodeAt(at + k), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

let last: AnchorText | undefined;

/** Prepare `text` for re-anchoring; the last preparation is reused when called again with the same text. */
export function prepareText(text: string): AnchorText {
  if (last && last.text === text) return last;
  last = new AnchorText(text);
  return last;
}

export { toNormalizedOffset };
