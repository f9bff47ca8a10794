/**
 * Markdown whose structure is carried by lines rather than `#` headings: an executive order's
 * "Sec. 1. Purpose.", a treaty's "Article 5", a Chinese law's "第一章 总则" and "第一条".
 * When a Markdown document has (almost) no headings of its own but several passages open
 * with such a cue, each becomes a heading, so the document gets an outline and sections.
 */
import type { DraftHeading, DraftPassage } from './draft';
import { RANK, structuralCue } from './plainHeadings';

/** English section cues, with the title words that follow the number ("Sec. 2. Policy."). */
const EN_CUE = /^(?:(Part|Title|Chapter)\s+([IVXLC]+|\d{1,3})\b[.:]?(?:\s+[^.\n]{1,80}\.?)?|(?:(Sec(?:tion)?)\.?|§)\s*(\d{1,3}[a-z]?)\.(?:\s+[A-Z][^.\n]{0,80}\.)?|(Article)\s+(\d{1,3}[a-z]?)\b(?:\s*[.:–—-]\s*[^.\n]{1,80})?)/;
/** A document needs at least this many cues for them to be its structure. */
const MIN_CUES = 3;
/** Documents with more real headings than this keep them alone. */
const MAX_OWN_HEADINGS = 2;

interface Cue { readonly rank: number; readonly label: string; readonly passage: DraftPassage }

/** The cue that opens a passage, if any. */
function cueOf(p: DraftPassage): Cue | undefined {
  if (p.kind !== 'paragraph' && p.kind !== 'item') return undefined;
  const first = p.text.trimStart().split('\n')[0].replace(/^[*_]+/, '');
  const en = EN_CUE.exec(first);
  if (en) {
    const rank = en[1] ? (/part|title/i.test(en[1]) ? RANK.part : RANK.chapter) : en[5] ? RANK.item : RANK.item;
    return { rank, label: en[0].replace(/[*_]+$/, '').trim(), passage: p };
  }
  const zh = structuralCue(first.trim());
  if (zh && (zh.rank <= RANK.section || zh.rank === RANK.item) && /^第/.test(first.trim())) {
    return { rank: zh.rank, label: first.trim().slice(zh.start, zh.end), passage: p };
  }
  return undefined;
}

/**
 * Headings drawn from line cues, for a Markdown document with at most a title of its own.
 * Levels sit below the document's own top heading (a `#` title stays above them).
 */
export function lineSectionHeadings(text: string, headings: readonly DraftHeading[], passages: readonly DraftPassage[]): DraftHeading[] {
  if (headings.length > MAX_OWN_HEADINGS) return [];
  const cues: Cue[] = [];
  for (const p of passages) {
    const c = cueOf(p);
    if (c) cues.push(c);
  }
  if (cues.length < MIN_CUES) return [];
  const ranks = [...new Set(cues.map((c) => c.rank))].sort((a, b) => a - b);
  const base = headings.length ? Math.min(...headings.map((h) => h.level)) : 0;
  const out: DraftHeading[] = [];
  for (const c of cues) {
    const at = text.indexOf(c.label.slice(0, 12), c.passage.span.start);
    const start = at >= 0 && at < c.passage.span.end ? at : c.passage.span.start;
    const end = Math.min(c.passage.span.end, start + c.label.length);
    out.push({ text: c.label, level: base + 1 + ranks.indexOf(c.rank), span: { start, end }, anchor: c.passage.span.start });
  }
  return out;
}
