/**
 * Document-wide measures the block builder compares each line against: the body text's
 * size, font and line spacing, taken from the lines carrying most characters.
 */
import type { Line } from './types';
import { dominant } from './lines';

/** What body text looks like in this document. */
export interface BodyStyle {
  readonly size: number;
  /** The body font, or undefined when fonts say nothing (one font per glyph, as browsers print). */
  readonly font?: string;
  /** Typical distance between consecutive body baselines. */
  readonly leading: number;
}

/** Measure body size, font and leading over all pages' lines. */
export function bodyStyle(pages: ReadonlyArray<readonly Line[]>): BodyStyle {
  const all = pages.flat();
  if (all.length === 0) return { size: 10, leading: 12 };
  // Weighted by letters, so dot leaders and rules of a table of contents do not count.
  const size = dominant(all.map((l) => [l.size, letters(l.text)]));
  const body = all.filter((l) => Math.abs(l.size - size) < 0.6);
  const fontChars = new Map<string, number>();
  let total = 0;
  for (const l of body) for (const r of l.runs) {
    fontChars.set(r.font, (fontChars.get(r.font) ?? 0) + letters(r.text));
    total += letters(r.text);
  }
  const [font, chars] = [...fontChars].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i].y - lines[i - 1].y;
      if (Math.abs(lines[i].size - size) < 0.6 && Math.abs(lines[i - 1].size - size) < 0.6 && d > size * 0.8 && d < size * 2.2) gaps.push(d);
    }
  }
  gaps.sort((a, b) => a - b);
  const leading = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : size * 1.2;
  return { size, leading, font: chars > total * 0.35 ? font : undefined };
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
