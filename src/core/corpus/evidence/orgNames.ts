/**
 * Organisation names recognised by their form, so an issuer the knowledge base has never
 * heard of can still be named: Chinese names end in an organisational word (委员会, 办公室,
 * 研究院, 部, 局, 法院, 大学, 公司…), English names are runs of capitalised words built on a
 * head word (Institute, Agency, Council, University, Inc.…). Short forms a text defines
 * ("（以下简称“网信办”）", "National Security Council (NSC)") are read too.
 */

/** Chinese endings that make a name an organisation, longest first where they overlap. */
const ZH_SUFFIX = [
  '人民代表大会常务委员会', '人民代表大会', '常务委员会', '委员会', '人民政府', '办公室', '办公厅', '研究院', '研究所',
  '研究中心', '科学院', '工程院', '检察院', '法院', '大学', '学院', '实验室', '中心', '协会', '学会', '商会', '理事会',
  '基金会', '联合会', '联盟', '股份有限公司', '有限责任公司', '有限公司', '公司', '集团', '通讯社', '新华社', '出版社',
  '报社', '总局', '总署', '政府', '部', '局', '署', '厅', '院', '委', '社',
];
/** Chinese names that are organisations although no ending says so. */
const ZH_WHOLE = new Set(['国务院', '新华社', '中共中央', '全国人大', '全国人大常委会', '国家网信办', '网信办']);
/** Characters that end a name on its left in running Chinese text. */
const ZH_STOP = /[的在由对向是为将并或等了被把从同请各据按依以于其该此这那、，。；：！？“”‘’《》「」『』\s]/;
/** Conjunctions: part of a name (工业和信息化部) unless an organisation name ends just before them. */
const ZH_AND = /[和与及]/;
/** Single-character endings and the characters before them that make an ordinary word instead. */
const ZH_FALSE_BEFORE: Readonly<Record<string, string>> = {
  部: '全内外局干南北东西中总头底顶一本细俱腹胸背面脚',
  局: '结格布大全当开出僵变饭棋',
  署: '签部',
  厅: '客餐大门展',
  院: '医庭寺书剧影宅',
  委: '原',
  社: '结',
};
const ZH_NAME_CHAR = /[\u4e00-\u9fff\d（）()·]/;
const ZH_MAX = 26;

/** The part of a Chinese line that is a session or meeting, not the body: 第十五届, 第二十九次会议. */
const ZH_SESSION = /第[一二三四五六七八九十百零〇\d]+届/g;

/** Whether `s` (a Chinese string) as a whole is an organisation name; returns it cleaned. */
export function zhOrgName(s: string): string | undefined {
  const name = s.replace(/[\s\u3000]+/g, '').replace(ZH_SESSION, '').replace(/^[（(【[]|[）)】\]，,。:：]$/g, '');
  if (name.length < 2 || name.length > ZH_MAX || !/^[\u4e00-\u9fff\d（）()·]+$/.test(name)) return undefined;
  if (ZH_WHOLE.has(name)) return name;
  for (const suffix of ZH_SUFFIX) {
    if (!name.endsWith(suffix)) continue;
    const before = name.slice(0, -suffix.length);
    if (before.length < (suffix.length === 1 ? 2 : 1)) return undefined;
    if (suffix.length === 1 && ZH_FALSE_BEFORE[suffix]?.includes(before[before.length - 1])) return undefined;
    if (suffix === '社' && !/(?:通讯|新闻|报|出版|杂志|合作)$/.test(before)) return undefined;
    if (suffix === '委' && before.length > 6) return undefined;
    return name;
  }
  return undefined;
}

