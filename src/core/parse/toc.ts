/**
 * A table of contents in plain text (`目录` followed by entries ending in a page number) is
 * one span, not a run of headings that would duplicate the real ones.
 */

const HEADER = /^(?:目\s*录|contents|table of contents)\s*$/i;
/** A page number (1–4 digits) at the end of a line. */
const PAGE = /\d{1,4}\s*$/;
const LEADERS = ['...', '……', '···', '---'];

/**
 * An entry ends in a page number after a tab, dot leaders or a wide gap. Checked from the end
 * of the line, in time linear in its length (an unanchored pattern with a whitespace run in it
 * costs quadratic time on a line with long runs of spaces).
 */
const ENTRY = {
  test(line: string): boolean {
    const page = PAGE.exec(line);
    if (!page) return false;
    let end = page.index;
    let spaces = 0;
    let tab = false;
    while (end > 0 && /\s/.test(line[end - 1])) {
      if (line[end - 1] === '\t') tab = true;
      spaces++;
      end--;
    }
    if (tab || spaces >= 2) return true;
    const head = line.slice(Math.max(0, end - 3), end);
    return LEADERS.some((l) => head.endsWith(l));
  },
};
const RULE = /^[-—_\t ]+$/;

/** Inclusive line range of a table of contents, or undefined. */
export function findToc(lines: readonly string[]): { first: number; last: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (HEADER.test(t)) {
      const last = scanEntries(lines, i + 1);
      if (last !== undefined) return { first: i, last };
    } else if (ENTRY.test(lines[i])) {
      const last = scanEntries(lines, i);
      if (last !== undefined && countEntries(lines, i, last) >= 4) return { first: i, last };
    }
  }
  return undefined;
}

/** Last entry line of a run starting at `from`; up to three stray lines between entries. */
function scanEntries(lines: readonly string[], from: number): number | undefined {
  let last: number | undefined;
  let stray = 0;
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.trim();
    if (t === '') continue;
    if (ENTRY.test(raw) || RULE.test(t)) {
      if (ENTRY.test(raw)) last = i;
      stray = 0;
      continue;
    }
    if (t.length > 60 || ++stray > 3) break;
  }
  return last !== undefined && countEntries(lines, from, last) >= 2 ? last : undefined;
}

function countEntries(lines: readonly string[], first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) if (ENTRY.test(lines[i])) n++;
  return n;
}
