/**
 * HTML character references (`&nbsp;`, `&amp;`, `&#8212;`, `&#x4E2D;`) found in plain text
 * and in text scraped from web pages: decoded for display and matching, with a map back to
 * the original offsets. The common named references are known; legacy forms without the
 * closing semicolon (`&nbsp `) are accepted for the few names browsers accept them for.
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwsp: '\u200b', shy: '\u00ad', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', deg: '°', plusmn: '±',
  sect: '§', para: '¶', yen: '¥', euro: '€', pound: '£', cent: '¢', iexcl: '¡', iquest: '¿',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß',
  ccedil: 'ç', ntilde: 'ñ', oacute: 'ó', iacute: 'í', uacute: 'ú', rarr: '→', larr: '←', hArr: '⇔',
};
/** Names a browser also accepts without the `;` (a subset of the HTML legacy list). */
const LEGACY = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg']);

const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/y;

/** A character reference at `at` in `text`: what it stands for and how long it is. */
export function entityAt(text: string, at: number): { value: string; length: number } | undefined {
  REF.lastIndex = at;
  const m = REF.exec(text);
  if (!m) return undefined;
  const [whole, dec, hex, name, semi] = m;
  if (name !== undefined) {
    const value = NAMED[name];
    if (value === undefined) return undefined;
    if (!semi && !LEGACY.has(name)) return undefined;
    return { value, length: whole.length };
  }
  if (!semi) return undefined;
  const cp = dec !== undefined ? Number(dec) : parseInt(hex, 16);
  if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return { value: String.fromCodePoint(cp), length: whole.length };
}

/** Decoded text and, when anything was decoded, `map[i]` = original offset of decoded unit i. */
export interface DecodedEntities {
  readonly text: string;
  /** Absent when the text had no character references (then offsets are unchanged). */
  readonly map?: Int32Array;
}

/** Decode every character reference of `text`. */
export function decodeEntities(text: string): DecodedEntities {
  let at = text.indexOf('&');
  if (at < 0) return { text };
  let out = '';
  const map: number[] = [];
  let last = 0;
  let changed = false;
  while (at >= 0) {
    const ref = entityAt(text, at);
    if (ref) {
      for (let i = last; i < at; i++) map.push(i);
      out += text.slice(last, at) + ref.value;
      for (let k = 0; k < ref.value.length; k++) map.push(at);
      last = at + ref.length;
      changed = true;
    }
    at = text.indexOf('&', ref ? last : at + 1);
  }
  if (!changed) return { text };
  for (let i = last; i < text.length; i++) map.push(i);
  map.push(text.length);
  return { text: out + text.slice(last), map: Int32Array.from(map) };
}