/** Chinese organisation names inside running text, with offsets into `s`. */
export function findZhOrgNames(s: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  const seenEnd = new Set<number>();
  for (const suffix of ZH_SUFFIX) {
    for (let at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
      const end = at + suffix.length;
      if (seenEnd.has(end) || (end < s.length && /[\u4e00-\u9fff]/.test(s[end]) && suffix.length === 1)) continue;
      let start = at;
      while (start > 0 && end - start < ZH_MAX && (ZH_NAME_CHAR.test(s[start - 1]) || ZH_AND.test(s[start - 1])) && !ZH_STOP.test(s[start - 1])) {
        if (ZH_AND.test(s[start - 1]) && ZH_SUFFIX.some((x) => s.slice(0, start - 1).endsWith(x))) break;
        start--;
      }
      const name = zhOrgName(s.slice(start, end));
      if (!name) continue;
      seenEnd.add(end);
      out.push({ name, start, end });
    }
  }
  // Of names that overlap (长江大学 inside 长江大学人工智能研究院), the longest stands.
  const longest = out.filter((n) => !out.some((m) => m !== n && m.start <= n.start && m.end >= n.end && m.end - m.start > n.end - n.start));
  return longest.sort((a, b) => a.start - b.start);
}

/** English head words that make a run of capitalised words an organisation. */
const EN_HEAD = new Set([
  'institute', 'institutes', 'agency', 'commission', 'council', 'office', 'ministry', 'department', 'university',
  'college', 'laboratory', 'laboratories', 'lab', 'labs', 'foundation', 'court', 'committee', 'administration',
  'authority', 'bureau', 'board', 'parliament', 'congress', 'senate', 'assembly', 'association', 'society', 'center',
  'centre', 'corporation', 'company', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'gmbh', 'plc', 'organization', 'organisation',
  'academy', 'union', 'forum', 'alliance', 'network', 'group', 'service', 'secretariat', 'government', 'presidency',
  'consortium', 'coalition', 'partnership', 'nations', 'federation', 'cabinet', 'directorate', 'inspectorate', 'team',
  'limited', 'corp', 'corp.', 'co.', 'ag', 'sa', 'bv', 'oy', 'ab', 'kk', 'srl', 'spa',
]);
/** Words that join capitalised words inside a name. */
const EN_JOIN = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'de', 'du', 'des', 'la', 'to', '&']);
/** Capitalised words that start sentences or refer back, never part of a name. */
const EN_NOT_NAME = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'each', 'every', 'any', 'such', 'all', 'some', 'no', 'a', 'an', 'we', 'i', 'by', 'from', 'with', 'at', 'as', 'if', 'when', 'while', 'under', 'between', 'after', 'before', 'about', 'statement', 'remarks', 'readout', 'fact', 'sheet', 'dear', 'today', 'section', 'sec', 'article']);
/** Words that alone, or together, say nothing of which organisation: "the Department", "Office". */
const EN_GENERIC = new Set([...EN_HEAD, 'federal', 'national', 'state', 'general', 'executive', 'joint', 'new', 'public', 'international', 'global', 'special', 'senior', 'chief', 'local', 'regional', 'high', 'level']);

const WORD = /[A-Za-z][A-Za-z0-9'’.&-]*|&/g;

/** English organisation names inside `s` (runs of capitalised words on a head word). */
export function findEnOrgNames(s: string): Array<{ name: string; start: number; end: number }> {
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  WORD.lastIndex = 0;
  const out: Array<{ name: string; start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapital(words[i].w) || EN_NOT_NAME.has(bare(words[i].w))) { i++; continue; }
    let j = i;
    // Extend over capitalised words and joiners followed by a capitalised word, on one run of text.
    while (j + 1 < words.length && adjacent(s, words[j], words[j + 1])) {
      const next = words[j + 1].w;
      if (isCapital(next) && !EN_NOT_NAME.has(bare(next))) { j++; continue; }
      if (EN_JOIN.has(next.toLowerCase()) && j + 2 < words.length && isCapital(words[j + 2].w) && adjacent(s, words[j + 1], words[j + 2])) { j += 2; continue; }
      break;
    }
    // ", Inc." / ", Ltd." after the run.
    let end = words[j].end;
    const corp = /^,?\s*(Inc\.?|Ltd\.?|LLC|L\.L\.C\.|GmbH|PLC|S\.A\.|AG)(?![A-Za-z])/.exec(s.slice(end));
    if (corp) end += corp[0].length;
    const run = words.slice(i, j + 1);
    const hasHead = run.some((w) => EN_HEAD.has(bare(w.w))) || !!corp;
    const specific = run.some((w) => !EN_GENERIC.has(bare(w.w)) && !EN_JOIN.has(w.w.toLowerCase()));
    if (hasHead && specific && run.length + (corp ? 1 : 0) >= 2) {
      const start = run[0].start;
      const raw = s.slice(start, end);
      const name = /(?:Inc|Ltd|Co|Corp|S\.A|L\.L\.C)\.$/.test(raw) ? raw : raw.replace(/[.,;:]+$/, '');
      out.push({ name, start, end: start + name.length });
    }
    i = j + 1;
  }
  return out;
}

