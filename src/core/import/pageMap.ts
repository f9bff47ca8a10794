/**
 * Page numbers of imported documents. The PDF importer writes `<!-- page N -->` at the start
 * of every page; a page map lists those markers by line so any position can be given its page.
 */

/** One page start: zero-based line of its marker and the page number. */
export interface PageStart {
  readonly line: number;
  readonly page: number;
}

const MARKER = /^<!--\s*page\s+(\d{1,5})\s*-->\s*$/;

/** The page markers of a text, in order; empty when it has none. */
export function pageMap(text: string): PageStart[] {
  const out: PageStart[] = [];
  if (!text.includes('<!--')) return out;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.charCodeAt(start) === 60 /* < */) {
      const m = MARKER.exec(text.slice(start, end).replace(/\r$/, ''));
      if (m) out.push({ line, page: Number(m[1]) });
    }
    start = end + 1;
    line++;
  }
  return out;
}

/** The page a zero-based line lies on, or undefined before the first marker / without markers. */
export function pageAtLine(map: readonly PageStart[], line: number): number | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid].line <= line) {
      found = map[mid].page;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** "p. 12" for a line on page 12, or undefined. */
export function pageLabel(map: readonly PageStart[], line: number): string | undefined {
  const page = pageAtLine(map, line);
  return page === undefined ? undefined : `p. ${page}`;
}
