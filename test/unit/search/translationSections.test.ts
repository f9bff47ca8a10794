/** Parallel sections: Chinese bullets and the English paragraph that restates them. */
import * as assert from 'node:assert';
import { parseDocument } from '../../../src/core/parse';
import { pairTranslations } from '../../../src/core/search/translation';
import type { SearchDoc } from '../../../src/core/search/searchTypes';
import { decodeBytes } from '../../../src/core/text/decode';
import { describeWithSharedCorpus, readShared } from '../support/sharedCorpus';

const text = [
  '研究院的三条原则',
  '',
  '01 Responsive 积极响应',
  '',
  '  • 选题首先回应社会的真实需要',
  '  • 优先投入公共卫生与交通等民生领域',
  '',
  'Responsive AI: research should answer real needs of society first, with health and transport leading.',
  '',
  '02 Resilient 适应发展',
  '',
  '  • 让系统更透明、更稳健',
  '',
  'Resilient AI: systems must become more transparent and harder to break.',
  '',
].join('\n');

function doc(): SearchDoc {
  const parsed = parseDocument('principles.txt', text, 'utf-8');
  return { path: parsed.path, passages: parsed.passages, headings: parsed.headings, mentions: [] };
}

describe('translation pairing by section', () => {
  it('pairs every Chinese bullet with the English paragraph of its own section', () => {
    const d = doc();
    const starts = (needle: string) => d.passages.findIndex((p) => p.text.includes(needle));
    const pairs = pairTranslations(d).map((p) => [p.zh, p.en]);
    const en1 = starts('Responsive AI:');
    const en2 = starts('Resilient AI:');
    assert.ok(en1 >= 0 && en2 >= 0, 'the parser finds both English paragraphs');
    assert.deepStrictEqual(pairs, [
      [starts('选题首先'), en1],
      [starts('优先投入'), en1],
      [starts('让系统更透明'), en2],
    ]);
  });

  it('does not pair across sections when nothing else is shared', () => {
    const d = doc();
    const crossing = pairTranslations(d).filter((p) => d.passages[p.zh].heading !== d.passages[p.en].heading);
    assert.deepStrictEqual(crossing, []);
  });
});

describeWithSharedCorpus('translation pairing on seed 000', (dir) => {
  it('pairs each English principle paragraph with the Chinese bullets of its section', () => {
    const seed = 'seeds/000_fb3d3697c67e7aa1.txt';
    const decoded = decodeBytes(readShared(dir, seed));
    assert.ok(decoded.ok);
    const parsed = parseDocument(seed, decoded.text, decoded.encoding);
    const d: SearchDoc = { path: seed, passages: parsed.passages, headings: parsed.headings, mentions: [] };
    const pairs = pairTranslations(d);
    for (const principle of ['Responsive AI:', 'Resilient AI:', 'Responsible AI:']) {
      const en = d.passages.findIndex((p) => p.text.startsWith(principle));
      assert.ok(en >= 0, `${principle} paragraph found`);
      const zh = pairs.filter((p) => p.en === en).map((p) => d.passages[p.zh]);
      assert.ok(zh.length >= 2, `${principle} pairs with ${zh.length} Chinese passages`);
      assert.ok(zh.every((p) => p.heading === d.passages[en].heading && /[\u4e00-\u9fff]/.test(p.text)));
    }
  });
});
