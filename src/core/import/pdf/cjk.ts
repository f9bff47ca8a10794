/**
 * Character classes the PDF line builder needs: Chinese, Japanese and Korean text is written
 * without spaces between words, so a gap between two CJK glyphs is layout, never a space.
 */

const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** True for a CJK ideograph, kana, CJK punctuation or a full-width form. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Browsers and some PDF producers map CJK glyphs to the look-alike Kangxi radicals
 * (U+2F00–U+2FDF) and CJK radical supplement (U+2E80–U+2EFF) code points: "⼈⼯智能" instead
 * of "人工智能". NFKC folds exactly these back to the ideographs; the rest of the text is left
 * as it is.
 */
export function foldRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf]/.test(text)) return text;
  return text.replace(/[\u2e80-\u2fdf]/g, (c) => (c < '\u2f00' ? SUPPLEMENT.get(c) ?? c : c.normalize('NFKC')));
}

/**
 * The radical-supplement code points have no Unicode decomposition; this is their
 * "equivalent unified ideograph" for the ones that stand for whole characters.
 */
const SUPPLEMENT = new Map(
  [...'⺁厂⺇几⺈刀⺊卜⺌小⺟母⺠民⺩王⺫目⺮竹⺶羊⺼月⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟']
    .reduce<Array<[string, string]>>((pairs, c, i, all) => (i % 2 === 0 ? [...pairs, [c, all[i + 1]]] : pairs), []),
);

/** Remove spaces between two CJK characters ("人 工 智 能" → "人工智能"). */
export function dropCjkSpaces(text: string): string {
  return text.replace(/([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\u00a0\u3000]+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g, '$1');
}
