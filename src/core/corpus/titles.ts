/**
 * A title for a document whose parse found none (no front matter title, no H1, no title-like
 * first line): an early, specific heading, else a short opening sentence, so the tree shows
 * words a reader recognises instead of a file name such as `000_fb3d3697c67e7aa1`.
 */
import type { ParsedDocument } from '../types';
import { decodeEntities } from '../text/htmlEntities';
import { orgName } from './evidence/orgNames';

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
  if (text.length < 8 || text.length > MAX_SENTENCE || /[|｜]|-{2,}/.test(text)) return false;
  if (/[.!?。！？].+/.test(text.replace(/\b(?:[A-Z]|e\.g|i\.e|etc|Univ|No|Vol)\./g, ''))) return false; // more than one sentence
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  return letters / text.length >= 0.6;
}

/** Page markers, separators, image and link lines: never a title. */
const NOT_A_LINE = /^(?:-{2,}\s*Page\s+\d+\s*-{2,}|\[![A-Za-z]+\]|[-=_*~#|:\s]+|!\[.*|<img\b.*|\[[^\]]*\]\([^)]*\)\s*)$/i;
/** A report's number on its cover ("NIST AI 100-1", "GB/T 35273-2020", "国发〔2025〕11号"): the title follows it. */
const DOC_NUMBER = /^(?:[A-Z][A-Za-z]*(?:[ /.][A-Z]{1,6})*\s*\d[\d.:/-]*[a-z]?|[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号)$/;
const MAX_LINE_TITLE = 60;

/**
 * A title from the first meaningful line of the body, when nothing better exists: past page
 * markers, link bars and a cover's document number; a title wrapped over two or three short
 * lines is joined; a long first line is cut at a clause boundary. Undefined only for a text
 * with no words at all.
 */
export function firstLineTitle(parsed: ParsedDocument, bodyStart: number, skipMasthead = false): InferredTitle | undefined {
  const lines = parsed.text.slice(bodyStart, bodyStart + 20_000).split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s{0,3}>/.test(lines[i])) continue; // a quoted note, not the document's title
    const line = plainLine(lines[i]);
    if (!line || NOT_A_LINE.test(line) || !/[\p{L}]{2}/u.test(line) || isLinkBar(line)) continue;
    if (DOC_NUMBER.test(line) && i + 1 < lines.length && plainLine(lines[i + 1])) continue;
    if (skipMasthead && orgName(line)) continue;
    let title = line;
    for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
      const next = plainLine(lines[k]);
      if (!next || title.length + next.length > MAX_TITLE || /[.。!！?？:：]$/.test(title) || next.length > 60) break;
      title = /[\u4e00-\u9fff]$/.test(title) && /^[\u4e00-\u9fff]/.test(next) ? title + next : `${title} ${next}`;
    }
    return { title: cut(title), provenance: 'first line' };
  }
  return undefined;
}

function plainLine(raw: string): string {
  return decodeEntities(raw.replace(/<[^>\n]*>/g, ' ')).text.replace(/^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '')
    .replace(/\*\*|__/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** "中文 ｜ English ｜ 日本語", "Docs | Chat | API": a row of links or languages. */
function isLinkBar(line: string): boolean {
  return (line.match(/[|｜•·]/g)?.length ?? 0) >= 2;
}

/** A long line cut after its first sentence or clause that is long enough, else at a word. */
function cut(s: string): string {
  const sentence = /^(.{16,}?[。！？])\s*\S/.exec(s);
  if (sentence && sentence[1].length <= MAX_LINE_TITLE) return sentence[1].slice(0, -1) + '…';
  if (s.length <= MAX_LINE_TITLE) return s;
  const stop = /[。；！？]|[.;!?](?=\s)|[，,](?=.{0,})/g;
  for (let m = stop.exec(s); m && m.index < MAX_LINE_TITLE; m = stop.exec(s)) {
    if (m.index >= 16 && /[。；！？.;!?]/.test(m[0])) return s.slice(0, m.index).trim() + '…';
  }
  const head = s.slice(0, MAX_LINE_TITLE);
  const comma = Math.max(head.lastIndexOf('，'), head.lastIndexOf(', '));
  if (comma >= 16) return head.slice(0, comma).trim() + '…';
  const space = head.lastIndexOf(' ');
  return (space >= 30 ? head.slice(0, space) : head).trim() + '…';
}
