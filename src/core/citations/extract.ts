/**
 * Extraction: every citation of another instrument in a text, in order, without overlaps.
 * Pure and independent of the corpus — whether a citation names a document of the corpus
 * is decided later, by resolution.
 */
import { extractActs } from './acts';
import { withEnglishArticle } from './articles';
import { extractChineseTitles } from './chineseTitles';
import { extractNumbered } from './numbered';
import { extractShortNameArticles } from './shortNames';
import { extractShortForms } from './shortForms';
import type { Citation } from './types';

/** Lower wins an overlap: a 《》 title over the number inside it, a number over an act name. */
const PRIORITY: Readonly<Record<Citation['kind'], number>> = {
  title: 0, 'executive-order': 1, eu: 1, 'us-code': 1, 'public-law': 1, cfr: 1, standard: 1, 'un-resolution': 1, memorandum: 1, act: 2, 'short-name': 2, named: 3,
};

/**
 * Citations in `text`, sorted by start. Where two forms overlap, one is kept: a number
 * inside a 《》 title lends its key to the title (`《GB/T 45654-2025 …》` resolves by number
 * or by name); otherwise the stronger form, then the longer, wins.
 */
export function extractCitations(original: string): Citation[] {
  const text = foldWidth(original);
  const found = [...extractChineseTitles(text), ...extractNumbered(text), ...extractActs(text), ...extractShortNameArticles(text)]
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const out: Citation[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    if (last.kind === 'title' && c.end <= last.end) {
      const keys = c.kind === 'act' ? [...last.keys, ...c.keys] : [...c.keys, ...last.keys];
      out[out.length - 1] = { ...last, keys: [...new Set(keys)], instrument: last.instrument || c.kind !== 'act' };
    } else if (PRIORITY[c.kind] < PRIORITY[last.kind] || (PRIORITY[c.kind] === PRIORITY[last.kind] && c.end - c.start > last.end - last.start)) {
      out[out.length - 1] = c;
    }
  }
  const long = withShortTitles(text, out).map((c) => withEnglishArticle(text, c));
  const list = [...long, ...extractShortForms(text, long)].sort((a, b) => a.start - b.start);
  if (text === original) return list;
  // Titles are shown as written; numbers keep their folded (ASCII) label.
  return list.map((c) => ({
    ...c,
    text: original.slice(c.start, c.end),
    ...(c.kind === 'title' ? { label: original.slice(c.start + 1, original.indexOf('》', c.start)).trim() } : {}),
  }));
}

/**
 * Full-width ASCII (ＧＢ／Ｔ　４５６５４－２０２５, Ｅｘｅｃｕｔｉｖｅ) and the ideographic space as their
 * NFKC forms. Each folds to one UTF-16 unit, so offsets in the folded text are offsets in
 * the original.
 */
function foldWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * "Regulation (EU) 2022/2065 (Digital Services Act)": a short title in parentheses right
 * after a number is the same instrument, so the two become one citation with both keys.
 * In a full title — "Regulation (EU) 2022/2065 of … amending Directive 2000/31/EC (Digital
 * Services Act)" — the short title names the instrument the title opens with, not the last
 * one it amends: it joins that first citation of the line.
 */
function withShortTitles(text: string, list: Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    const close = /^\s*[)）]/.exec(text.slice(c.end, c.end + 3));
    if (!last || c.kind !== 'act' || last.kind === 'act' || last.kind === 'title' || !close ||
        !/^\s*[(（]\s*$/.test(text.slice(last.end, c.start))) {
      out.push(c);
      continue;
    }
    if (SINGLE.test(last.text) && !AMENDING.test(text.slice(Math.max(0, last.start - 40), last.start))) {
      const end = c.end + close[0].length;
      out[out.length - 1] = { ...last, end, text: text.slice(last.start, end), keys: [...last.keys, ...c.keys] };
      continue;
    }
    const lineStart = text.lastIndexOf('\n', last.start) + 1;
    const head = out.findIndex((o) => o.start >= lineStart && o.kind !== 'title' && o.kind !== 'act' && SINGLE.test(o.text));
    if (head >= 0 && head < out.length - 1) out[head] = { ...out[head], keys: [...new Set([...out[head].keys, ...c.keys])] };
    else out.push(c);
  }
  return out;
}

const SINGLE = /^(?:Regulation|Directive|Decision|Recommendation|Executive Order|E\.\s?O\.)\s/i;

/** Words after which a numbered act is one a title amends or repeals, not the title's own. */
const AMENDING = /\b(?:amending|repealing|replacing|supplementing|and|or)\s+$/i;
