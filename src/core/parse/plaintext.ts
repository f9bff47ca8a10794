/**
 * Structure of plain text without any markdown parser: headings inferred from line cues,
 * paragraphs and bullet items as passages, a table of contents as one span, and web-page
 * debris left out. Every span points at the original text, whatever the line endings.
 */
import type { Span } from '../types';
import type { LineIndex } from '../text/lines';
import { footerStart, isDebrisLine } from './debris';
import type { DraftHeading, DraftPassage } from './draft';
import { bulletLength, isBylineLine, isMatterLine, isTitleLike, RANK, standaloneCue, structuralCue, type HeadingCue } from './plainHeadings';
import { findToc } from './toc';
import { isNumberedItem, passageStarts } from './lineRuns';

export interface PlainStructure {
  readonly headings: DraftHeading[];
  readonly passages: DraftPassage[];
  readonly toc?: Span;
  readonly title?: string;
}

interface Block {
  kind: 'paragraph' | 'item';
  start: number;
  end: number;
  lines: string[];
  /** `[start, end)` of each line's trimmed text. */
  spans: Span[];
}

/** Read the structure of a plain-text document. */
export function parsePlainStructure(text: string, index: LineIndex): PlainStructure {
  const n = index.lineCount;
  const spans: Span[] = [];
  const raw: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = index.lineSpan(i);
    spans.push(s);
    raw.push(text.slice(s.start, s.end));
  }
  const trimmed = raw.map((l) => l.trim());
  const footer = footerStart(raw, spans.map((s) => s.start), text.length);
  const tocLines = findToc(raw);
  const skip = trimmed.map((t, i) => i >= footer || (tocLines !== undefined && i >= tocLines.first && i <= tocLines.last) || isDebrisLine(t));
  const blank = (i: number): boolean => i < 0 || i >= n || trimmed[i] === '' || skip[i];
  const standalone = (i: number): boolean => blank(i - 1) && blank(i + 1);
  const nextContent = (i: number): number => {
    let j = i + 1;
    while (j < n && blank(j)) j++;
    return j;
  };

  let titleLine = -1;
  const firstLine = nextContent(-1);
  if (firstLine < n && standalone(firstLine) && isTitleLike(trimmed[firstLine], true) && !structuralCue(trimmed[firstLine])) titleLine = firstLine;

  const cueAt = (i: number): HeadingCue | undefined => {
    const t = trimmed[i];
    if (i === titleLine) return { rank: RANK.title, start: 0, end: t.length, inline: false };
    const structural = structuralCue(t);
    if (structural || !standalone(i) || isBylineLine(t)) return structural;
    if (isMatterLine(t)) return { rank: RANK.matter, start: 0, end: t.length, inline: false };
    const numbered = standaloneCue(t);
    if (numbered) return numbered;
    if (!isTitleLike(t) || bulletLength(t) > 0) return undefined;
    const j = nextContent(i);
    const bodyFollows = j < n && (!isTitleLike(trimmed[j]) || structuralCue(trimmed[j]) !== undefined || standaloneCue(trimmed[j]) !== undefined);
    return bodyFollows ? { rank: RANK.shortTitle, start: 0, end: t.length, inline: false } : undefined;
  };

  const drafts: { rank: number; text: string; span: Span; anchor: number }[] = [];
  const passages: DraftPassage[] = [];
  let cur: Block | undefined;
  const flush = (): void => {
    if (cur && cur.lines.some((l) => l !== '')) {
      // One passage per paragraph of the run (numbered items, sentence-closing lines).
      const starts = passageStarts(cur.lines);
      starts.forEach((first, k) => {
        const last = (starts[k + 1] ?? cur!.lines.length) - 1;
        const kind = k > 0 && isNumberedItem(cur!.lines[first]) ? 'item' : k === 0 ? cur!.kind : 'paragraph';
        const start = k === 0 ? cur!.start : cur!.spans[first].start;
        const end = last === cur!.lines.length - 1 ? cur!.end : cur!.spans[last].end;
        passages.push({ kind, span: { start, end }, text: cur!.lines.slice(first, last + 1).join('\n') });
      });
    }
    cur = undefined;
  };

  for (let i = 0; i < n; i++) {
    if (blank(i)) {
      flush();
      continue;
    }
    const t = trimmed[i];
    const lineStart = spans[i].start + (raw[i].length - raw[i].trimStart().length);
    const cue = cueAt(i);
    if (cue) {
      flush();
      const label = t.slice(cue.start, cue.end);
      const lead = label.length - label.trimStart().length;
      drafts.push({ rank: cue.rank, text: label.trim(), span: { start: lineStart + cue.start + lead, end: lineStart + cue.start + lead + label.trim().length }, anchor: spans[i].start });
      if (cue.inline) cur = { kind: 'paragraph', start: lineStart, end: lineStart + t.length, lines: [t], spans: [{ start: lineStart, end: lineStart + t.length }] };
      continue;
    }
    const bullet = bulletLength(t);
    if (bullet > 0) {
      flush();
      cur = { kind: 'item', start: lineStart + bullet, end: lineStart + t.length, lines: [t.slice(bullet)], spans: [{ start: lineStart + bullet, end: lineStart + t.length }] };
      continue;
    }
    if (cur) {
      cur.end = lineStart + t.length;
      cur.lines.push(t);
      cur.spans.push({ start: lineStart, end: lineStart + t.length });
    } else {
      cur = { kind: 'paragraph', start: lineStart, end: lineStart + t.length, lines: [t], spans: [{ start: lineStart, end: lineStart + t.length }] };
    }
  }
  flush();

  // Front/back matter takes the rank of the document's top sections (below its title).
  const top = Math.min(...drafts.filter((d) => d.rank !== RANK.title && d.rank !== RANK.matter).map((d) => d.rank));
  for (const d of drafts) if (d.rank === RANK.matter) d.rank = Number.isFinite(top) ? top : RANK.shortTitle;
  const ranks = [...new Set(drafts.map((d) => d.rank))].sort((a, b) => a - b);
  const headings = drafts.map((d) => ({ text: d.text, level: ranks.indexOf(d.rank) + 1, span: d.span, anchor: d.anchor }));
  const toc = tocLines && { start: spans[tocLines.first].start, end: spans[tocLines.last].end };
  return { headings, passages, toc, title: titleLine >= 0 ? trimmed[titleLine] : undefined };
}
