/**
 * Bilingual documents often state the same content twice, once in Chinese and once in
 * English. This finds such parallel pairs inside one document: a zh and an en passage that
 * share entities, numbers or inline English keywords, aligned in reading order (a
 * monotone alignment, so the n-th Chinese point pairs with the n-th English one). Sitting
 * under the same heading counts as evidence too, and the other Chinese points of a section
 * whose English paragraph was paired join that pair: bullets are often summed up in one
 * English paragraph.
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
/** Evidence from sharing a (non-root) section: enough on its own, as in parallel sections. */
const SAME_SECTION = 2.5;
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

function sectionOf(doc: SearchDoc, i: number): number {
  return doc.passages[i].heading ?? -1;
}

/** Sections (heading indexes) that hold passages in both languages: parallel sections. */
function bilingualSections(doc: SearchDoc, feats: readonly PassageFeatures[]): Set<number> {
  const zh = new Set<number>();
  const en = new Set<number>();
  feats.forEach((f, i) => {
    const section = sectionOf(doc, i);
    if (section < 0) return;
    if (f.language === 'en') en.add(section);
    else if (f.language === 'zh' || f.language === 'mixed') zh.add(section);
  });
  return new Set([...zh].filter((s) => en.has(s)));
}

interface PairContext {
  readonly doc: SearchDoc;
  readonly feats: readonly PassageFeatures[];
  /** Parallel sections: their passages pair inside the section, never across it. */
  readonly parallel: ReadonlySet<number>;
  /** Parallel sections whose first passage is Chinese (Chinese text, then its English). */
  readonly zhFirst: ReadonlySet<number>;
  /** Indexes of the English and of the Chinese passages, in order. */
  readonly en: readonly number[];
  readonly zh: readonly number[];
  /** `sideRun` of each English passage, once computed. */
  readonly runs: Map<number, number[]>;
  /**
   * English passages that end a run of Chinese ones: those long enough to restate the run
   * before them. A short English line inserted among Chinese bullets does not split them.
   */
  boundaries: ReadonlySet<number>;
}

/**
 * Inside a parallel section a Chinese passage pairs only with the English passage that
 * follows it (when the section opens in Chinese) or precedes it (when it opens in English),
 * with no other English passage between them: what comes after a restatement is new text.
 */
function onTranslationSide(ctx: PairContext, i: number, j: number, section: number): boolean {
  if (!ctx.parallel.has(section)) return true;
  const [lo, hi] = ctx.zhFirst.has(section) ? [i, j] : [j, i];
  if (lo > hi) return false;
  for (const k of ctx.boundaries) if (k > lo && k < hi && sectionOf(ctx.doc, k) === section) return false;
  return true;
}

function similarity(ctx: PairContext, i: number, j: number): { score: number; shared: string[] } {
  const a = ctx.feats[i];
  const b = ctx.feats[j];
  const si = sectionOf(ctx.doc, i);
  const sj = sectionOf(ctx.doc, j);
  if (si !== sj && (ctx.parallel.has(si) || ctx.parallel.has(sj))) return { score: 0, shared: [] };
  if (si === sj && !onTranslationSide(ctx, i, j, si)) return { score: 0, shared: [] };
  const ents = intersect(a.entities, b.entities);
  const nums = intersect(a.numbers, b.numbers);
  const words = intersect(a.keywords, b.keywords);
  const content = 2 * ents.length + 1.5 * nums.length + words.length;
  // A shared section counts only when the lengths could be a translation of each other: an
  // inserted English line shares a heading with a Chinese bullet, but not its length.
  const together = si >= 0 && si === sj && lengthsAgree(ctx, sideRun(ctx, j, si), j) ? SAME_SECTION : 0;
  return { score: content + together, shared: [...ents, ...nums, ...words] };
}

/**
 * Fewest English letters per Chinese character a translation has (three to four is usual; an editor's short English note beside a Chinese bullet falls below two).
 * There is no upper bound: one English paragraph often restates several Chinese bullets.
 */
const MIN_RATIO = 2;

function sizes(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return { han, latin };
}

/** The Chinese passages of a parallel section that English passage `j` could restate. */
function sideRun(ctx: PairContext, j: number, section: number): number[] {
  if (!ctx.parallel.has(section)) return [];
  let run = ctx.runs.get(j);
  if (!run) {
    run = ctx.zh.filter((i) => sectionOf(ctx.doc, i) === section && ctx.doc.passages[i].kind !== 'heading' && onTranslationSide(ctx, i, j, section));
    ctx.runs.set(j, run);
  }
  return run;
}

/** Whether Chinese passages `zh` together could be the English passage `en`, by length. */
function lengthsAgree(ctx: PairContext, zh: readonly number[], en: number): boolean {
  let han = 0;
  for (const i of zh) han += sizes(ctx.doc.passages[i].text).han;
  const { latin } = sizes(ctx.doc.passages[en].text);
  if (han === 0) return false;
  const r = latin / han;
  return r >= MIN_RATIO;
}

