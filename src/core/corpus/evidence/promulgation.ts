/**
 * Adoption and promulgation lines near the top of a legal or official text: "2021年6月10日
 * 第十三届全国人民代表大会常务委员会第二十九次会议通过", "国家互联网信息办公室2021年第20次室务会议
 * 审议通过", "中华人民共和国国务院令 第790号", "（…等七部门发布）", "Adopted by the … on …".
 * Each names the body that made the text: the strongest evidence of its issuer.
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { issuerItem } from './resolve';
import { orgName, zhOrgName } from './orgNames';

const NUM = '[一二三四五六七八九十百千零〇两\\d]+';
const LEADING_DATE = /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*/;
/** Meeting words at the end of the text before 会议: 常务, 室务, 全体… */
const MEETING_KIND = /(?:常务|室务|部务|委务|局务|署务|厅务|行务|全体|主任|办公|党组|联席)$/;
const MEETING_COUNT = new RegExp(`(?:\\d{4}\\s*年(?:度)?)?\\s*第\\s*${NUM}\\s*次$`);
/** Adopted (通过, 修订…) by the body that met; a higher body's 批准 (approval) of a city's rule does not make it the issuer. */
const ADOPTED = /会议(?:审议|讨论)?(?:通过|修订|修正|决定)/;
const APPROVED = /会议(?:审议)?批准/;
const ORDER = new RegExp(`^(.{2,80}?)(?:令|公告)\\s*[（(〔]?(?:\\d{4})?[）)〕]?\\s*(?:年)?\\s*第\\s*${NUM}\\s*号`);
const ISSUED = /^(.{2,80}?)(?:等[一二三四五六七八九十\d]+(?:个)?部门)?(?:联合)?(?:发布|印发|公布|颁布|制定)[）)]?$/;
const EN_ADOPTED = /^(?:adopted|issued|promulgated|enacted|approved|published|released|prepared|presented to parliament)\s+by\s+(?:the\s+)?(.{3,120}?)(?:\s+(?:on|at|in|by command)\s+.*)?[.;,]?$/i;
/** An office presenting a paper ("the Secretary of State for …"): the office is the issuer. */
const EN_OFFICE = /^(?:Secretary of State|Minister|Secretary|Commissioner|Director|Administrator|Chancellor|Attorney General)\b[\w ,'’&-]{0,80}$/;

/** How many head lines after the title an adoption line may stand on. */
const REACH = 10;
const COVER_REACH = 30;
const STANDARD_COVER = /^(?:ICS\s*\d|GB(?:\/[TZ])?\s*\d|[A-Z]{2,4}\/T\s*\d|\d{4}-\d{2}-\d{2}\s*(?:发布|实施)$)|(?:国家|行业|团体|地方)标准$/;

/** Evidence from adoption and promulgation lines. */
export function promulgationEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  // A standard's cover names its issuers lower down, after its number and dates.
  const cover = ctx.head.slice(0, COVER_REACH).some((l) => STANDARD_COVER.test(l.text));
  for (const [i, { line, text }] of ctx.head.slice(0, cover ? COVER_REACH : REACH).entries()) {
    if (i >= REACH && !/(?:发布|印发|公布|颁布)$/.test(text)) continue;
    const s = text.replace(LEADING_DATE, '').replace(/^[（(]|[）)]$/g, '').trim();
    if (APPROVED.test(s) && !ADOPTED.test(s)) continue;
    if (ADOPTED.test(s)) {
      for (const name of adoptingBodies(s)) out.push(issuerItem(ctx.kb, name, 'adoption', 10, text, line));
      continue;
    }
    const order = ORDER.exec(s);
    if (order) {
      for (const name of splitBodies(order[1])) out.push(issuerItem(ctx.kb, name, 'promulgation', 9, text, line));
      continue;
    }
    const issued = ISSUED.exec(s.replace(/\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*/g, ''));
    if (issued) {
      for (const name of splitBodies(issued[1])) out.push(issuerItem(ctx.kb, name, 'promulgation', 8, text, line));
      continue;
    }
    const en = EN_ADOPTED.exec(s);
    if (en) {
      const parts = EN_OFFICE.test(en[1]) ? [en[1]] : en[1].split(/\s*(?:,| and )\s*(?=the\s|[A-Z])/);
      for (const part of parts) {
        const name = orgName(part) ?? (ctx.kb.lookup(part)?.kind === 'institution' || EN_OFFICE.test(part) ? part : undefined);
        if (name) out.push(issuerItem(ctx.kb, name, 'adoption', 9, text, line));
      }
    }
  }
  return out;
}

/** The bodies named before each 会议 of an adoption line ("A第N次会议、B第M次会议通过"). */
export function adoptingBodies(line: string): string[] {
  const out: string[] = [];
  for (const segment of line.split(/[、，,；;]/)) {
    const at = segment.indexOf('会议');
    if (at < 0) continue;
    let before = segment.slice(0, at).trim();
    before = before.replace(MEETING_KIND, '').replace(MEETING_COUNT, '').replace(/\s*\d{4}\s*年(?:度)?$/, '').trim();
    before = before.replace(LEADING_DATE, '');
    const name = zhOrgName(before);
    if (name) out.push(name);
  }
  return out;
}

/** "国家互联网信息办公室 中华人民共和国工业和信息化部" → each body, when each is a name by form. */
function splitBodies(s: string): string[] {
  const whole = zhOrgName(s);
  const parts = s.split(/[\s、，,]+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const names = parts.map((p) => zhOrgName(p) ?? orgName(p));
    if (names.every(Boolean)) return names as string[];
  }
  return whole ? [whole] : [];
}
