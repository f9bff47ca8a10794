/**
 * 《…》 titles. Chinese texts put every title between 《》 — of laws and regulations, but
 * also of newspapers, books, films and reports. A title reads as an instrument when it ends
 * the way instruments are named (…法, …条例, …办法, …规定, …意见, …标准, …宣言…); other
 * titles (《人民日报》, 《三体》, …白皮书, …报告) are kept as weak candidates that count only
 * when they name a document of the corpus. A version note (（2021年修正）) and the article
 * (第二十四条, 第三款) that follow the title are part of the citation.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals';
import { titleKey, titleParts } from './keys';
import type { Citation } from './types';

const N = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
const TITLE = /《([^《》\r\n]{1,120})》/g;
/** Right after the closing 》: a version note, then 第N条 (之一) (第N款) (第N项). */
const AFTER = new RegExp(
  `^(?:\\s*[（(]\\s*((?:19|20)\\d{2}\\s*年?\\s*(?:[^（）()]{0,12}?(?:修正|修订|修改|版))?)\\s*[）)])?` +
  `(?:\\s*(第(${N})条(?:之${N})?(?:\\s*第${N}款)?(?:\\s*第${N}项)?))?`,
);
/** A trailing note that is not part of the name: （试行）, （暂行）, （征求意见稿）, （草案）, version notes. */
const TRAILING_NOTE = /\s*[（(][^（）()]{1,20}[）)]\s*$/;

/** How instrument titles end, after any trailing note is removed. */
const ZH_ENDINGS = /(?:法|法典|宪法|条例|规定|办法|细则|规则|决定|决议|意见|通知|通告|公告|规划|纲要|方案|计划|战略|政策|措施|指引|指南|导则|规范|标准|要求|准则|原则|守则|章程|制度|倡议|宣言|声明|共识|公约|条约|协定|协议|议定书|备忘录|框架|目录|清单|名录|解释|批复|答复|令)$/;
const EN_ENDINGS = /\b(?:act|law|code|regulations?|directive|decision|order|rules?|convention|declaration|principles|framework|guidelines?|guidance|standard|specification|treaty|charter|recommendation|resolution|strategy|plan|policy|measures|provisions|commitments)$/i;
/** Publications, not instruments, even when their name would otherwise pass. */
const PUBLICATIONS = /(?:白皮书|蓝皮书|报告|年鉴|日报|晚报|周刊|杂志|期刊|学报)$/;

/** Whether a 《》 title reads as the name of an instrument. */
export function looksLikeInstrument(title: string): boolean {
  let t = title.normalize('NFKC').trim();
  for (let i = 0; i < 2 && TRAILING_NOTE.test(t); i++) t = t.replace(TRAILING_NOTE, '');
  if (PUBLICATIONS.test(t)) return false;
  return ZH_ENDINGS.test(t) || EN_ENDINGS.test(t);
}

/** Every 《…》 title in `text` with what follows it, in order. */
export function extractChineseTitles(text: string): Citation[] {
  const out: Citation[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const inner = m[1].trim();
    if (!inner) continue;
    const after = AFTER.exec(text.slice(TITLE.lastIndex, TITLE.lastIndex + 60));
    const tail = after?.[0] ?? '';
    const end = TITLE.lastIndex + tail.length;
    const parts = titleParts(inner);
    const version = after?.[1]?.replace(/\s+/g, '') || parts.version;
    const keys = [titleKey(inner), titleKey(inner.replace(TRAILING_NOTE, ''))].filter((k): k is string => !!k);
    if (!keys.length) continue;
    out.push({
      kind: 'title',
      start: m.index,
      end,
      text: text.slice(m.index, end),
      label: inner,
      keys: [...new Set(keys)],
      ...(after?.[2] ? { article: after[2].replace(/\s+/g, ''), articleNumber: parseChineseNumber(after[3]) } : {}),
      ...(version ? { version } : {}),
      instrument: looksLikeInstrument(inner),
    });
  }
  return out;
}
