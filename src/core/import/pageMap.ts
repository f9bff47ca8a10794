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
  return lastAtOrBefore(map, (s) => s.line, line)?.page;
}

/** The last entry of `sorted` whose key is at most `value` (binary search). */
function lastAtOrBefore<T>(sorted: readonly T[], key: (item: T) => number, value: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= value) {
      found = sorted[mid];
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

/**
 * A function giving the page of an offset in `text` (undefined before the first marker or
 * when the text has none), for exports that know a document's text but not its lines.
 */
export function pageFinder(text: string): (offset: number) => number | undefined {
  const starts: Array<{ offset: number; page: number }> = [];
  const re = /^<!--\s*page\s+(\d{1,5})\s*-->[ \t]*\r?$/gm;
  if (text.includes('<!--')) for (let m = re.exec(text); m; m = re.exec(text)) starts.push({ offset: m.index, page: Number(m[1]) });
  return (offset) => lastAtOrBefore(starts, (s) => s.offset, offset)?.page;
}

const finders = new WeakMap<object, (offset: number) => number | undefined>();

/** Page of an offset in a document's text, cached per `owner` (e.g. the document's line index). */
export function pageOfOffset(owner: object, text: string, offset: number): number | undefined {
  let find = finders.get(owner);
  if (!find) {
    find = pageFinder(text);
    finders.set(owner, find);
  }
  return find(offset);
}
