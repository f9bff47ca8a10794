/**
 * A tiny bilingual corpus written for these tests, plus a crude splitter (blank lines →
 * passages, `#` lines → headings) and a naive alias matcher standing in for the parser and
 * the knowledge base.
 */
import type { SearchDoc, SearchEntity, SearchMention } from '../../../src/core/search/searchTypes';

export const entities: SearchEntity[] = [
  { id: 'xue-lan', names: ['Xue Lan', '薛澜'], kind: 'person' },
  { id: 'wudao', names: ['WuDao 2.0', '悟道2.0', '悟道'], kind: 'model' },
  { id: 'fastmoe', names: ['FastMoE'], kind: 'software' },
  { id: 'bletchley', names: ['Bletchley Declaration', '布莱切利宣言'], kind: 'document' },
  { id: 'fl', names: ['federated learning', '联邦学习'], kind: 'concept' },
  { id: 'r-responsive', names: ['Responsive', '积极响应'], kind: 'principle' },
  { id: 'r-resilient', names: ['Resilient', '适应发展'], kind: 'principle' },
  { id: 'r-responsible', names: ['Responsible', '坚守价值'], kind: 'principle' },
];

/** Every occurrence of every alias (case-insensitive), longest alias first at a position. */
export function findMentions(text: string, ents: readonly SearchEntity[] = entities): SearchMention[] {
  const lower = text.toLowerCase();
  const out: SearchMention[] = [];
  const taken = new Uint8Array(text.length);
  const aliases = ents.flatMap((e) => e.names.map((n) => ({ id: e.id, n: n.toLowerCase() })))
    .sort((a, b) => b.n.length - a.n.length);
  for (const { id, n } of aliases) {
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      if (taken[at]) continue;
      taken.fill(1, at, at + n.length);
      out.push({ entityId: id, start: at, end: at + n.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Split text into passages at blank lines; lines starting with `#` become headings. */
export function makeDoc(path: string, text: string, ents: readonly SearchEntity[] = entities): SearchDoc {
  const passages: SearchDoc['passages'][number][] = [];
  const headings: SearchDoc['headings'][number][] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const block = m[0];
    const h = /^(#+)\s+(.*)$/.exec(block);
    if (h) {
      const start = m.index + block.length - h[2].length;
      headings.push({ text: h[2], level: h[1].length, span: { start, end: start + h[2].length } });
      continue;
    }
    passages.push({ index: passages.length, text: block, span: { start: m.index, end: m.index + block.length }, kind: 'paragraph' });
  }
  return { path, passages, headings, mentions: findMentions(text, ents) };
}

export const forumText = [
  '# Governance forum notes',
  'Delegates gathered at Bletchley Park to talk about the safety of frontier models, and several signed the Bletchley Declaration.',
  'Responsible AI asks developers to weigh the long-term effects of a system on society before shipping it.',
  'Xue Lan argued that export controls on compute decide who can afford to train large models.',
  '## Open questions',
  'Nobody agreed on how to audit training data at scale.',
].join('\n\n');

export const baaiText = [
  '智源研究院发布了悟道2.0模型，同时开源了FastMoE训练系统。',
  '隐私保护是联邦学习的核心目标之一，数据不出本地即可共同训练。',
  '薛澜认为算力出口管制影响谁能训练大模型。',
  '悟道团队还介绍了一个新的中文数据集。',
  'FastMoE 让混合专家模型可以在多卡上训练。',
].join('\n\n');

/** zh bullets per principle, then the same principles in English paragraphs (own words). */
export const principlesText = [
  '# 三条原则',
  '01 积极响应：技术应当回应社会的真实需要，例如疫情预测与智慧交通。',
  '02 适应发展：让模型更透明、更可解释，减少数据偏差与算法漏洞。',
  '03 坚守价值：研究应用模型时牢记伦理，既问“如何”，也问“为何”。',
  'Responsive: technology should answer real social needs, such as forecasting epidemics and smarter traffic.',
  'Resilient: models should become more transparent and explainable, with less data bias and fewer algorithmic flaws.',
  'Responsible: when building applied models keep ethics in mind, and ask why as well as how.',
  'A closing remark about the weather that matches nothing above.',
].join('\n\n');

export function fixtureDocs(): SearchDoc[] {
  return [makeDoc('notes/forum.md', forumText), makeDoc('notes/baai.txt', baaiText), makeDoc('notes/principles.md', principlesText)];
}
