/**
 * A title for a document whose parse found none (no front matter title, no H1, no title-like
 * first line): an early, specific heading, else a short opening sentence, so the tree shows
 * words a reader recognises instead of a file name such as `000_fb3d3697c67e7aa1`.
 */
import type { ParsedDocument } from '../types';

export interface InferredTitle {
  readonly title: string;
  readonly provenance: string;
}

/** Headings that name a part of any document, never the document itself. */
const GENERIC = /^(?:introduction|overview|abstract|summary|contents|table of contents|background|preface|foreword|readme|installation|usage|目录|序言|前言|摘要|引言|简介|概述|导语|正文)$/i;
/** A numbered part ("01 Responsive", "2. Scope", "第一章 总则") is a section, not the document. */
const NUMBERED = /^(?:\d{1,3}[.)、:：]?\s|第[一二三四五六七八九十百零〇\d]+[章节条部分编])/;
const MAX_TITLE = 150;
const MAX_SENTENCE = 140;
/** A heading counts as the document's own when it starts within this share of the text… */
const EARLY_SHARE = 0.1;
/** …or within this many characters of the start. */
const EARLY_CHARS = 600;

/** A title from the document's structure, or undefined when nothing fits. */
export function fallbackTitle(parsed: ParsedDocument): InferredTitle | undefined {
  const early = Math.max(EARLY_CHARS, parsed.text.length * EARLY_SHARE);
  const first = parsed.headings[0];
  const opening = parsed.passages.find((p) => p.kind === 'paragraph' && p.span.start <= early);
  const sentence = opening && opening.heading === -1 ? clean(opening.text).replace(/[:：]$/, '') : '';
  if (first && first.span.start <= early && !(isSentenceTitle(sentence) && opening!.span.start < first.span.start)) {
    const text = clean(first.text);
    if (text && !GENERIC.test(text) && !NUMBERED.test(text) && text.length <= MAX_TITLE) return { title: text, provenance: 'first heading' };
  }
  if (isSentenceTitle(sentence)) return { title: sentence, provenance: 'opening sentence' };
  return undefined;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** One short line of words: no list of links, not mostly digits or punctuation. */
function isSentenceTitle(text: string): boolean {
  if (text.length < 8 || text.length > MAX_SENTENCE || /[|]/.test(text)) return false;
  if (/[.!?。！？].+/.test(text.replace(/\b(?:[A-Z]|e\.g|i\.e|etc|Univ|No|Vol)\./g, ''))) return false; // more than one sentence
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  return letters / text.length >= 0.6;
}
