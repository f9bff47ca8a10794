/**
 * Closing and signature lines: the issuing body over the date at the end of an order or a
 * notice ("THE WHITE HOUSE," / "January 23, 2025."; "国家互联网信息办公室" / "2023年7月10日"),
 * a signed name followed by the office. A body named there signed the text.
 */
import type { EvidenceContext, EvidenceItem, TextLine } from './types';
import { issuerItem } from './resolve';
import { enOrgName, isAllCaps, titleCase, zhOrgName } from './orgNames';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LINE = new RegExp(`^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})[.。]?$`, 'i');

/** A closing line that ends with its date: "THE WHITE HOUSE, January 23, 2025." */
const DATED_LINE = new RegExp(`^(.*?)[,，]?\\s*((?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4}\\.?)$`, 'i');

/** Whether a (clean) line is nothing but a date. */
export function isDateLine(s: string): boolean {
  return DATE_LINE.test(s.trim());
}

/** Evidence from the last lines: a body's name standing over or beside the closing date. */
export function signatureEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const tail = ctx.tail;
  for (let i = 0; i < tail.length; i++) {
    const here = tail[i];
    const next: TextLine | undefined = tail[i + 1];
    const [name, dateOnLine] = signedName(here.text);
    if (!name) continue;
    const dated = dateOnLine || (next !== undefined && isDateLine(next.text)) || stackedOverDate(tail, i);
    if (!dated) continue;
    out.push(issuerItem(ctx.kb, name, 'signature', 8, here.text, here.line));
  }
  return out;
}

/** The body a closing line names, and whether the date stands on the same line ("THE WHITE HOUSE, January 23, 2025."). */
function signedName(line: string): [string | undefined, boolean] {
  const m = DATED_LINE.exec(line);
  const body = (m ? m[1] : line).replace(/[,，.。]$/, '').trim();
  if (!body || body.length > 80) return [undefined, false];
  if (/[\u4e00-\u9fff]/.test(body)) return [zhOrgName(body), false];
  if (isAllCaps(body) && body.split(/\s+/).length <= 10) {
    const words = titleCase(body);
    // An all-caps closing line is the signing body or office ("THE WHITE HOUSE"); a bare
    // personal name (two or three words, no organisational word) is a signature, not a body.
    return [enOrgName(words) ?? (/\b(?:house|office|palace|hall|chancellery)\b/i.test(words) ? words.replace(/^the\s+/i, 'The ') : undefined), !!m];
  }
  return [enOrgName(body), !!m];
}

/** Several bodies stacked over one date ("A\nB\n2023年7月10日"). */
function stackedOverDate(tail: readonly TextLine[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tail.length, i + 4); k++) {
    if (isDateLine(tail[k].text)) return true;
    if (!signedName(tail[k].text)[0]) return false;
  }
  return false;
}