/** Whether `s` as a whole (give or take a leading "The" and trailing punctuation) is an English organisation name. */
export function enOrgName(s: string): string | undefined {
  const trimmed = s.trim().replace(/^(?:the|The|THE)\s+/, '').replace(/[,;:]+$/, '').trim();
  if (!trimmed || trimmed.length > 120) return undefined;
  const text = isAllCaps(trimmed) ? titleCase(trimmed) : trimmed;
  const found = findEnOrgNames(text);
  return found.length === 1 && found[0].start === 0 && text.slice(found[0].end).replace(/[\s.,;:]/g, '') === '' ? found[0].name : undefined;
}

/** An organisation name by form in either language, or undefined. */
export function orgName(s: string): string | undefined {
  return /[\u4e00-\u9fff]/.test(s) ? zhOrgName(s) : enOrgName(s);
}

/** Short forms a text defines: 以下简称“网信办”, "National Security Council (NSC)" → short → long. */
export function definedShortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const zh = /([\u4e00-\u9fff]{3,26})[（(](?:以下)?简称[“"「]?([\u4e00-\u9fffA-Za-z]{2,10})[”"」]?[）)]/g;
  for (let m = zh.exec(text); m; m = zh.exec(text)) {
    const long = findZhOrgNames(m[1]).filter((n) => n.end === m![1].length).pop();
    if (long) out.set(m[2], long.name);
  }
  const en = /((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){1,8})\((?:the\s+)?[“"]?([A-Z][A-Za-z0-9&-]{1,9})[”"]?\)/g;
  for (let m = en.exec(text); m; m = en.exec(text)) {
    const long = findEnOrgNames(m[1].trim()).pop();
    if (long && initialsFit(long.name, m[2])) out.set(m[2], long.name);
  }
  return out;
}

/** Whether an acronym can stand for a name: its letters are initials of the name's words, in order. */
function initialsFit(name: string, acronym: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => !EN_JOIN.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
  let k = 0;
  for (const ch of acronym.toUpperCase()) {
    const at = initials.indexOf(ch, k);
    if (at < 0) return acronym.length >= 2 && initials.startsWith(acronym.slice(0, 1)) && /\d/.test(acronym);
    k = at + 1;
  }
  return true;
}

function isCapital(w: string): boolean {
  return /^[A-Z]/.test(w) || w === '&';
}

function bare(w: string): string {
  return w.toLowerCase().replace(/[,;:.]+$/, '').replace(/['’]s$/, '');
}

function adjacent(s: string, a: { end: number }, b: { start: number }): boolean {
  const gap = s.slice(a.end, b.start);
  return /^[ \t\u00a0]{1,2}$/.test(gap) || gap === '-' || gap === ' - ';
}

/** Whether the letters of `s` are all capitals (a signature line such as "THE WHITE HOUSE"). */
export function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** "THE WHITE HOUSE" → "The White House" (joiners stay lower case). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/[a-z][a-z'’.&-]*/g, (w, at: number) => (at > 0 && EN_JOIN.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
}