/**
 * Chinese passages of a parallel section left unpaired by the one-to-one alignment join the
 * section's English passage: several bullets are often restated as one English paragraph.
 */
function widen(ctx: PairContext, zh: readonly number[], en: readonly number[], pairs: TranslationPair[]): TranslationPair[] {
  const paired = new Set(pairs.map((p) => p.zh));
  const extra: TranslationPair[] = [];
  for (const target of en) {
    const section = sectionOf(ctx.doc, target);
    if (!ctx.parallel.has(section)) continue;
    // Only the Chinese run on the side the section starts with, up to its English passage:
    // bullets before an English summary are restated by it, bullets after it are not.
    const side = sideRun(ctx, target, section);
    const group = side.filter((i) => paired.has(i) && pairs.some((p) => p.zh === i && p.en === target));
    // Only an English passage the alignment itself paired gathers more bullets.
    if (group.length === 0) continue;
    for (const i of side) {
      if (paired.has(i)) continue;
      if (!lengthsAgree(ctx, [...group, i], target)) continue;
      group.push(i);
      paired.add(i);
      const { score, shared } = similarity(ctx, i, target);
      extra.push({ zh: i, en: target, score, shared });
    }
  }
  return [...pairs, ...extra].sort((x, y) => x.zh - y.zh || x.en - y.en);
}

/** Parallel zh/en passage pairs of one document, in document order. */
export function pairTranslations(doc: SearchDoc): readonly TranslationPair[] {
  let pairs = computed.get(doc);
  if (!pairs) {
    pairs = alignDocument(doc);
    computed.set(doc, pairs);
  }
  return pairs;
}

/**
 * Pairs per document object. A document's passages never change in place (an update brings
 * a new object), so the alignment is computed once, not on every Related-view refresh.
 */
const computed = new WeakMap<SearchDoc, readonly TranslationPair[]>();

function alignDocument(doc: SearchDoc): TranslationPair[] {
  const zh: number[] = [];
  const en: number[] = [];
  const feats = doc.passages.map((_, i) => features(doc, i));
  // Mixed lines (`01 Responsive 积极响应`) stand on the Chinese side: they carry Chinese text.
  feats.forEach((f, i) => { if (f.language === 'zh' || f.language === 'mixed') zh.push(i); else if (f.language === 'en') en.push(i); });
  if (zh.length === 0 || en.length === 0 || zh.length * en.length > MAX_CELLS) return [];
  const parallel = bilingualSections(doc, feats);
  const zhFirst = new Set<number>();
  const opened = new Set<number>();
  feats.forEach((f, i) => {
    const section = sectionOf(doc, i);
    if (!parallel.has(section) || opened.has(section) || doc.passages[i].kind === 'heading' || f.language === 'none') return;
    opened.add(section);
    if (f.language !== 'en') zhFirst.add(section);
  });
  const ctx: PairContext = { doc, feats, parallel, zhFirst, en, zh, runs: new Map(), boundaries: new Set(en) };
  // First with every English passage as a boundary; then only with the real restatements.
  ctx.boundaries = new Set(en.filter((j) => lengthsAgree(ctx, sideRun(ctx, j, sectionOf(doc, j)), j)));
  ctx.runs.clear();
  const Z = zh.length;
  const E = en.length;
  // best[i][j]: best total over zh[0..i) × en[0..j); a monotone alignment (like an LCS).
  const best = new Float64Array((Z + 1) * (E + 1));
  const take = new Float64Array(Z * E);
  const at = (i: number, j: number): number => i * (E + 1) + j;
  for (let i = 1; i <= Z; i++) {
    for (let j = 1; j <= E; j++) {
      const s = similarity(ctx, zh[i - 1], en[j - 1]).score;
      const pair = s >= MIN_SCORE ? best[at(i - 1, j - 1)] + s : -1;
      take[(i - 1) * E + (j - 1)] = s;
      best[at(i, j)] = Math.max(pair, best[at(i - 1, j)], best[at(i, j - 1)]);
    }
  }
  const pairs: TranslationPair[] = [];
  for (let i = Z, j = E; i > 0 && j > 0;) {
    const s = take[(i - 1) * E + (j - 1)];
    if (s >= MIN_SCORE && best[at(i, j)] === best[at(i - 1, j - 1)] + s) {
      const { shared } = similarity(ctx, zh[i - 1], en[j - 1]);
      pairs.push({ zh: zh[i - 1], en: en[j - 1], score: s, shared });
      i--; j--;
    } else if (best[at(i, j)] === best[at(i - 1, j)]) i--;
    else j--;
  }
  return widen(ctx, zh, en, pairs.reverse());
}
