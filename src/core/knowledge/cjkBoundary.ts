/**
 * Chinese has no spaces, so a name can sit inside a longer word: 教育部 in 教育部门
 * ("education departments"), 北大 in 东北大学, 网络安全法 in 网络安全法规. Latin names are
 * kept whole by letter checks in the matcher; for Han text the word boundaries come from
 * the platform's dictionary segmenter (`Intl.Segmenter`, ICU). A mention is kept unless
 * its first or last character lies strictly inside a segmenter word that reaches outside
 * the mention.
 */

/** Han characters on each side of a mention that the segmenter sees (enough for a word). */
const WINDOW = 6;

let segmenter: Intl.Segmenter | null | undefined;

function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('zh', { granularity: 'word' })
      : null;
  }
  return segmenter;
}

const HAN = /\p{Script=Han}/u;

function isHan(text: string, i: number): boolean {
  return i >= 0 && i < text.length && HAN.test(text[i]);
}

/**
 * Whether [start, end) of `text` begins and ends on word boundaries where it touches Han
 * text on that side. Always true when the platform has no segmenter.
 */
export function onHanWordBoundaries(text: string, start: number, end: number): boolean {
  const checkStart = isHan(text, start) && isHan(text, start - 1);
  const checkEnd = isHan(text, end - 1) && isHan(text, end);
  if (!checkStart && !checkEnd) return true;
  const seg = zhSegmenter();
  if (!seg) return true;
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const boundaries = new Set<number>();
  for (const s of seg.segment(text.slice(from, to))) {
    boundaries.add(from + s.index);
    boundaries.add(from + s.index + s.segment.length);
  }
  return (!checkStart || boundaries.has(start)) && (!checkEnd || boundaries.has(end));
}
