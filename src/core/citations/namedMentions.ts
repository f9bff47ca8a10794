/**
 * Instruments named rather than cited: a text that says "the EU AI Act", "GDPR" or
 * 《个人信息保护法》's short name 个人信息保护法 refers to that instrument as surely as one
 * that gives its number. Mentions of knowledge-base laws and agreements that no extracted
 * citation already covers become citations too, so Cites / Cited by also count them.
 */
import type { Citation } from './types';

/** A mention as the corpus model keeps it. */
export interface EntityMentionLike {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What this needs of the knowledge base (a `KnowledgeBase` fits). */
export interface EntityKinds {
  get(id: string): { readonly kind: string; readonly names: { readonly en?: string; readonly zh?: string } } | undefined;
}

/** Entity kinds whose mentions refer to instruments. */
const INSTRUMENTS = new Set(['law', 'agreement']);

/** Citations for mentions of instruments in `mentions` that do not overlap `cited`. */
export function namedMentionCitations(mentions: readonly EntityMentionLike[], kb: EntityKinds, cited: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  let i = 0;
  for (const m of mentions) {
    const e = kb.get(m.entityId);
    if (!e || !INSTRUMENTS.has(e.kind)) continue;
    while (i < cited.length && cited[i].end <= m.start) i++;
    if (i < cited.length && cited[i].start < m.end) continue;
    out.push({
      kind: 'named', start: m.start, end: m.end, text: m.text, label: e.names.en ?? e.names.zh ?? m.text,
      keys: [`entity:${m.entityId}`], instrument: true,
    });
  }
  return out;
}
