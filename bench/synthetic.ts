/**
 * Seeded synthetic corpus for benchmarks and scale tests: bilingual (zh, en, mixed)
 * passages of 50–400 characters in markdown (front matter + headings) and plain-text
 * documents, with planted rare terms and a typo'd query for each, so a benchmark can check
 * that typo-tolerant search finds them. Same seed, same corpus, on every machine.
 * All vocabulary is generated or written for this file.
 */

export interface SyntheticDoc {
  readonly path: string;
  readonly text: string;
  readonly format: 'markdown' | 'plain';
}

/** A planted term: searching `query` (a typo'd form) should find `passageText` in `path`. */
export interface PlantedTarget {
  readonly query: string;
  readonly path: string;
  readonly passageText: string;
  /** The term as written in the passage. */
  readonly term: string;
}

/** Optional extras; leaving them out gives exactly the corpus this seed always gave. */
export interface SyntheticOptions {
  /**
   * Entity names to mention now and then (English names go into English or mixed passages,
   * Chinese ones into Chinese or mixed passages), so mention matching and hovers have work.
   */
  readonly names?: readonly { readonly en?: string; readonly zh?: string }[];
  /** Share of passages that get one name (default 0.3 when `names` is given). */
  readonly mentionRate?: number;
}

export interface SyntheticCorpus {
  readonly docs: SyntheticDoc[];
  readonly planted: PlantedTarget[];
}

/** Small fast seeded PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_CORE = ('model data policy governance safety risk compute training evaluation public agency ' +
  'research standard framework principle audit privacy security transparency accountability ' +
  'developer provider deployment open source benchmark regulation export control chip cluster ' +
  'language vision agent system review committee council ministry city province pilot program ' +
  'investment talent education ethics fairness bias testing red team incident report disclosure ' +
  'licence registration filing label watermark content platform user consent protection cross ' +
  'border transfer cooperation summit declaration forum dialogue international national local ' +
  'the of and to in for on with by as is are be that this from at an or it its will can should must').split(' ');

const SYLLABLES = 'ka lo mi ne ru ta vi so pe da fi gu ho ja ke li mo nu pa re si to ve wa xi yo ze bra cle dro fla gri plo stu tra'.split(' ');
const RARE_SYLLABLES = 'qua vex zor thy plix grom kwi yub zel drav ost ulm'.split(' ');
const ZH_COMMON = ('人工智能模型数据治理安全风险算力训练评测公共机构研究标准框架原则审计隐私透明问责开发提供部署开源' +
  '基准监管出口管制芯片集群语言视觉系统委员会部门城市试点投资人才教育伦理公平偏见测试报告披露备案标识平台用户' +
  '同意保护跨境传输合作峰会宣言论坛对话国际国家地方发展创新应用服务产业技术社会经济政策法规管理').split('');
const ZH_RARE = '鹭瓴璇翎琮珩燊昶翊煜暄曦淼琰瑄邈'.split('');
const ZH_PUNCT = '，。；、';

function pick<T>(r: () => number, xs: readonly T[], skew = 1): T {
  return xs[Math.floor(xs.length * Math.pow(r(), skew))];
}

function makeVocab(r: () => number): { en: string[]; zh: string[] } {
  const en = [...EN_CORE];
  while (en.length < 3000) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
    en.push(w);
  }
  const zh: string[] = [];
  while (zh.length < 3000) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(r, ZH_COMMON, 1.3);
    zh.push(w);
  }
  return { en, zh };
}

function sentence(r: () => number, v: { en: string[]; zh: string[] }, lang: 'en' | 'zh' | 'mixed', chars: number): string {
  let s = '';
  while (s.length < chars) {
    if (lang === 'en' || (lang === 'mixed' && r() < 0.15)) {
      const w = pick(r, v.en, 2.2);
      s += (s && !s.endsWith(' ') ? ' ' : '') + (s === '' ? w[0].toUpperCase() + w.slice(1) : w);
      if (r() < 0.07) s += r() < 0.5 ? ',' : '.';
    } else {
      s += pick(r, v.zh, 2.2);
      if (r() < 0.12) s += pick(r, ZH_PUNCT.split(''));
    }
  }
  return s.trim() + (lang === 'en' ? '.' : '。');
}

function rareTerm(r: () => number, zh: boolean, used: Set<string>): string {
  for (;;) {
    let t = '';
    if (zh) for (let i = 0; i < 4; i++) t += pick(r, ZH_RARE);
    else for (let i = 0; i < 4; i++) t += pick(r, RARE_SYLLABLES);
    if (!used.has(t)) { used.add(t); return t; }
  }
}

/** A typo'd form: Latin gets one or two edits (drop, swap, replace); Chinese one char wrong or missing. */
function typo(r: () => number, term: string, zh: boolean): string {
  const chars = [...term];
  const edits = zh ? 1 : 1 + Math.floor(r() * 2);
  for (let e = 0; e < edits; e++) {
    const i = 1 + Math.floor(r() * (chars.length - 2));
    const op = Math.floor(r() * 3);
    if (op === 0) chars.splice(i, 1);
    else if (op === 1 && !zh) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    else chars[i] = zh ? pick(r, ZH_COMMON) : 'aeiou'[Math.floor(r() * 5)];
  }
  const out = chars.join('');
  return out === term ? chars.slice(0, -1).join('') : out;
}

