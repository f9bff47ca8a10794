/**
 * Pages and Word files often set section titles as a bold paragraph instead of a heading
 * element ("<p><strong>第一章 总则</strong></p>", "<p><b>Part 2 Scope</b></p>"). A paragraph that
 * is all bold, short, without a sentence end, and numbered like a section becomes a heading,
 * so the document gets its structure; other bold lines (signatures, emphasis) stay paragraphs.
 */
import type { Element, Root } from 'hast';
import { elements, textOf } from './hast';

const NUMBERED = [
  { re: /^第[一二三四五六七八九十百零〇\d]+[编部]/, level: 2 },
  { re: /^第[一二三四五六七八九十百零〇\d]+章/, level: 2 },
  { re: /^第[一二三四五六七八九十百零〇\d]+节/, level: 3 },
  { re: /^[一二三四五六七八九十]+、/, level: 2 },
  { re: /^[（(][一二三四五六七八九十]+[)）]/, level: 3 },
  { re: /^(part|chapter|title)\s+([ivxlc]+|\d+|[a-z])\b/i, level: 2 },
  { re: /^(section|annex|appendix|schedule)\s+([ivxlc]+|\d+|[a-z])\b/i, level: 3 },
  { re: /^\d{1,2}\.\s+\p{Lu}/u, level: 2 },
  { re: /^\d{1,2}\.\d{1,2}\.?\s+\p{Lu}/u, level: 3 },
];

/** Turn numbered all-bold paragraphs under `root` into headings, in place. */
export function boldParagraphHeadings(root: Root | Element): void {
  for (const el of elements(root as Root)) {
    if (el.tagName !== 'p') continue;
    const visible = el.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (visible.length !== 1 || visible[0].type !== 'element' || !/^(strong|b)$/.test(visible[0].tagName)) continue;
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 40 || /[。；;，,：:.]$/.test(text)) continue;
    const hit = NUMBERED.find((n) => n.re.test(text));
    if (!hit) continue;
    el.tagName = `h${hit.level}`;
    el.children = (visible[0] as Element).children;
  }
}
