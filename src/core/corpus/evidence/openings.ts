/**
 * Opening formulas that say who speaks or acts: "We, the Leaders of the Group of Seven
 * (G7), …", "By the authority vested in me as President by the Constitution and the laws of
 * the United States of America, …", "X is committed to … its tools", "Baichuan 2 是百川智能
 * 推出的…", "由…发起/制定". They also tell the document's type and jurisdiction.
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { facetItem, issuerItem } from './resolve';
import { enOrgName, isAllCaps, orgName, titleCase } from './orgNames';
import { placesIn } from './places';

const WE_THE = /^We,?\s+the\s+(Leaders|Heads of State and Government|Ministers|Members|Parties|Governments|Participants|Representatives|Signatories|Member States)\s+(?:of|from)\s+(?:the\s+)?([^,;:]{2,80}?)\s*(?:\(([A-Z0-9-]{2,8})\))?\s*[,;:]/;
const AUTHORITY = /^By (?:the )?authority vested in me as (President|Governor|Mayor|Prime Minister|Chancellor)(?: of (?:the )?([A-Z][^,]*?))? by the Constitution and (?:the )?laws of (?:the )?([A-Z][^,]*?)[,.]/i;
const COMMITTED = /^(?:At\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})(?:,\s+we\b|\s+is\s+committed\s+to\b[^.]*\b(?:its|our)\b|\s*\((?:“|")(?:we|us|our|Company)(?:”|")|\s+(?:builds|develops|designs|makes)\s+[^.]*\b(?:its|our)\b)/;
const ZH_BY = /(?:是|由)\s*([\u4e00-\u9fffA-Za-z]{2,16}?)(?:团队|公司)?\s*(?:推出|发布|开发|研发|训练|开源|打造|发起|制定|起草|编制|主办)(?:的)?/;
const EN_BY = /\b(?:developed|created|trained|built|released|maintained|published|authored|written|produced|compiled)\s+by\s+(?:(?:researchers|scientists|a team|the team|engineers|staff)\s+(?:at|from|of)\s+)?(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|&)?\s*[A-Z][\w&.'’-]*){0,8})/;

/** How far into the head the formulas are looked for. */
const REACH = 8;

/** Evidence from opening formulas. */
export function openingEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const seen = new Set(ctx.opening.slice(0, REACH).map((l) => l.line));
  for (const { line, text } of [...ctx.opening.slice(0, REACH), ...ctx.head.slice(0, 3).filter((l) => !seen.has(l.line))]) {
    const we = WE_THE.exec(text);
    if (we) {
      const body = we[2].trim();
      out.push(issuerItem(ctx.kb, body, 'opening', 9, text, line, we[3]));
      out.push(facetItem('type', /Ministers|Leaders|Heads/.test(we[1]) ? 'statement' : 'principles', 'opening', 5, text, line));
      for (const p of placesIn(`${body} ${we[3] ?? ''} Leaders of the`)) out.push(facetItem('jurisdiction', p.code, 'opening', 4, text, line));
      continue;
    }
    if (isAllCaps(text) && /,$/.test(text) && text.length <= 160) {
      for (const part of titleCase(text.replace(/,$/, '')).split(/\s+and\s+(?=the\s)/i)) {
        const name = enOrgName(part);
        if (name) out.push(issuerItem(ctx.kb, name, 'opening', 9, text, line));
      }
      continue;
    }
    const auth = AUTHORITY.exec(text);
    if (auth) {
      const place = (auth[2] ?? auth[3]).replace(/\s+of America$/, '').trim();
      const office = `${auth[1][0].toUpperCase()}${auth[1].slice(1).toLowerCase()} of the ${place}`.replace(/of the (State|Commonwealth|City) of/, 'of');
      out.push(issuerItem(ctx.kb, office, 'opening', 9, text, line));
      out.push(facetItem('type', 'executive-order', 'opening', 9, text, line));
      for (const p of placesIn(`laws of the ${auth[3]} ${auth[2] ?? ''}`)) out.push(facetItem('jurisdiction', p.code, 'opening', 7, text, line));
      continue;
    }
    const committed = COMMITTED.exec(text);
    if (committed) {
      const name = committed[1];
      const known = ctx.kb.lookup(name);
      if (known?.kind === 'institution' || orgName(name) || /\bits\b|\bwe\b|“we”|"we"/.test(text)) out.push(issuerItem(ctx.kb, orgName(name) ?? name, 'opening', 5, text, line));
      continue;
    }
    const zh = ZH_BY.exec(text);
    if (zh && line <= (ctx.head[0]?.line ?? 0) + 60) {
      const name = zh[1];
      if (!/^(?:我们|本|该|此|其|他们|用户|社区|开发者|大家|国家)/.test(name)) out.push(issuerItem(ctx.kb, name, 'authorship', 5, text, line));
      continue;
    }
    const en = EN_BY.exec(text);
    if (en) {
      const name = orgName(en[1]) ?? (ctx.kb.lookup(en[1])?.kind === 'institution' ? en[1] : undefined);
      if (name) out.push(issuerItem(ctx.kb, name, 'authorship', 6, text, line));
    }
  }
  return out;
}
