/**
 * Jurisdiction codes from the words of a name or a title: ISO 3166-1 alpha-2 for countries,
 * ISO 3166-2 for provinces and states (CN-SH, US-CA), `EU` for the European Union and its
 * institutions, `INT` for international bodies. The tables are geography, not the corpus:
 * China's provincial-level divisions and their main cities, US states, Canadian provinces,
 * and the countries a reader of AI policy meets most.
 */

/** China's provincial-level divisions (ISO 3166-2:CN), by the name a text writes. */
const CN_DIVISIONS: ReadonlyArray<[string, string]> = [
  ['北京', 'BJ'], ['天津', 'TJ'], ['河北', 'HE'], ['山西', 'SX'], ['内蒙古', 'NM'], ['辽宁', 'LN'], ['吉林', 'JL'],
  ['黑龙江', 'HL'], ['上海', 'SH'], ['江苏', 'JS'], ['浙江', 'ZJ'], ['安徽', 'AH'], ['福建', 'FJ'], ['江西', 'JX'],
  ['山东', 'SD'], ['河南', 'HA'], ['湖北', 'HB'], ['湖南', 'HN'], ['广东', 'GD'], ['广西', 'GX'], ['海南', 'HI'],
  ['重庆', 'CQ'], ['四川', 'SC'], ['贵州', 'GZ'], ['云南', 'YN'], ['西藏', 'XZ'], ['陕西', 'SN'], ['甘肃', 'GS'],
  ['青海', 'QH'], ['宁夏', 'NX'], ['新疆', 'XJ'], ['台湾', 'TW'], ['香港', 'HK'], ['澳门', 'MO'],
];
/** Large cities below provincial level, by the division they belong to. */
const CN_CITIES: ReadonlyArray<[string, string]> = [
  ['深圳', 'GD'], ['广州', 'GD'], ['珠海', 'GD'], ['东莞', 'GD'], ['佛山', 'GD'], ['杭州', 'ZJ'], ['宁波', 'ZJ'],
  ['温州', 'ZJ'], ['南京', 'JS'], ['苏州', 'JS'], ['无锡', 'JS'], ['成都', 'SC'], ['武汉', 'HB'], ['西安', 'SN'],
  ['青岛', 'SD'], ['济南', 'SD'], ['厦门', 'FJ'], ['福州', 'FJ'], ['长沙', 'HN'], ['郑州', 'HA'], ['合肥', 'AH'],
  ['沈阳', 'LN'], ['大连', 'LN'], ['哈尔滨', 'HL'], ['长春', 'JL'], ['贵阳', 'GZ'], ['昆明', 'YN'], ['南昌', 'JX'],
  ['石家庄', 'HE'], ['太原', 'SX'], ['南宁', 'GX'], ['海口', 'HI'], ['兰州', 'GS'], ['乌鲁木齐', 'XJ'], ['呼和浩特', 'NM'],
];
/** Words of a Chinese name that make it national (CN) rather than local. */
const CN_NATIONAL = /^(?:全国|国务院|国家|中华人民共和国|中共中央|中央|最高人民|工业和信息化部|教育部|科学技术部|科技部|商务部|公安部|财政部|司法部|外交部|交通运输部|文化和旅游部|国家发展和改革委员会|中国)/;

