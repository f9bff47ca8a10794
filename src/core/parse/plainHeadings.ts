/**
 * Heading cues in plain text: chapter and article numbers of legal texts (`第一章`, `第一条`),
 * numbered items of reports (`进展 1：`, `趋势 10：`, `一、`, `01 Responsive`), bracketed labels
 * (`【趋势概要】`) and short title lines. Ranks order them (chapter above article above label);
 * the reader turns the ranks used by a document into levels 1, 2, 3… Front and back matter
 * (`序言`, `编写说明`, `附录`…) sits beside the top sections, never above them, and a byline
 * (`整理：…`, `Source: …`) is metadata, never a heading.
 */

/** What a line's heading cue is: its rank, the label's offsets in the line, and whether text follows. */
export interface HeadingCue {
  readonly rank: number;
  /** Label offsets relative to the start of the line. */
  readonly start: number;
  readonly end: number;
  /** True when prose follows the label on the same line (it also becomes a passage). */
  readonly inline: boolean;
}

export const RANK = { title: 0, part: 1, chapter: 2, section: 3, shortTitle: 4, item: 5, subItem: 6, label: 7, matter: 8 } as const;

const NUM = '[一二三四五六七八九十百千零〇两\\d]+';
const UNIT_RANK: Record<string, number> = { 编: RANK.part, 部分: RANK.part, 章: RANK.chapter, 节: RANK.section };
const CHAPTER = new RegExp(`^第${NUM}(编|部分|章|节)(?:[\\s\\u3000]+\\S.*|)$`);
const ARTICLE = new RegExp(`^第${NUM}条(?=[\\s\\u3000]|$)`);
const SERIES = /^(?:进展|趋势|原则|建议|挑战|任务|措施|案例|专题|Trend|Principle|Recommendation)\s*\d{1,2}\s*[:：]\s*\S/i;
const LABEL = /^【([^】\n]{1,20})】/;
const ZH_ENUM = /^[一二三四五六七八九十]{1,3}、\s*\S/;
const ZH_SUB_ENUM = /^[（(][一二三四五六七八九十]{1,3}[)）]\s*\S/;
const NUMBERED = /^(?:\d{1,2}[.、]\s*|\d{2}\s+)\S/;
const CAPTION = /^(?:图|表|Figure|Fig\.|Table)\s*\d+(?:\.\d+)?\s*[:：.]/i;
const TERMINAL = /[。！？；;.!?:：,，、…]$/;

/**
 * Front and back matter of a report: preface, notes on the text, summary, appendix… Such a
 * line is a section beside the report's top sections (`RANK.matter` is resolved to their
 * rank by the reader), not a parent of the numbered sections that follow it.
 */
const MATTER = /^(?:序言?|前言|引言|导言|绪论|卷首语|编者按|编写说明|编制说明|说明|摘要|内容摘要|概述|小结|总结|结语|结束语|结论|后记|致谢|鸣谢|参考文献|附录(?:[\s\u3000]*[一二三四五六七八九十\dA-Z]{1,3})?|附件(?:[\s\u3000]*[一二三四五六七八九十\d]{1,3})?|目\s*录|Preface|Foreword|Introduction|Executive summary|Summary|Abstract|Conclusions?|Afterword|Acknowledge?ments|References|Appendix(?:\s+[A-Z\d]{1,3})?|Contents|Table of contents|Notes on (?:the|this) text|About this (?:report|brief|document))$/i;

/** Whether a (trimmed) standalone line names front or back matter. */
export function isMatterLine(trimmed: string): boolean {
  return MATTER.test(trimmed.replace(/[\s\u3000]*[:：]$/, ''));
}

/**
 * Byline and publication lines: who wrote, compiled, edited or published the text, and when.
 * They are metadata (the date and institution inference reads them), never headings.
 */
