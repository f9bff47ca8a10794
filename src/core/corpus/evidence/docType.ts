/**
 * Evidence of a document's type from its own form: the title's last words (…法, …条例,
 * …规定, …规划, "Executive Order", "Remarks by", "Acceptable Use Policy"), its structure
 * (numbered articles, "Sec. 1." sections, speaker labels, code and install instructions), its
 * file name (README, LICENSE) and its delivery notes ("AS PREPARED FOR DELIVERY").
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { facetItem } from './resolve';
import type { DocumentType } from './docTypeWords';

/** Title endings and words → type, with weight; the first match of each type counts. */
const ZH_TITLE: ReadonlyArray<[RegExp, DocumentType, number]> = [
  [/(?:最高人民法院|最高人民检察院).*(?:解释|规定|批复|决定)$|司法解释/, 'judicial-interpretation', 9],
  [/(?:法|法典)(?:（[^）]*）)?$/, 'law', 7],
  [/条例(?:（[^）]*）)?$/, 'regulation', 7],
  [/(?:规定|办法|细则|规则|决定)(?:（[^）]*）)?$/, 'regulation', 6],
  [/(?:规划|计划|行动方案|实施方案|工作方案|方案|纲要|路线图|战略|意见)(?:（[^）]*）)?$/, 'plan', 6],
  [/(?:标准|规范|指南|技术要求|要求|^GB(?:\/T)?\s*\d)/, 'standard', 5],
  [/(?:原则|准则|倡议|宣言|共识|公约|伦理)/, 'principles', 6],
  [/(?:联合声明|声明|公报)$/, 'statement', 7],
  [/(?:讲话|致辞|演讲|发言|答记者问)/, 'speech', 7],
  [/(?:报告|白皮书|蓝皮书|指数|年鉴|综述|趋势)/, 'report', 5],
  [/(?:许可协议|许可证|使用协议|用户协议|服务协议)$/, 'licence', 8],
];
const EN_TITLE: ReadonlyArray<[RegExp, DocumentType, number]> = [
  [/\bExecutive Order\b/i, 'executive-order', 9],
  [/\b(?:License|Licence|Terms of (?:Use|Service)|Acceptable Use Policy|Use Policy|EULA)\b/i, 'licence', 8],
  [/\b(?:Model Card|System Card|README|Technical Report|Tech Report|Documentation|Quick ?start)\b/i, 'technical', 7],
  [/^(?:Announcing|Introducing)\b|\b(?:announces|launches|unveils|issues|releases|publishes|unveiled|announced|calls for|says|race|races|warns|plans|signs|bans|proposes|targets|joins|vows|urges|seeks|wins|faces|opens|cuts|hits|slams|backs)\b/i, 'news', 5],
  [/^(?:Regulation|Directive|Decision) \((?:EU|EC|EEC)\)|\b(?:Regulations?|Directive|Rules?|Ordinance)\b(?! of Procedure)/i, 'regulation', 6],
  [/\b(?:Act|Law|Code|Statute|Bill)\b(?:\s+(?:of\s+)?\d{4})?(?:\s*\(.*\))?$/, 'law', 7],
  [/\b(?:Joint Statement|Statement|Communiqu[eé]|Readout|Fact Sheet|FACT SHEET|Press Release)\b/i, 'statement', 7],
  [/\b(?:Remarks|Speech|Address|Keynote|Testimony|Transcript|Interview)\b/i, 'speech', 7],
  [/\b(?:Principles|Guiding Principles|Code of Conduct|Charter|Declaration|Commitments|Manifesto|Ethics Guidelines|Values)\b/i, 'principles', 6],
  [/\b(?:Standard|Framework|Specification|Profile|Guidelines?|Guidance|Best Practices|Playbook|Spec)\b/i, 'standard', 5],
  [/\b(?:Plan|Strategy|Roadmap|Agenda|Blueprint|Action Plan)\b/i, 'plan', 6],
  [/\b(?:Report|White Paper|Whitepaper|Study|Review|Survey|Index|Outlook|Assessment|Analysis)\b/i, 'report', 5],
];

