/**
 * Text runs → visual lines. pdf.js reports runs in content-stream order, which for nearly
 * every producer is reading order; a new line starts where the baseline moves by more than
 * half a glyph or the pen jumps back to the left. Inside a line, spaces come from geometry:
 * a gap wider than a fraction of the font size is a space (or a table-cell gap when much
 * wider), a smaller one is kerning — which keeps words whole when a producer places each
 * glyph on its own — and no space ever separates two CJK glyphs.
 */
import type { Line, PdfMarkedContent, PdfTextItem, Run } from './types';
import { dropCjkSpaces, foldRadicals, isCjk } from './cjk';
import { SOFT_SPACE } from './softSpaces';

/** A gap of at least this many font sizes between runs reads as a space. */
const SPACE_GAP = 0.18;
/** A gap of at least this many font sizes separates table cells. */
const CELL_GAP = 1.6;

/** Place pdf.js items on a page of the given height, dropping empty and marker items. */
export function runsOf(items: ReadonlyArray<PdfTextItem | PdfMarkedContent>, pageHeight: number): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , d, e, f] = item.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || item.height || 1;
    runs.push({ text: foldRadicals(item.str), x: e, y: pageHeight - f, width: item.width, size, font: item.fontName });
  }
  return runs;
}

/** Group runs into lines and build each line's text. */
export function linesOf(runs: readonly Run[]): Line[] {
  const groups: Run[][] = [];
  let current: Run[] = [];
  for (const run of runs) {
    const last = current[current.length - 1];
    if (last && !sameLine(last, run, current)) {
      groups.push(current);
      current = [];
    }
    current.push(run);
  }
  if (current.length > 0) groups.push(current);
  return groups.map(buildLine).filter((l): l is Line => l !== undefined);
}

function sameLine(last: Run, run: Run, line: readonly Run[]): boolean {
  const size = Math.max(last.size, run.size);
  const baseline = line[0].y;
  // Superscripts and subscripts sit within about half a size of the baseline.
  if (Math.abs(run.y - baseline) > size * 0.55) return false;
  // The pen moved back to the left: a new line at (almost) the same height, as in columns.
  return run.x >= last.x + last.width - size * 1.5 || !run.text.trim() || !last.text.trim();
}

function buildLine(runs: Run[]): Line | undefined {
  const visible = runs.filter((r) => r.text.trim() !== '');
  if (visible.length === 0) return undefined;
  const size = dominant(visible.map((r) => [Math.round(r.size * 2) / 2, r.text.length]));
  const font = dominant(visible.map((r) => [r.font, r.text.length]));
  const cells: string[] = [];
  let cell = '';
  let prev: Run | undefined;
  for (const run of visible) {
    if (prev) {
      const gap = run.x - (prev.x + prev.width);
      const em = Math.max(size, 1);
      if (gap >= CELL_GAP * em) {
        cells.push(cell);
        cell = '';
      } else if (needsSpace(cell, run.text, gap, em)) cell += ' ';
    }
    let text = run.text;
    // A run that starts with a space although it sits right against the previous glyph:
    // producers that split words at hyphenation points do this. The space is tentative,
    // resolved against the document's vocabulary later (see `softSpaces.ts`).
    if (prev && /^\s+\p{L}/u.test(text) && /\p{L}$/u.test(cell) && run.x - (prev.x + prev.width) < SPACE_GAP * size * 0.5) {
      text = SOFT_SPACE + text.trimStart();
    }
    cell += cell === '' || /\s$/.test(cell) ? text.replace(/^\s+/, '') : text;
    prev = run;
  }
  cells.push(cell);
  const tidy = cells.map((c) => closeLetterSpacing(dropCjkSpaces(c.replace(/[^\S\ue000]+/g, ' ').trim()))).filter((c) => c !== '');
  if (tidy.length === 0) return undefined;
  const last = visible[visible.length - 1];
  return {
    runs: visible,
    text: tidy.join(' '),
    cells: tidy,
    x: visible[0].x,
    right: Math.max(...visible.map((r) => r.x + r.width), last.x + last.width),
    y: dominant(visible.map((r) => [Math.round(r.y * 2) / 2, r.text.length])),
    size,
    font,
  };
}

function needsSpace(before: string, after: string, gap: number, em: number): boolean {
  if (before === '' || /\s$/.test(before) || /^\s/.test(after)) return false;
  const a = before[before.length - 1];
  const b = after[0];
  if (isCjk(a) || isCjk(b)) return false;
  return gap >= SPACE_GAP * em;
}

/** The value carrying the most weight. */
export function dominant<T>(pairs: ReadonlyArray<[T, number]>): T {
  const weights = new Map<T, number>();
  for (const [v, w] of pairs) weights.set(v, (weights.get(v) ?? 0) + w);
  let best = pairs[0][0];
  let bestW = -1;
  for (const [v, w] of weights) if (w > bestW) [best, bestW] = [v, w];
  return best;
}

/** Letter-spaced capitals ("E X E C U T I V E  S U M M A R Y") closed up into words. */
export function closeLetterSpacing(text: string): string {
  if (!/(?:\b\p{Lu} ){3,}\p{Lu}\b/u.test(text)) return text;
  return text.replace(/(?:\b\p{Lu} ){3,}\p{Lu}\b/gu, (run) => run.replace(/ /g, ''));
}
