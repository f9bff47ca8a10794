/**
 * Which language a document is written in, judged by how its letters split between Chinese
 * characters and Latin letters. Markup (HTML tags, URLs) is not counted, so a Chinese news
 * page wrapped in `<p style="…">` still reads as Chinese.
 */
import type { Language } from '../types';

/** Letter counts by script. `latinWords` counts runs of Latin letters. */
export interface ScriptCounts {
  readonly cjk: number;
  readonly latin: number;
  readonly latinWords: number;
}

/**
 * Weight of one Latin letter relative to one Chinese character. An English letter carries
 * far less meaning than a hanzi (a word of ~5 letters ≈ 1.5 characters), so unweighted
 * counts would call a Chinese report with inline English names bilingual.
 */
const LATIN_WEIGHT = 0.3;
/** Each script must carry at least this weighted share to make a text bilingual. */
const BILINGUAL_SHARE = 0.2;
/** Below this many weighted letters there is too little text to judge. */
const MIN_LETTERS = 8;

/** Count Chinese characters and Latin letters outside HTML tags and URLs. */
export function countScripts(text: string): ScriptCounts {
  let cjk = 0;
  let latin = 0;
  let words = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */ && isTagStart(text.charCodeAt(i + 1))) {
      const close = text.indexOf('>', i);
      if (close > 0 && close - i < 2000) {
        i = close;
        inWord = false;
        continue;
      }
    }
    if ((c === 104 /* h */ || c === 119 /* w */) && startsUrl(text, i)) {
      while (i < n && !isUrlEnd(text.charCodeAt(i))) i++;
      inWord = false;
      continue;
    }
    if (isLatinLetter(c)) {
      latin++;
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isHan(c)) cjk++;
  }
  return { cjk, latin, latinWords: words };
}

/** 'zh', 'en', 'bilingual' when both scripts carry a substantial share, else 'unknown'. */
export function detectLanguage(text: string): Language {
  return languageOf(countScripts(text));
}

/** The decision of {@link detectLanguage}, for callers that already have counts. */
export function languageOf(counts: ScriptCounts): Language {
  const latin = counts.latin * LATIN_WEIGHT;
  const total = counts.cjk + latin;
  if (total < MIN_LETTERS) return 'unknown';
  const zhShare = counts.cjk / total;
  if (zhShare >= BILINGUAL_SHARE && 1 - zhShare >= BILINGUAL_SHARE) return 'bilingual';
  return zhShare > 0.5 ? 'zh' : 'en';
}

/** Whether a UTF-16 code unit is a CJK ideograph (high surrogates of ext. B+ count once). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

/** ASCII letters, Latin-1/Extended-A/B letters and full-width Latin letters. */
export function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

function isTagStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 /* / */ || c === 33 /* ! */;
}

function startsUrl(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

function isUrlEnd(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 41 || c === 62 || c === 93 || c >= 0x3000;
}
