/**
 * Chinese numerals as they appear in article numbers (第二十四条, 第一百零三条, 第2条) read
 * as integers, so an article cited in one form is found under a heading in another.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may make up a Chinese number (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * The value of a number written in Chinese numerals or ASCII/full-width digits, or
 * undefined when `s` is not one.
 */
export function parseChineseNumber(s: string): number | undefined {
  const t = s.normalize('NFKC').trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || [...t].some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return undefined;
  let total = 0;
  let digit = -1;
  for (const c of t) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[c];
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}
