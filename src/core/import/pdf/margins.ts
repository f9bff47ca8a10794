/**
 * Running headers, footers and page numbers: text that a printer or typesetter repeats in
 * the page margins. A margin line is dropped when the same text (digits masked, so "Page 7"
 * matches "Page 8" and a print timestamp matches itself) sits at about the same height on a
 * good share of the pages, or when it is nothing but a page number.
 */
import type { Line } from './types';

/** Share of the page height, from the top and from the bottom, that counts as margin. */
const MARGIN_SHARE = 0.14;
/** Baselines within this many points count as "the same place". */
const SAME_PLACE = 4;

/** A page's lines with the page's height. */
export interface PageLines {
  readonly height: number;
  readonly lines: readonly Line[];
}

const PAGE_NUMBER = [
  /^[-–—\s]*\d{1,4}[-–—\s]*$/,
  /^(page|p\.|pg\.?|seite|pagina|página)\s*\d{1,4}(\s*(of|\/|von|de)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(\/|of)\s*\d{1,4}$/i,
  /^[-–—\s]*[ivxlcdm]{1,7}[-–—\s]*$/i,
  /^(page|p\.)\s*[ivxlcdm]{1,7}$/i,
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
];

/** True when a line is only a page number ("12", "Page 3 of 9", "- iv -", "第 2 页"). */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

function key(text: string): string {
  return text.normalize('NFKC').replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase();
}

function inMargin(line: Line, height: number): boolean {
  return line.y < height * MARGIN_SHARE || line.y > height * (1 - MARGIN_SHARE);
}

/**
 * For every page, the indexes of its lines that are running headers, footers or page
 * numbers. Repetition needs at least two pages and half of them (a third when the document
 * is long, since chapters change their headers).
 */
export function marginLines(pages: readonly PageLines[]): Set<number>[] {
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  pages.forEach((p, page) => {
    const keys = new Set<string>();
    for (const line of p.lines) {
      if (!inMargin(line, p.height)) continue;
      const k = key(line.text);
      if (keys.has(k)) continue;
      keys.add(k);
      const list = seen.get(k) ?? [];
      list.push({ page, y: line.y });
      seen.set(k, list);
    }
  });
  const need = Math.max(2, Math.ceil(pages.length * (pages.length > 8 ? 0.3 : 0.5)));
  return pages.map((p, page) => {
    const drop = new Set<number>();
    p.lines.forEach((line, i) => {
      if (!inMargin(line, p.height)) return;
      if (isPageNumber(line.text) && isOutermost(p.lines, i, p.height)) {
        drop.add(i);
        return;
      }
      const hits = seen.get(key(line.text)) ?? [];
      const samePlace = hits.filter((h) => h.page !== page && Math.abs(h.y - line.y) <= SAME_PLACE).length + 1;
      if (pages.length >= 2 && samePlace >= need) drop.add(i);
    });
    return drop;
  });
}

/** No body line lies between this margin line and the page edge it is near. */
function isOutermost(lines: readonly Line[], i: number, height: number): boolean {
  const y = lines[i].y;
  const top = y < height / 2;
  return lines.every((l) => inMargin(l, height) || (top ? l.y > y : l.y < y));
}
