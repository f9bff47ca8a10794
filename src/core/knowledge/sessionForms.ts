/**
 * Chinese local legislatures are cited with their term number inside the name: the
 * adoption line of a Shanghai regulation reads 上海市第十五届人民代表大会常务委员会, not
 * 上海市人民代表大会常务委员会. A name of the form "<place>人民代表大会…" therefore also
 * matches as "<place>第N届人民代表大会…" for the terms a legislature can have had.
 */

/** Terms covered: the national and local congresses are in their fourteenth to sixteenth. */
const MAX_TERM = 20;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十 (up to 99). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[units]}`;
}

const LOCAL_CONGRESS = /^(\p{Script=Han}{1,10}?[省市县区州盟])(人民代表大会\p{Script=Han}*)$/u;

/** The term-numbered forms of a local congress's name, or none for any other name. */
export function sessionForms(name: string): string[] {
  const m = LOCAL_CONGRESS.exec(name.trim());
  if (!m || name.includes('届')) return [];
  const out: string[] = [];
  for (let n = 1; n <= MAX_TERM; n++) out.push(`${m[1]}第${chineseNumeral(n)}届${m[2]}`);
  return out;
}
