/** Texts written for these tests (not from the shared corpus) and small builders. */
import type { Annotation } from '../../../src/core/annotations/types';
import { createTarget } from '../../../src/core/annotations/selectors';

export const ENGLISH = [
  'The committee met in Geneva to compare national rules for general-purpose models.',
  'Delegates agreed that testing before release should be proportionate to risk.',
  'A second session looked at compute thresholds and at how export controls change research.',
  'Several speakers argued that testing before release should be shared across borders.',
].join('\n');

export const CHINESE = [
  '本次研讨会讨论了大模型的安全评测与开源治理。',
  '与会专家认为，算力资源的分配应当兼顾效率与公平。',
  '会议还讨论了数据跨境流动的规则，以及国际合作的具体路径。',
  '专家认为，安全评测应当在发布之前完成。',
].join('\n');

export const BILINGUAL = `# 会议纪要 Meeting notes\n\n${CHINESE}\n\n${ENGLISH}\n`;

/** An annotation on the first occurrence of `quote` in `text`. */
export function annotationOn(path: string, text: string, quote: string, id = 'a1', occurrence = 0): Annotation {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture quote not found: ${quote}`);
  return {
    id,
    target: createTarget(path, text, at, at + quote.length),
    tags: ['governance/testing'],
    links: [],
    created: '2024-05-01T10:00:00.000Z',
    modified: '2024-05-01T10:00:00.000Z',
    status: 'anchored',
  };
}

/** A link target at `[start, end)` of `path` with no context (as migrated from the first format). */
export function bareLinkTarget(path: string, start: number, end: number, quote: string): import('../../../src/core/annotations/types').LinkTarget {
  return { path, selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }], textHash: '', status: 'anchored' };
}
