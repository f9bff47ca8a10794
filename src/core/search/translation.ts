/**
 * Bilingual documents often state the same content twice, once in Chinese and once in
 * English. This finds such parallel pairs inside one document: a zh and an en passage that
 * share entities, numbers or inline English keywords, aligned in reading order (a
 * monotone alignment, so the n-th Chinese point pairs with the n-th English one).
 */
import type { SearchDoc } from './searchTypes';
import { entitiesInPassage } from './mentionIndex';
import { intersect, keywordsIn, numbersIn, passageLanguage, type PassageFeatures } from './passageFeatures';

export interface TranslationPair {
  /** Passage index of the Chinese (or mixed-script) side. */
  readonly zh: number;
  /** Passage index of the English side. */
  readonly en: number;
  readonly score: number;
  /** What they share (entity ids, numbers, keywords), for explanations. */
  readonly shared: readonly string[];
}

/** Minimum evidence for a pair: one shared entity, or a number plus a keyword, etc. */
const MIN_SCORE = 2;
/**
 * Beyond this many zh×en cells (e.g. 700 × 700 passages) the alignment is skipped: it would
 * cost too much per call, and documents that size are rarely parallel texts.
 */
const MAX_CELLS = 500_000;

function features(doc: SearchDoc, i: number): PassageFeatures {
  const text = doc.passages[i].text;
  return {
    language: passageLanguage(text),
    entities: new Set(entitiesInPassage(doc, i).keys()),
    numbers: numbersIn(text),
    keywords: keywordsIn(text),
  };
}

function similarity(a: PassageFeatures, b: PassageFeatures): { score: number; shared: string[] } {
  const ents = intersect(a.entities, b.entities);
  const nums = intersect(a.numbers, b.numbers);
  const words = intersect(a.keywords, b.keywords);
  return { score: 2 * ents.length + 1.5 * nums.length + words.length, shared: [...ents, ...nums, ...words] };
}

/** Parallel zh/en passage pairs of one document, in document order. */
export function pairTranslations(doc: SearchDoc): TranslationPair[] {
  const zh: number[] = [];
  const en: number[] = [];
  const feats = doc.passages.map((_, i) => features(doc, i));
  // Mixed lines (`01 Responsive 积极响应`) stand on the Chinese side: they carry Chinese text.
  feats.forEach((f, i) => { if (f.language === 'zh' || f.language === 'mixed') zh.push(i); else if (f.language === 'en') en.push(i); });
  if (zh.length === 0 || en.length === 0 || zh.length * en.length > MAX_CELLS) return [];
  const Z = zh.length;
  const E = en.length;
  // best[i][j]: best total over zh[0..i) × en[0..j); a monotone alignment (like an LCS).
  const best = new Float64Array((Z + 1) * (E + 1));
  const take = new Float64Array(Z * E);
  const at = (i: number, j: number): number => i * (E + 1) + j;
  for (let i = 1; i <= Z; i++) {
    for (let j = 1; j <= E; j++) {
      const s = similarity(feats[zh[i - 1]], feats[en[j - 1]]).score;
      const pair = s >= MIN_SCORE ? best[at(i - 1, j - 1)] + s : -1;
      take[(i - 1) * E + (j - 1)] = s;
      best[at(i, j)] = Math.max(pair, best[at(i - 1, j)], best[at(i, j - 1)]);
    }
  }
  const pairs: TranslationPair[] = [];
  for (let i = Z, j = E; i > 0 && j > 0;) {
    const s = take[(i - 1) * E + (j - 1)];
    if (s >= MIN_SCORE && best[at(i, j)] === best[at(i - 1, j - 1)] + s) {
      const { shared } = similarity(feats[zh[i - 1]], feats[en[j - 1]]);
      pairs.push({ zh: zh[i - 1], en: en[j - 1], score: s, shared });
      i--; j--;
    } else if (best[at(i, j)] === best[at(i - 1, j)]) i--;
    else j--;
  }
  return pairs.reverse();
}
