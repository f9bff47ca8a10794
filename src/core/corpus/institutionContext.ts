/**
 * What the words around an institution's mention say about its role in the text, for the
 * institution ranking (`institutions.ts`): whether the mention names the organiser of what
 * the text reports ("run by …", "… convened the forum", "由…主办"), and whether a
 * university's mention is only part of one of its institutes' designation ("Tsinghua's
 * Institute for …", "Institute for … of Tsinghua University"), which then says nothing
 * about the university itself.
 */
import type { Mention } from '../knowledge/types';

/** How far before or after a mention the role words are looked for (same line only). */
const REACH = 60;

/** "organised by [the] [X's] …" right before the mention. */
const BY_ORGANISER = /\b(?:run|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|held|sponsored|initiated)\s+by\s+(?:the\s+)?(?:\S+(?:'s|’s)\s+)?$/i;
/** "… convened the forum" right after the mention (an aside in brackets may come between). */
const ORGANISES = /^\s*(?:\([^)\n]{0,80}\)\s*)?,?\s*(?:convened|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|held)\s+(?:the|a|an|its)\b/i;
/** 由 X 主办 / X 主办的 / X 联合举办. */
const ZH_ORGANISES = /^\s*(?:\([^)\n]{0,40}\)|（[^）\n]{0,40}）)?\s*(?:联合|共同)?(?:主办|承办|举办|发起|召开|组织召开)/;
const ZH_BY = /由\s*$/;
const ZH_BY_LATER = /^[^。！？；\n]{0,30}?(?:主办|承办|举办|发起|召开)/;

/** Whether the mention at [start, end) names the organiser of the event or work reported. */
export function namesOrganiser(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start).split(/\r?\n/).pop() ?? '';
  const after = text.slice(end, end + REACH).split(/\r?\n/)[0];
  if (BY_ORGANISER.test(before) || ORGANISES.test(after) || ZH_ORGANISES.test(after)) return true;
  return ZH_BY.test(before) && ZH_BY_LATER.test(after);
}

/** Text allowed between a university and its institute named after it: "Tsinghua's Institute…". */
const PARENT_FIRST = /^(?:'s|’s|的)?\s*$/;
/** …or between an institute and its university named after it: "Institute … of Tsinghua University". */
const CHILD_FIRST = /^\s*(?:of|at|,|，)\s*(?:the\s+)?$/i;

/**
 * Indices (into `mentions`, sorted by start) of mentions of an institution that only
 * qualify the name of one of its parts right next to them. `isPartOf(child, parent)` tells
 * whether institution `child` belongs to `parent`.
 */
export function qualifyingMentions(
  text: string,
  mentions: readonly Mention[],
  isPartOf: (childId: string, parentId: string) => boolean,
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    if (next && next.start >= m.end && next.start - m.end <= 4 && isPartOf(next.entityId, m.entityId) &&
      PARENT_FIRST.test(text.slice(m.end, next.start))) out.add(i);
    else if (prev && m.start >= prev.end && m.start - prev.end <= 12 && isPartOf(prev.entityId, m.entityId) &&
      CHILD_FIRST.test(text.slice(prev.end, m.start))) out.add(i);
  }
  return out;
}
