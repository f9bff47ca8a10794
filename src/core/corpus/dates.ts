/**
 * Finding a document's date: the publication date a reader would cite, not every date the
 * text mentions. Front matter first, then a labelled date (`发布时间:…`, `Date: …`), then a
 * byline near the top, then a date stated in the opening sentences; failing all of those, a
 * single year in the title or the first lines (`2021 年技术趋势简报`) dates it to that year.
 */

/** An inferred date (`yyyy-mm-dd` or `yyyy`) and where it came from. */
export interface DateFinding {
  readonly date: string;
  readonly provenance: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Numeric dates: 2020-12-30, 2024/4/4, 2020.04.03, 2020年10月14日. */
const NUMERIC = /(?<![\d])((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?![\d])\s*日?/g;
/** English dates: Dec 4, 2021 / December 4 2021 / 4 December 2021 / Wed, 02 Jun 2021. */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+((?:19|20)\\d{2})\\b`, 'gi');
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, 'gi');
const LABEL = /(?:发布时间|发布日期|发表时间|发表日期|发布于|日期|时间|published(?: on)?|posted(?: on)?|date|updated)\s*[:：]?\s*$/i;
const BYLINE = /(?:作者|来源|编辑|责编|记者|\bby\b|\bauthor\b|\bsource\b)/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `yyyy-mm-dd` when the parts make a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Every full date in `text` with its offset, in order of appearance. */
export function findDates(text: string): Array<{ index: number; date: string }> {
  const out: Array<{ index: number; date: string }> = [];
  const push = (index: number, date: string | undefined): void => {
    if (date) out.push({ index, date });
  };
  for (const m of text.matchAll(NUMERIC)) push(m.index!, isoDate(+m[1], +m[2], +m[3]));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(m.index!, isoDate(+m[3], monthIndex(m[1]), +m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(m.index!, isoDate(+m[3], monthIndex(m[2]), +m[1]));
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Normalise a front-matter date value (`2021-06-02`, `2021`, a YAML Date, or an RFC 2822
 * string such as `Wed, 02 Jun 2021 09:04:00 GMT`) to `yyyy-mm-dd` / `yyyy`.
 */
export function dateFromValue(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number' && value >= 1900 && value <= 2100 && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^(?:19|20)\d{2}$/.test(s)) return s;
  const found = findDates(s)[0];
  if (found) return found.date;
  const ms = Date.parse(s);
  if (!Number.isNaN(ms)) {
    const d = new Date(ms);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return undefined;
}

/** How far into the text a publication date may sit (site chrome can be long). */
const HEAD = 3000;

/** Infer a publication date from the text alone; undefined when nothing convincing. */
export function inferDateFromText(text: string): DateFinding | undefined {
  const head = text.slice(0, HEAD);
  const dates = findDates(head);
  for (const d of dates) {
    const lineStart = head.lastIndexOf('\n', d.index - 1) + 1;
    const before = head.slice(lineStart, d.index);
    const label = LABEL.exec(before);
    if (label) return { date: d.date, provenance: `labelled "${label[0].replace(/[\s:：]+$/, '')}" on line ${lineNumber(head, d.index)}` };
  }
  for (const d of dates) {
    const line = lineAt(head, d.index);
    if (line.length <= 120 && BYLINE.test(line)) return { date: d.date, provenance: `byline on line ${lineNumber(head, d.index)}` };
  }
  const opening = head.slice(0, 1200);
  const early = dates.find((d) => d.index < 600);
  if (early) return { date: early.date, provenance: `date near the top, line ${lineNumber(head, early.index)}` };
  return monthDayWithYear(opening, head);
}

/** A year on its own: four digits not inside a longer number. */
const YEAR = /(?<![\d.])((?:19[5-9]|20[0-3])\d)(?![\d.])/g;
/** A year written as such in Chinese: `2021年`, `2021 年`. */
const ZH_YEAR = /(?<![\d.])((?:19|20)\d{2})\s*年/g;
/** How many non-empty opening lines may state the year. */
const YEAR_LINES = 5;

/**
 * The year of a document without a full date: the one year its title names, else the one
 * `yyyy年` in its first lines. Two different years (a review of 2020 with trends for 2021)
 * give nothing, since either could be the publication year.
 */
export function inferYear(title: string | undefined, text: string): DateFinding | undefined {
  const inTitle = title ? single(title.matchAll(YEAR)) : undefined;
  if (inTitle) return { date: inTitle, provenance: 'year in the title' };
  let seen = 0;
  const lines = text.slice(0, HEAD).split('\n');
  for (let i = 0; i < lines.length && seen < YEAR_LINES; i++) {
    if (!lines[i].trim()) continue;
    seen++;
    const year = single(lines[i].matchAll(ZH_YEAR));
    if (year) return { date: year, provenance: `year on line ${i + 1}` };
    if (lines[i].search(ZH_YEAR) >= 0) return undefined; // several years: ambiguous
  }
  return undefined;
}

/** The value of the only distinct first group among the matches, else undefined. */
function single(matches: Iterable<RegExpMatchArray>): string | undefined {
  const values = new Set([...matches].map((m) => m[1]));
  return values.size === 1 ? [...values][0] : undefined;
}

/** "held the 2021 forum on Dec 4": a month and day, with the year elsewhere in the sentence. */
function monthDayWithYear(opening: string, head: string): DateFinding | undefined {
  for (const m of opening.matchAll(MONTH_DAY)) {
    const sentenceStart = Math.max(opening.lastIndexOf('.', m.index!), opening.lastIndexOf('\n', m.index!)) + 1;
    const rest = opening.slice(m.index!);
    const endRel = rest.search(/[.\n]/);
    const sentence = opening.slice(sentenceStart, m.index! + (endRel < 0 ? rest.length : endRel));
    const years = [...new Set(sentence.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
    if (years.length !== 1) continue;
    const date = isoDate(+years[0], monthIndex(m[1]), +m[2]);
    if (date) return { date, provenance: `"${m[0].trim()}" with the year ${years[0]} in the same sentence, line ${lineNumber(head, m.index!)}` };
  }
  return undefined;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

function lineNumber(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
