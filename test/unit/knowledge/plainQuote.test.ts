import * as assert from 'node:assert';
import { plainPassage, stripMarkdown } from '../../../src/core/knowledge/plainQuote';

describe('plain quotes (markdown stripped)', () => {
  it('drops emphasis, strong, strike-through and code ticks but keeps the words', () => {
    assert.strictEqual(stripMarkdown('**Bold** and *italic*, __also__ _this_, ~~gone~~ `code`.'),
      'Bold and italic, also this, gone code.');
    assert.strictEqual(stripMarkdown('某机构发布了**大模型**。'), '某机构发布了大模型。');
  });

  it('drops a strong marker left over where the quote was cut', () => {
    assert.strictEqual(stripMarkdown('盘古 / PanGu** — a model family, launched 2021.'), '盘古 / PanGu — a model family, launched 2021.');
    assert.strictEqual(stripMarkdown('- **Open tools'), 'Open tools');
  });

  it('keeps the visible text of links and images, and autolink targets', () => {
    assert.strictEqual(stripMarkdown('See [the Act](https://example.org/act_(2024)) and ![a chart](c.png "Chart").'),
      'See the Act and a chart.');
    assert.strictEqual(stripMarkdown('Ref [text][1] at <https://example.org/x>.'), 'Ref text at https://example.org/x.');
    assert.strictEqual(stripMarkdown('tail of a link](https://example.org) and more'), 'tail of a link and more');
  });

  it('removes HTML tags and line-start block markers', () => {
    assert.strictEqual(stripMarkdown('<p>按照公开的数字</p>'), '按照公开的数字');
    assert.strictEqual(stripMarkdown('## Heading'), 'Heading');
    assert.strictEqual(stripMarkdown('> quoted line'), 'quoted line');
  });

  it('leaves snake_case, arithmetic and plain text alone', () => {
    assert.strictEqual(stripMarkdown('set max_tokens to 3 * 4 now'), 'set max_tokens to 3 * 4 now');
    assert.strictEqual(stripMarkdown('No markup here — 没有标记。'), 'No markup here — 没有标记。');
  });

  it('cleans the three parts of a quote as one text and keeps them apart', () => {
    const p = plainPassage({ start: 0, end: 1, before: '- **', match: 'FastMoE', after: '** trains [mixtures](https://x.org) of experts.' });
    assert.deepStrictEqual([p.before, p.match, p.after], ['', 'FastMoE', ' trains mixtures of experts.']);
    const q = plainPassage({ before: 'read [the ', match: 'AI Act', after: '](https://x.org/act) today' });
    assert.deepStrictEqual([q.before, q.match, q.after], ['read the ', 'AI Act', ' today']);
  });
});
