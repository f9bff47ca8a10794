/**
 * Where a run of lines without blank lines between them holds more than one passage: a
 * numbered item (`1.`, `(2)`, `（三）`, `四、`) starts a new one, and in a long run every line
 * that closes a sentence ends one. Web pages and reports often put one paragraph per line
 * with no blank line, and a researcher reads (and the Related view names) each on its own.
 */

/** A numbered item opening a line: `1.` `2)` `(3)` `（四）` `五、` `(a)`. */
const NUMBERED = /^(?:\d{1,3}[.)、．](?!\d)|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-z])[)）]|[一二三四五六七八九十]{1,3}、)\s*\S/u;

/** A line that ends a sentence (closing quotes and brackets aside). */
const SENTENCE_END = /[。！？!?；;.…]["”’」』)）]*$/u;

/** A run is long when it has at least this many lines or characters. */
const LONG_LINES = 4;
const LONG_CHARS = 400;
/** A line this short that ends a sentence is likely hard-wrapped prose, not a paragraph. */
const MIN_LINE = 30;

/** Whether a trimmed line opens a numbered item. */
export function isNumberedItem(line: string): boolean {
  return NUMBERED.test(line);
}

/**
 * Indexes of the lines (of a run of trimmed, non-blank lines) that start a new passage,
 * always beginning with 0.
 */
export function passageStarts(lines: readonly string[]): number[] {
  const starts = [0];
  if (lines.length < 2) return starts;
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const long = lines.length >= LONG_LINES || chars >= LONG_CHARS;
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1];
    const ends = long && prev.length >= MIN_LINE && SENTENCE_END.test(prev);
    if (isNumberedItem(lines[k]) || ends) starts.push(k);
  }
  return starts;
}

/**
 * A markdown paragraph's passages: when its plain text has exactly one line per source line
 * (soft line breaks, no markup spanning lines), the lines split as a run does; otherwise the
 * paragraph stays whole. `source` is the paragraph's source text starting at `offset`.
 */
export function paragraphPieces(source: string, offset: number, body: string): { start: number; end: number; text: string }[] | undefined {
  const bodyLines = body.split('\n').map((l) => l.trim());
  if (bodyLines.length < 2) return undefined;
  const spans: { start: number; end: number }[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(source); m && m[0] !== ''; m = re.exec(source)) {
    const line = m[0].replace(/(?:\r\n|\r|\n)$/, '');
    const lead = line.length - line.trimStart().length;
    const core = line.trimEnd().replace(/\\$/, '').trimEnd();
    if (core.trim() === '') continue;
    spans.push({ start: offset + m.index + lead, end: offset + m.index + core.length });
  }
  if (spans.length !== bodyLines.length) return undefined;
  const starts = passageStarts(bodyLines);
  if (starts.length < 2) return undefined;
  return starts.map((first, k) => {
    const last = (starts[k + 1] ?? bodyLines.length) - 1;
    return { start: spans[first].start, end: spans[last].end, text: bodyLines.slice(first, last + 1).join('\n') };
  });
}
