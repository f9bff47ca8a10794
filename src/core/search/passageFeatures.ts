/**
 * Cheap, language-independent clues that two passages say the same thing: which script
 * dominates, the numbers they contain, and Latin keywords (Chinese text often carries the
 * English term inline, e.g. `积极响应（Responsive）`).
 */
import { foldForMatch } from '../text/normalize';
import { charClass } from './tokenize';

export type PassageLanguage = 'zh' | 'en' | 'mixed' | 'none';

/** Dominant script of a passage; one CJK character is weighed like three Latin letters. */
export function passageLanguage(text: string): PassageLanguage {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === 2) cjk++;
    else if (cls === 1 && !(code >= 0x30 && code <= 0x39)) latin++;
  }
  const c = cjk * 3;
  if (c + latin === 0) return 'none';
  const r = c / (c + latin);
  return r >= 0.6 ? 'zh' : r <= 0.25 ? 'en' : 'mixed';
}

const STOP = new Set(('that this with from have will were been their there which what when where ' +
  'about into more than also such they them these those some other only over most very each ' +
  'should would could must just like make made well ai').split(' '));

/** Numbers (digit runs, decimals kept) in folded form, so `２０２０` equals `2020`. */
export function numbersIn(text: string): Set<string> {
  return new Set(foldForMatch(text).match(/\d+(?:\.\d+)?/g) ?? []);
}

/** Latin words of four or more letters, folded, minus common function words. */
export function keywordsIn(text: string): Set<string> {
  const words = foldForMatch(text).match(/[a-z][a-z-]{3,}/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)));
}

/** Features of one passage used for pairing and relating. */
export interface PassageFeatures {
  readonly language: PassageLanguage;
  readonly entities: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly keywords: ReadonlySet<string>;
}

export function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  const out: T[] = [];
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) out.push(x);
  return out;
}
