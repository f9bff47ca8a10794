/**
 * Identity keys of instruments. A citation and a document meet when they share a key, so
 * both sides go through the same normalisation: NFKC, case folded, white space removed
 * from Chinese and collapsed in English, the optional 中华人民共和国 prefix and a trailing
 * version note (（2021年修正）, "of 2022") set aside.
 */

/** The country prefix Chinese national laws may be cited with or without. */
const COUNTRY_PREFIX = /^中华人民共和国/;
/** A trailing parenthetical that only dates or versions the text: （2021年修正）, (2018 revision). */
const VERSION_NOTE = /[（(]\s*([^（）()]*?(?:\d{4}\s*年?|修正|修订|修改|版|revision|revised|amended|consolidated)[^（）()]*?)\s*[）)]\s*$/i;
/** A trailing English year: "of 2022", ", 2018", " 2018". */
const ENGLISH_YEAR = /(?:,?\s+of)?,?\s+((?:19|20)\d{2})$/i;

/** A title split into its identity and its version note. */
export interface TitleParts {
  /** Identity part in matching form (empty when nothing is left). */
  readonly key: string;
  /** Version or year set aside, as written. */
  readonly version?: string;
}

/** Matching form: NFKC, lower case, quotes and brackets trimmed, spaces normalised. */
export function matchForm(s: string): string {
  let t = s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d"]/g, '');
  t = t.replace(/[《》〈〉<>]/g, '').replace(/\s+/g, ' ').trim();
  // Spaces between Han characters carry nothing (a PDF or a typesetter put them there).
  return t.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '');
}

/** The identity of a title: prefix and version note removed, plus the note itself. */
export function titleParts(title: string): TitleParts {
  let t = matchForm(title);
  let version: string | undefined;
  const note = VERSION_NOTE.exec(t);
  if (note && note.index > 0) {
    version = note[1].trim();
    t = t.slice(0, note.index).trim();
  }
  if (/[a-z]/.test(t) && !/[\u3400-\u9fff]/.test(t)) {
    const year = ENGLISH_YEAR.exec(t);
    if (year && year.index > 0 && /\b(act|law|code|order|regulation|directive)\b/.test(t.slice(0, year.index))) {
      version ??= year[1];
      t = t.slice(0, year.index).trim();
    }
    t = t.replace(/^the\s+/, '');
    // "Executive Order on the Safe … Use of AI" is how the order titled "Safe … Use of AI" is named.
    t = t.replace(/^(?:executive\s+order|presidential\s+(?:memorandum|order|action))\s+on\s+(?:the\s+)?(?=\S.{8,})/, '');
  }
  t = t.replace(COUNTRY_PREFIX, '');
  return { key: t, ...(version ? { version } : {}) };
}

/** The `title:` key of a title, or undefined when too little is left to identify anything. */
export function titleKey(title: string): string | undefined {
  const { key } = titleParts(title);
  const length = /[\u3400-\u9fff]/.test(key) ? [...key].length : key.length;
  if (length < (/[\u3400-\u9fff]/.test(key) ? 3 : 5)) return undefined;
  return `title:${key}`;
}
