/**
 * Authorship, copyright and licence lines anywhere near the top or the end: "© 2024 X. All
 * rights reserved.", "Copyright (c) 2023 X", a citation block's `author = {X}` naming one
 * body, a licence's licensor ("X (“Licensor”)", "“Licensor” means X", 许可方：X).
 */
import type { EvidenceContext, EvidenceItem, TextLine } from './types';
import { issuerItem } from './resolve';
import { findEnOrgNames, orgName } from './orgNames';

const COPYRIGHT = /(?:©|\(c\)|\bCopyright\b(?:\s*(?:\(c\)|©))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?[,.]?\s*)?(?:by\s+)?(?:the\s+)?([A-Z\u4e00-\u9fff][^.©\n]{1,80}?)(?:\.?\s*All rights reserved|\.\s|,?\s+and its affiliates|\s*版权所有|$)/i;
const LICENSOR = /(?:[“"]Licensor[”"]\s+(?:means|shall mean|refers to)\s+(?:the\s+)?([^,.;]{2,80})|(?:^|\s)([A-Z][^()“"]{1,80}?)\s*\((?:the\s+)?[“"](?:Licensor|we|us)[”"]|许可方[：:]\s*([\u4e00-\u9fffA-Za-z（）()]{2,40})|([\u4e00-\u9fff]{2,30})[（(](?:以下)?简称[“"]?许可方[”"]?[）)])/;
/** “Meta” or “we” means Meta Platforms Ireland Limited; "we", "us" and "our" refer to X. */
const WE_MEANS = /[“"](?:[^”"]{1,30})[”"]\s*(?:,\s*[“"][^”"]{1,12}[”"]\s*)*(?:or|and)\s+[“"](?:we|us|our)[”"][^.]{0,40}?\b(?:means?|refers? to)\s+(?:the\s+)?([A-Z][^,.;()]{2,80})/;
const BIB_AUTHOR = /\bauthor\s*=\s*[{"]\s*([^{}"\n]{2,80})\s*[}"]/g;

/** Evidence from copyright, licensor and citation lines. */
export function authorshipEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const lines: TextLine[] = [...ctx.head, ...ctx.tail.filter((t) => !ctx.head.some((h) => h.line === t.line))];
  for (const { line, text } of lines) {
    const c = /©|\(c\)|copyright/i.test(text) ? COPYRIGHT.exec(text) : null;
    if (c) {
      const name = bodyName(c[1], ctx);
      if (name) out.push(issuerItem(ctx.kb, name, 'copyright', 6, text, line));
    }
    const we = /[“"](?:we|us|our)[”"]/.test(text) ? WE_MEANS.exec(text) : null;
    if (we) {
      const name = bodyName(we[1].trim(), ctx);
      if (name) out.push(issuerItem(ctx.kb, name, 'licensor', 8, text, line));
    }
    const l = /licensor|许可方|[“"](?:we|us)[”"]/i.test(text) ? LICENSOR.exec(text) : null;
    if (l) {
      const raw = (l[1] ?? l[2] ?? l[3] ?? l[4]).trim();
      // "This licence is granted by X Ltd. (“Licensor”)": the body is the last name before the bracket.
      const name = bodyName(raw, ctx) ?? bodyName(findEnOrgNames(raw).pop()?.name ?? '', ctx);
      if (name) out.push(issuerItem(ctx.kb, name, 'licensor', 8, text, line));
    }
  }
  let hits = 0;
  // Only where a citation block can be: the text must contain "author" at all.
  BIB_AUTHOR.lastIndex = ctx.text.indexOf('author');
  for (let m = BIB_AUTHOR.lastIndex < 0 ? null : BIB_AUTHOR.exec(ctx.text); m && hits < 3; m = BIB_AUTHOR.exec(ctx.text), hits++) {
    const author = m[1].trim();
    if (/\band\b|,/.test(author)) continue; // a list of people, not one body
    const name = bodyName(author, ctx) ?? (/^[A-Z][\w-]+(?:\s+(?:Team|AI|Lab|Labs|Research))?$/.test(author) ? author : undefined);
    if (name) out.push(issuerItem(ctx.kb, name, 'citation', 4, m[0], lineAt(ctx.text, m.index)));
  }
  BIB_AUTHOR.lastIndex = 0;
  return out;
}

/** A name that denotes a body: known to the knowledge base, or an organisation by form. */
function bodyName(s: string, ctx: EvidenceContext): string | undefined {
  const t = s.replace(/^(?:the|The)\s+/, '').replace(/(?<!\b(?:Inc|Ltd|Co|Corp))[,.;:]+$/, '').trim();
  if (!t || /^(?:copyright owner|owner|author|authors|contributors|licensor|you)\b/i.test(t)) return undefined;
  const known = ctx.kb.lookup(t);
  if (known?.kind === 'institution') return t;
  return orgName(t) ?? (ctx.kb.findMentions(t).some((m) => ctx.kb.get(m.entityId)?.kind === 'institution' && m.end - m.start >= t.length * 0.7) ? t : undefined);
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
