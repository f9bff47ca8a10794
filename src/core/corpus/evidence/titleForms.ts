/**
 * Titles and bylines that say who speaks: "Statement from NSC Spokesperson …", "Remarks by …
 * at …", "Readout of …", "G7 Leaders' Statement on …", "Joint Statement of the … Council",
 * "最高人民法院关于…的规定", "国务院办公厅关于印发…的通知"; byline fields (作者：, 来源：,
 * 发布单位：, "Source:", "Published by"); and news datelines ("新华社北京6月1日电",
 * "据…报道", "(Reuters) —").
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { issuerItem } from './resolve';
import { definedShortForms, enOrgName, findEnOrgNames, orgName, zhOrgName } from './orgNames';

const EN_TITLE_FORMS: readonly RegExp[] = [
  /^(?:Joint\s+)?(?:Statement|Remarks|Testimony|Letter|Message|Proclamation|Memorandum|Press Release|Readout|Address)\s+(?:from|by|of)\s+(?:the\s+)?(.+?)(?:\s+(?:on|at|to|before|during|in|regarding|concerning|following|about|for)\s+.*|['’]s\s+.*)?$/i,
  /^(.+?)\s+(?:Leaders|Ministers|Heads of State)['’]?\s*(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\b/i,
  /^(.+?)\s+(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\s+(?:on|of)\b/i,
  /\bJoint Statement of (?:the\s+)?(.+?)$/i,
];
/** Office words before a personal name: "National Economic Advisor Lael Brainard". */
const OFFICE = /^(.*?\b(?:Advisor|Adviser|Spokesperson|Spokesman|Spokeswoman|Secretary|Director|Administrator|Commissioner|Chair|Chairman|Chairwoman|Minister|Ambassador|Representative|Governor|Mayor|Counsel|Chief|Coordinator|Envoy))\s+(?:[A-Z][\w.'’-]*\s*){1,4}$/;
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;

const ZH_ABOUT = /^(.{2,60}?)关于/;
const ZH_ISSUE_TITLE = /^(.{2,40}?)(?:印发|发布)/;

/** Evidence from the title's form. */
export function titleEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const title = ctx.title?.replace(/\s+/g, ' ').trim();
  if (!title) return [];
  const line = ctx.head.find((l) => l.text.includes(title.slice(0, 20)))?.line;
  const out: EvidenceItem[] = [];
  const zh = ZH_ABOUT.exec(title) ?? ZH_ISSUE_TITLE.exec(title);
  if (zh) {
    for (const part of zh[1].split(/[\s、，,]+/)) {
      const name = zhOrgName(part);
      if (name) out.push(issuerItem(ctx.kb, name, 'title', 8, title, line));
    }
    if (out.length) return out;
  }
  for (const form of EN_TITLE_FORMS) {
    const m = form.exec(title);
    if (!m) continue;
    const name = speakerBody(m[1].trim(), ctx);
    if (name) {
      out.push(issuerItem(ctx.kb, name, 'title', 7, title, line));
      break;
    }
  }
  return out;
}

/** The body a speaker phrase stands for: a known entity, an organisation, an acronym, or an office. */
function speakerBody(phrase: string, ctx: EvidenceContext): string | undefined {
  const p = phrase.replace(/^(?:the|The)\s+/, '').replace(/[“”"]/g, '');
  const known = ctx.kb.lookup(p);
  if (known?.kind === 'institution' || known?.kind === 'person') return p;
  const org = enOrgName(p);
  if (org) return org;
  if (ACRONYM.test(p)) return expand(p, ctx);
  const first = p.split(/\s+/)[0];
  if (ACRONYM.test(first) && p.split(/\s+/).length <= 5) return expand(first, ctx);
  const office = OFFICE.exec(p);
  if (office) {
    const words = office[1].split(/\s+/);
    if (ACRONYM.test(words[0])) return expand(words[0], ctx);
    if (words.length >= 2 && /^[A-Z]/.test(office[1])) return office[1];
  }
  const inside = findEnOrgNames(p)[0];
  return inside?.name;
}

/** An acronym the text spells out ("National Security Council (NSC)"), else the acronym. */
function expand(acronym: string, ctx: EvidenceContext): string {
  return definedShortForms(ctx.text.slice(0, 20000)).get(acronym) ?? acronym;
}

/** Fields that name the developer outright (model cards): their value is a body unless it reads as a person's name. */
const DEVELOPER = /^(?:Developed by|Model developers?|Created by|Maintained by|Shared by|Released by|Organi[sz]ation|Developer|Publisher|开发者|开发方|研发单位|发布方)\s*[:：]\s*(.+)$/i;
const PERSON_LIKE = /^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$/;
const BYLINE = /^(?:作\s*者|编\s*者|编\s*辑|整\s*理|来\s*源|出\s*处|发布单位|发布机构|发布者|发文机关|发文单位|制定机关|编制单位|编\s*制|主\s*办|主办单位|承办单位|出\s*品|出品方|Source|Publisher|Published by|Issued by|Prepared by|Author|Authors|Organi[sz]ation)\s*[:：|｜]\s*(.+)$/i;
const BY = /^(?:By|BY)\s+(?:the\s+)?(.+)$/;

/** Evidence from byline and source lines in the first lines. */
export function bylineEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const { line, text } of ctx.head.slice(0, 40)) {
    const dev = DEVELOPER.exec(text);
    if (dev) {
      for (const part of dev[1].split(/\s*[,，、;；]\s*|\s+and\s+/)) {
        const p = part.trim().replace(/[.。]$/, '');
        const name = p && p.length <= 60 ? orgName(p) ?? (ctx.kb.lookup(p)?.kind === 'institution' || !PERSON_LIKE.test(p) ? p : undefined) : undefined;
        if (name) out.push(issuerItem(ctx.kb, name, 'byline', 7, text, line));
      }
      continue;
    }
    const m = BYLINE.exec(text) ?? BY.exec(text);
    if (!m) continue;
    for (const part of m[1].split(/\s*[，,、;；|｜/]\s*|\s{2,}|\s+(?:发布时间|时间|日期|Date)[:：].*$/)) {
      const p = part.trim().replace(/\s*\d{4}[-/.年].*$/, '');
      if (!p) continue;
      const known = ctx.kb.lookup(p);
      const name = known?.kind === 'institution' ? p : orgName(p) ?? newsOutlet(p);
      if (name) out.push(issuerItem(ctx.kb, name, 'byline', 7, text, line));
    }
  }
  return out;
}

/** A Chinese news outlet's name by form: …社, …报, …网, …台, …日报, …新闻. */
function newsOutlet(s: string): string | undefined {
  return /^[\u4e00-\u9fff]{2,12}(?:社|报|网|台|日报|晚报|时报|新闻)$/.test(s) ? s : undefined;
}

const ZH_DATELINE = /^(?:[【[（(]?)(?:据|综合|来自)?([\u4e00-\u9fff]{2,10}?(?:社|报|网|台|日报|晚报|时报))(?:[\u4e00-\u9fff]{2,4})?(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:电|讯|报道|消息)/;
const EN_DATELINE = /^[A-Z][A-Z .,'-]{1,40}\(([A-Z][A-Za-z ]{1,30})\)\s*[-—–]/;

/** Evidence from a news dateline or source line in the first lines. */
export function newsSourceEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const { line, text } of ctx.head.slice(0, 6)) {
    const m = ZH_DATELINE.exec(text) ?? EN_DATELINE.exec(text);
    if (m) {
      out.push(issuerItem(ctx.kb, m[1], 'newsSource', 7, text, line));
      out.push({ facet: 'type', value: 'news', kind: 'newsSource', weight: 7, excerpt: text.slice(0, 60), line });
      break;
    }
  }
  return out;
}
