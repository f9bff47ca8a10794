/**
 * The fixed query mix typed into the jump box: English and Chinese phrases lifted from the
 * corpus (some with a typo), entity names, a mixed-script query and planted typo'd terms.
 * Seeded, so every run types the same keys.
 */
import { seededRandom, type PlantedTarget, type SyntheticDoc } from './synthetic';

export interface QueryMix {
  /** Whole queries, in a fixed order mixing both scripts. */
  readonly full: string[];
  /** Every prefix of every query (by code point), as if typed one key at a time. */
  readonly keystrokes: string[];
}

const HAN = /\p{Script=Han}/u;

/** Passage-like blocks of a document (no front matter, headings or short title lines). */
function blocks(doc: SyntheticDoc): string[] {
  return doc.text.split('\n\n').filter((b) => b.length >= 50 && !b.startsWith('---') && !b.startsWith('#'));
}

/** One edit inside a word or phrase: drop, swap or replace a middle character. */
function typo(r: () => number, s: string): string {
  const cs = [...s];
  const i = 1 + Math.floor(r() * Math.max(1, cs.length - 2));
  const op = Math.floor(r() * 3);
  if (op === 0) cs.splice(i, 1);
  else if (op === 1 && i + 1 < cs.length) [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]];
  else cs[i] = HAN.test(cs[i]) ? '数' : 'e';
  return cs.join('');
}

function englishPhrase(r: () => number, text: string): string | undefined {
  const words = text.replace(/[.,]/g, '').split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w));
  if (words.length < 3) return undefined;
  const i = Math.floor(r() * (words.length - 1));
  return `${words[i]} ${words[i + 1]}`;
}

function chinesePhrase(r: () => number, text: string): string | undefined {
  const runs = text.match(/\p{Script=Han}{6,}/gu);
  if (!runs) return undefined;
  const run = runs[Math.floor(r() * runs.length)];
  const len = 4 + Math.floor(r() * 3);
  const at = Math.floor(r() * (run.length - len + 1));
  return run.slice(at, at + len);
}

/** Build the mix: about 36 queries. */
export function queryMix(docs: readonly SyntheticDoc[], planted: readonly PlantedTarget[], seed = 99): QueryMix {
  const r = seededRandom(seed);
  const en: string[] = [];
  const zh: string[] = [];
  for (let guard = 0; (en.length < 12 || zh.length < 12) && guard < 10_000; guard++) {
    const doc = docs[Math.floor(r() * docs.length)];
    const bs = blocks(doc);
    if (!bs.length) continue;
    const b = bs[Math.floor(r() * bs.length)];
    if (HAN.test(b) && zh.length < 12) {
      const p = chinesePhrase(r, b);
      if (p) zh.push(zh.length % 3 === 2 ? typo(r, p) : p);
    } else if (!HAN.test(b) && en.length < 12) {
      const p = englishPhrase(r, b);
      if (p) en.push(en.length % 3 === 2 ? typo(r, p) : p);
    }
  }
  const names = ['Tsinghua University', '北京智源人工智能研究院', 'Bletchley Declaration', '清华大学', 'AI safety 治理'];
  const plantedQueries = planted.slice(0, 8).map((p) => p.query);
  const full: string[] = [];
  for (let i = 0; i < 12; i++) {
    if (en[i]) full.push(en[i]);
    if (zh[i]) full.push(zh[i]);
    if (i < names.length) full.push(names[i]);
    if (plantedQueries[i]) full.push(plantedQueries[i]);
  }
  const keystrokes: string[] = [];
  for (const q of full) {
    const cps = [...q];
    for (let n = 1; n <= cps.length; n++) keystrokes.push(cps.slice(0, n).join(''));
  }
  return { full, keystrokes };
}