/** Put one of `names` into `text` at a word or clause boundary, in the passage's script. */
function mention(r: () => number, text: string, lang: 'en' | 'zh' | 'mixed', names: SyntheticOptions['names'] & object): string {
  const n = pick(r, names, 1.6);
  const zh = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  const name = zh ? n.zh ?? n.en : n.en ?? n.zh;
  if (!name) return text;
  const at = text.indexOf(zh ? '，' : ' ', Math.floor(r() * text.length * 0.8));
  const cut = at < 0 ? 0 : at + 1;
  const out = zh ? `${text.slice(0, cut)}${name}${text.slice(cut)}` : `${text.slice(0, cut)}${name} ${text.slice(cut)}`;
  return out.length > 400 ? out.slice(0, 399) + (lang === 'en' ? '.' : '。') : out;
}

/**
 * Generate about `passages` passages across documents of 20–120 passages each. About one
 * passage in 500 (at least 20) carries a planted term. With `options.names`, some passages
 * also mention those names.
 */
export function makeSyntheticCorpus(seed: number, passages: number, options: SyntheticOptions = {}): SyntheticCorpus {
  const names = options.names?.length ? options.names : undefined;
  const mentionRate = options.mentionRate ?? 0.3;
  const r = seededRandom(seed);
  const v = makeVocab(r);
  const docs: SyntheticDoc[] = [];
  const planted: PlantedTarget[] = [];
  const used = new Set<string>();
  const plantEvery = Math.max(1, Math.min(500, Math.floor(passages / 20)));
  let made = 0;
  for (let d = 0; made < passages; d++) {
    const count = Math.min(passages - made, 20 + Math.floor(r() * 100));
    const markdown = r() < 0.5;
    const path = `synthetic/${String(d).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`;
    const parts: string[] = [];
    const title = sentence(r, v, r() < 0.5 ? 'en' : 'zh', 12 + Math.floor(r() * 20));
    if (markdown) parts.push(`---\ntitle: "${title.replace(/"/g, '')}"\ndate: 20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}\n---`, `# ${title}`);
    else parts.push(title);
    for (let p = 0; p < count; p++, made++) {
      if (markdown && p > 0 && p % 8 === 0) parts.push(`## ${sentence(r, v, r() < 0.5 ? 'en' : 'zh', 10 + Math.floor(r() * 20))}`);
      const x = r();
      const lang = x < 0.45 ? 'en' : x < 0.9 ? 'zh' : 'mixed';
      const target = 50 + Math.floor(r() * 350);
      let text = sentence(r, v, lang, Math.max(20, target - 5));
      if (text.length > 400) text = text.slice(0, 399) + (lang === 'en' ? '.' : '。');
      if (names && r() < mentionRate) text = mention(r, text, lang, names);
      if (made % plantEvery === plantEvery - 1) {
        const zh = lang === 'zh';
        const term = rareTerm(r, zh, used);
        const at = text.indexOf(zh ? '，' : ' ', Math.floor(text.length / 3));
        const cut = at < 0 ? Math.floor(text.length / 2) : at + 1;
        text = zh ? `${text.slice(0, cut)}${term}${text.slice(cut)}` : `${text.slice(0, cut)}${term} ${text.slice(cut)}`;
        text = text.length > 400 ? text.slice(0, 400) : text;
        planted.push({ query: typo(r, term, zh), path, passageText: text, term });
      }
      parts.push(text);
    }
    docs.push({ path, text: parts.join('\n\n') + '\n', format: markdown ? 'markdown' : 'plain' });
  }
  return { docs, planted };
}