const BYLINE = /^(?:作\s*者|整\s*理|撰\s*文|撰\s*稿|执\s*笔|文|图|编\s*者|编\s*辑|责任编辑|责\s*编|审\s*核|审\s*校|校\s*对|翻\s*译|译\s*者|编\s*译|记\s*者|通讯员|摄\s*影|供\s*稿|来\s*源|出\s*处|转\s*载|发布时间|发布日期|发表时间|发表日期|发布单位|发\s*布|日\s*期|时\s*间|Source|Sources|Author|Authors|Editor|Editors|Written by|Edited by|Compiled by|Translated by|Posted by|Published(?: by| on)?|Date|Updated)[\s\u3000]*[:：|｜/]|^责任编辑|^(?:By|BY)\s+\p{Lu}/u;

/** Whether a (trimmed) line is a byline: `作者：…`, `整理：… | 2024/4/4`, `Source: …`, `By Jane Doe`. */
export function isBylineLine(trimmed: string): boolean {
  return BYLINE.test(trimmed);
}

/** Cues that hold anywhere a line stands (no need for blank lines around it). */
export function structuralCue(trimmed: string): HeadingCue | undefined {
  if (CAPTION.test(trimmed)) return undefined;
  const chapter = CHAPTER.exec(trimmed);
  if (chapter && trimmed.length <= 50) return { rank: UNIT_RANK[chapter[1]], start: 0, end: trimmed.length, inline: false };
  const article = ARTICLE.exec(trimmed);
  if (article) return { rank: RANK.item, start: 0, end: article[0].length, inline: trimmed.length > article[0].length };
  if (SERIES.test(trimmed) && trimmed.length <= 80 && !/[。！？]$/.test(trimmed)) {
    return { rank: RANK.item, start: 0, end: trimmed.length, inline: false };
  }
  const label = LABEL.exec(trimmed);
  if (label) return { rank: RANK.label, start: 1, end: 1 + label[1].length, inline: trimmed.length > label[0].length };
  return undefined;
}

/** Cues that only count on a line standing alone between blank lines. */
export function standaloneCue(trimmed: string): HeadingCue | undefined {
  if (CAPTION.test(trimmed) || TERMINAL.test(trimmed) || trimmed.length > 60) return undefined;
  if (ZH_ENUM.test(trimmed)) return { rank: RANK.item, start: 0, end: trimmed.length, inline: false };
  if (ZH_SUB_ENUM.test(trimmed)) return { rank: RANK.subItem, start: 0, end: trimmed.length, inline: false };
  if (NUMBERED.test(trimmed)) return { rank: RANK.item, start: 0, end: trimmed.length, inline: false };
  return undefined;
}

/** Whether a standalone line looks like a title: short, no sentence punctuation, some letters. */
export function isTitleLike(trimmed: string, allowComma = false): boolean {
  // "… at Tsinghua Univ." ends in an abbreviation, not a sentence.
  if (/\b[A-Z][a-z]{1,4}\.$/.test(trimmed) && !/\.\s/.test(trimmed)) trimmed = trimmed.slice(0, -1);
  if (trimmed.length < 2 || TERMINAL.test(trimmed) || CAPTION.test(trimmed)) return false;
  if (!allowComma && /[,，]/.test(trimmed)) return false;
  if (/:\/\/|^www\.|^<|\t/.test(trimmed)) return false;
  const han = (trimmed.match(/[\u3400-\u9fff]/g) ?? []).length;
  const limit = han > trimmed.length / 3 ? 40 : 90;
  if (trimmed.length > limit) return false;
  return /[A-Za-z\u3400-\u9fff]{2}/.test(trimmed);
}

/** Whether a line starts with a bullet; returns the marker length (with following space). */
export function bulletLength(trimmed: string): number {
  const m = /^[•·●■▪◆◇○◦▶►\-*–](?:[ \t\u00a0\u3000]+)/.exec(trimmed);
  return m ? m[0].length : 0;
}