const US_STATES: ReadonlyArray<[string, string]> = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'],
  ['Connecticut', 'CT'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'],
  ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'],
  ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'], ['Minnesota', 'MN'],
  ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'],
  ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'], ['New York', 'NY'], ['North Carolina', 'NC'],
  ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'], ['Oregon', 'OR'], ['Pennsylvania', 'PA'],
  ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'], ['Tennessee', 'TN'], ['Texas', 'TX'],
  ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington State', 'WA'], ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'], ['Wyoming', 'WY'],
];
const CA_PROVINCES: ReadonlyArray<[string, string]> = [
  ['Ontario', 'ON'], ['Quebec', 'QC'], ['Québec', 'QC'], ['British Columbia', 'BC'], ['Alberta', 'AB'], ['Manitoba', 'MB'],
  ['Saskatchewan', 'SK'], ['Nova Scotia', 'NS'], ['New Brunswick', 'NB'], ['Newfoundland', 'NL'],
];
/** Countries by English name, adjective or common short form, and Chinese name. */
const COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:United States|USA|America|American|Americans|Federal Government)\b|(?<![A-Za-z])U\.S\.(?:A\.)?(?![A-Za-z])|美国/, 'US'],
  [/\b(?:People's Republic of China|PRC|China|Chinese Government)\b|中华人民共和国|中国/, 'CN'],
  [/(?<![A-Za-z])U\.K\.(?![A-Za-z])|\b(?:United Kingdom|UK|Britain|British|England|Scotland|Wales|His Majesty's Government|HM Government|His Majesty|Her Majesty)\b|英国/, 'GB'],
  [/\b(?:Japan|Japanese)\b|日本/, 'JP'], [/\b(?:Republic of Korea|South Korea|Korea|Korean)\b|韩国/, 'KR'],
  [/\b(?:India|Indian)\b|印度/, 'IN'], [/\b(?:Canada|Canadian)\b|加拿大/, 'CA'], [/\b(?:Germany|German|Federal Republic)\b|德国/, 'DE'],
  [/\b(?:France|French Republic|French)\b|法国/, 'FR'], [/\b(?:Italy|Italian)\b|意大利/, 'IT'], [/\b(?:Singapore)\b|新加坡/, 'SG'],
  [/\b(?:Australia|Australian)\b|澳大利亚/, 'AU'], [/\b(?:New Zealand)\b|新西兰/, 'NZ'], [/\b(?:Brazil|Brazilian)\b|巴西/, 'BR'],
  [/\b(?:Israel|Israeli)\b|以色列/, 'IL'], [/\b(?:United Arab Emirates|UAE)\b|阿联酋/, 'AE'], [/\b(?:Saudi Arabia)\b|沙特/, 'SA'],
  [/\b(?:Russia|Russian Federation)\b|俄罗斯/, 'RU'], [/\b(?:Netherlands|Dutch)\b|荷兰/, 'NL'], [/\b(?:Spain|Spanish)\b|西班牙/, 'ES'],
  [/\b(?:Sweden|Swedish)\b|瑞典/, 'SE'], [/\b(?:Switzerland|Swiss)\b|瑞士/, 'CH'], [/\b(?:Ireland|Irish)\b|爱尔兰/, 'IE'],
  [/\b(?:Finland|Finnish)\b|芬兰/, 'FI'], [/\b(?:Denmark|Danish)\b|丹麦/, 'DK'], [/\b(?:Norway|Norwegian)\b|挪威/, 'NO'],
  [/\b(?:Poland|Polish)\b|波兰/, 'PL'], [/\b(?:Mexico|Mexican)\b|墨西哥/, 'MX'], [/\b(?:Indonesia|Indonesian)\b|印度尼西亚/, 'ID'],
  [/\b(?:Vietnam|Viet Nam)\b|越南/, 'VN'], [/\b(?:Taiwan)\b/, 'TW'], [/\b(?:Hong Kong)\b/, 'HK'], [/\bKenya\b/, 'KE'], [/\bNigeria\b/, 'NG'],
];
/** All countries in one pattern (one scan per string); the group that matched tells the country. */
const COUNTRY_RE = new RegExp(COUNTRIES.map(([re]) => `(${re.source.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'g');

/** The European Union and its institutions. */
const EU = /\b(?:European Union|European Commission|European Parliament|Council of the European Union|European Council|EU|Regulation \(EU\)|Directive \(EU\)|European Data Protection)\b|欧盟|欧洲议会|欧洲联盟|欧盟委员会/;
/** International bodies and the forms of texts agreed among states. */
const INT = /\b(?:G7|G-7|G20|G-20|Group of (?:Seven|Twenty)|United Nations|UN General Assembly|UNESCO|OECD|GPAI|Global Partnership on (?:Artificial Intelligence|AI)|ITU|ISO\/IEC|International Organization for Standardization|World Health Organization|WHO|World Bank|International Monetary Fund|IMF|Council of Europe|APEC|ASEAN|BRICS|NATO|African Union|Bletchley|Leaders of the)\b|联合国|七国集团|二十国集团|经合组织|金砖国家|上海合作组织/;

/** A jurisdiction code a name or phrase points at, with how specific it is. */
export interface PlaceHit {
  readonly code: string;
  /** 2 for a province or state, 1 for a country, EU or INT. */
  readonly level: 1 | 2;
}

const alternation = (names: readonly string[]): string => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const CN_DIVISION_RE = new RegExp(`^(?:${alternation(CN_DIVISIONS.map(([n]) => n))})`);
const CN_CITY_RE = new RegExp(`^(?:${alternation(CN_CITIES.map(([n]) => n))})`);
const CN_DIVISION_SUFFIXED = new RegExp(`(${alternation(CN_DIVISIONS.map(([n]) => n))})(?:省|市|自治区|特别行政区|维吾尔|壮族|回族)`);
const CN_CODES = new Map<string, string>([...CN_DIVISIONS, ...CN_CITIES]);
const US_STATE_RE = new RegExp(`\\b(${alternation(US_STATES.map(([n]) => n))})\\b`, 'g');
const US_CODES = new Map(US_STATES);
/** Words around a state's name that make it the jurisdiction, not a place mentioned. */
const US_STATE_CONTEXT = /\bState of\s*$|^\s*(?:State|Legislature|Governor|General Assembly|Senate|Department|Attorney General|Civil Rights|Privacy Protection)\b/;
const US_LAW_WORDS = /\b(?:Act|Code|Bill)\b/;
const CA_PROVINCE_RE = new RegExp(`\\b(${alternation(CA_PROVINCES.map(([n]) => n))})\\b`);
const CA_CODES = new Map(CA_PROVINCES);

/** Jurisdictions written in a name, title or short phrase (not in whole texts: it looks at words). */
export function placesIn(s: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  const add = (code: string, level: 1 | 2): void => {
    if (!out.some((h) => h.code === code)) out.push({ code, level });
  };
  if (/[\u4e00-\u9fff]/.test(s)) {
    const head = s.replace(/^[\s（(【]+/, '');
    const division = CN_DIVISION_RE.exec(head) ?? CN_CITY_RE.exec(head) ?? CN_DIVISION_SUFFIXED.exec(s);
    if (division) add(`CN-${CN_CODES.get(division[1] ?? division[0])}`, 2);
    if (CN_NATIONAL.test(head)) add('CN', 1);
  }
  if (/[A-Z]/.test(s)) {
    US_STATE_RE.lastIndex = 0;
    for (let m = US_STATE_RE.exec(s); m; m = US_STATE_RE.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 12), m.index);
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (US_STATE_CONTEXT.test(before) || US_STATE_CONTEXT.test(after) || US_LAW_WORDS.test(s.slice(m.index))) add(`US-${US_CODES.get(m[1])}`, 2);
    }
    const province = CA_PROVINCE_RE.exec(s);
    if (province) add(`CA-${CA_CODES.get(province[1])}`, 2);
  }
  if (EU.test(s)) add('EU', 1);
  if (INT.test(s)) add('INT', 1);
  COUNTRY_RE.lastIndex = 0;
  for (let m = COUNTRY_RE.exec(s); m; m = COUNTRY_RE.exec(s)) add(COUNTRIES[m.slice(1).findIndex((g) => g !== undefined)][1], 1);
  return out;
}

/** The country of a sub-national code: `CN-SH` → `CN`; other codes are returned as they are. */
export function countryOf(code: string): string {
  return code.includes('-') ? code.slice(0, code.indexOf('-')) : code;
}

/** Jurisdiction a web domain's suffix names (`.gov.cn`, `.gov`, `.europa.eu`, `.int`…). */
export function domainPlace(domain: string): string | undefined {
  const d = domain.toLowerCase();
  if (/(?:^|\.)europa\.eu$/.test(d)) return 'EU';
  if (/\.int$/.test(d)) return 'INT';
  if (/\.(?:gov|mil)$/.test(d)) return 'US';
  const cc = /\.(?:gov|go|gc|govt|gouv|gob|edu|ac|org|com|net)\.([a-z]{2})$/.exec(d) ?? /\.([a-z]{2})$/.exec(d);
  if (!cc) return undefined;
  const code = cc[1].toUpperCase();
  if (['IO', 'AI', 'CO', 'ME', 'TV', 'LY', 'GG', 'SH', 'CC', 'EU'].includes(code)) return undefined; // used as generic names
  return code === 'UK' ? 'GB' : code;
}