const TECH_HEADING = /^(?:Installation|Install|Quick ?Start|Getting Started|Usage|Requirements|Inference|Fine-?tuning|Benchmarks?|Evaluation|Model Details|Training Data|Citation|快速(?:开始|使用|上手)|安装|推理(?:和部署)?|模型介绍|模型微调|评测|引用|部署)(?![A-Za-z])/i;
const TECH_HEADING_LINE = new RegExp(`^(?:#{1,4}\\s+|<h[1-4][^>]*>\\s*)(?:\\S{0,3}\\s*)?${TECH_HEADING.source.slice(1)}`, 'gim');
/** How much of a text the structure counts read: enough for the cues of any document's first part. */
const SCAN = 60_000;
const CODE_MARKERS = /```|\bpip install\b|\bgit clone\b|\bfrom transformers import\b|\bimport torch\b|\bpython\s+\S+\.py\b/;

/** Evidence of the type from the title, structure and file name. */
export function typeEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const title = ctx.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title) {
    const inner = /关于印发《?([^》]+)》?的通知$/.exec(title)?.[1];
    const subject = inner ?? title.replace(/[（(][^（()）]*(?:草案|征求意见稿|试行|修订|暂行)[^（()）]*[）)]$/, '');
    const rules = /[\u4e00-\u9fff]/.test(subject) ? ZH_TITLE : EN_TITLE;
    for (const [re, type, weight] of rules) {
      if (re.test(subject)) {
        out.push(facetItem('type', type, 'title', weight, title));
        break;
      }
    }
  }
  // Cover lines under or over the title ("Annual Report 2024", "白皮书") say the type too, more weakly.
  for (const { text, line } of ctx.head.slice(0, 8)) {
    if (text === title || text.length > 80) continue;
    const rules = /[\u4e00-\u9fff]/.test(text) ? ZH_TITLE : EN_TITLE;
    const hit = rules.find(([re, type]) => type !== 'news' && re.test(text));
    if (hit) out.push(facetItem('type', hit[1], 'title', 3, text, line));
  }
  const body = ctx.text.length > SCAN ? ctx.text.slice(0, SCAN) : ctx.text;
  const articles = count(body, /^[ \t>#*\u3000]{0,8}(?:第[一二三四五六七八九十百千零〇\d]+条|Article\s+\d+)/gm);
  const sections = count(body, /^[ \t>#*]{0,8}(?:<[^>\n]{0,80}>)?(?:Sec(?:tion)?\.?\s*\d+\.|§\s*\d+)/gm);
  const speakers = count(body, /^[ \t]{0,3}\*{0,2}(?:THE |MR\. |MS\. |DR\. )?[A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}:\*{0,2}\s/gm);
  const techHeadings = count(body, TECH_HEADING_LINE);
  if (articles >= 5) {
    out.push(facetItem('type', 'regulation', 'structure', 3, `${articles} articles`));
    out.push(facetItem('type', 'law', 'structure', 2.5, `${articles} articles`));
  }
  if (sections >= 3) out.push(facetItem('type', 'executive-order', 'structure', 2, `${sections} numbered sections`));
  if (speakers >= 1 || ctx.head.slice(0, 12).some((l) => /^(?:AS PREPARED FOR DELIVERY|As Prepared for Delivery|AS DELIVERED)$/.test(l.text))) {
    out.push(facetItem('type', 'speech', 'structure', speakers >= 1 ? 4 : 7, speakers ? `${speakers} speaker label(s)` : 'as prepared for delivery'));
  }
  const codeLike = CODE_MARKERS.test(body);
  if (techHeadings >= 2 || (techHeadings >= 1 && codeLike)) out.push(facetItem('type', 'technical', 'structure', 5, `${techHeadings} technical heading(s)`));
  const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  if (/^readme\b|model[-_ ]?card|^changelog\b/i.test(file)) out.push(facetItem('type', 'technical', 'fileName', 7, file));
  if (/^(?:licen[cs]e|copying|use[-_ ]?policy|terms)\b/i.test(file)) out.push(facetItem('type', 'licence', 'fileName', 7, file));
  return out;
}

/** Number of matches of a global regex, capped (a count of cues, not an exact tally). */
function count(text: string, re: RegExp, cap = 50): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < cap && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}
