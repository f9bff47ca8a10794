import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseDocument, sniffFormat } from '../../../src/core/parse';
import { decodeEntities, htmlPieces } from '../../../src/core/parse/htmlBlock';
import { isProseCode } from '../../../src/core/parse/proseCode';
import { findToc } from '../../../src/core/parse/toc';
import { isDebrisLine } from '../../../src/core/parse/debris';
import { isBylineLine, isMatterLine } from '../../../src/core/parse/plainHeadings';
import { badSpans } from './spanCheck';

describe('parse pieces', () => {
  it('sniffs markdown from content, not only the extension', () => {
    assert.strictEqual(sniffFormat('a.txt', '---\ntitle: x\n---\nBody'), 'markdown');
    assert.strictEqual(sniffFormat('a.txt', 'Intro\n\n## Section\n\nText'), 'markdown');
    assert.strictEqual(sniffFormat('a.txt', 'Intro\n\n<p>Para</p>'), 'markdown');
    assert.strictEqual(sniffFormat('a.txt', '第一章 总则\n\n第一条 内容。'), 'plain');
    assert.strictEqual(sniffFormat('a.md', 'Just words.'), 'markdown');
  });

  it('splits an HTML block into block-level pieces with original spans', () => {
    const src = 'xx<div><p class="a">One <b>bold</b> &amp; more.</p><p><img src="i.png"/></p><li>Item</li></div>';
    const pieces = htmlPieces(src, 2, src.length);
    assert.deepStrictEqual(pieces.map((p) => [p.kind, p.text, src.slice(p.span.start, p.span.end)]), [
      ['paragraph', 'One bold & more.', 'One <b>bold</b> &amp; more.'],
      ['item', 'Item', 'Item'],
    ]);
  });

  it('drops HTML comments and script bodies', () => {
    const src = '<!-- INFO END --><script>var a = 1;</script><p>Kept</p>';
    assert.deepStrictEqual(htmlPieces(src, 0, src.length).map((p) => p.text), ['Kept']);
    assert.strictEqual(decodeEntities('&#x4E2D;&#25991;&nbsp;&bogus;'), '中文\u00a0&bogus;');
  });

  it('tells indented prose from indented code', () => {
    assert.ok(isProseCode('The institute was founded in 2020. It studies how AI is used in industry, and why.'));
    assert.ok(isProseCode('研究院关注人工智能在产业中的应用与治理。'));
    assert.ok(!isProseCode('const a = f(x);\nif (a) { g(); }'));
    assert.ok(!isProseCode('pip install fastmoe'));
  });

  it('finds a table of contents by its page numbers', () => {
    const lines = ['标题', '', '目录', '', '前言\t1', '第一部分\t3', '■ 小节', '第二部分\t9', '', '前言', '正文很长的一段文字，显然不是目录的一部分，而是正式内容的开始。'];
    assert.deepStrictEqual(findToc(lines), { first: 2, last: 7 });
    assert.strictEqual(findToc(['前言', '正文。']), undefined);
  });

  it('recognises web-page debris lines but not prose that mentions the same words', () => {
    for (const l of ['当前位置: 首页 > 新闻 > 正文', '京ICP备12345678号', '用户名:  密码:', 'Copyright © 2024 Example', '----\t----', 'Tel : 010-1234']) {
      assert.ok(isDebrisLine(l), l);
    }
    for (const l of ['研究院的首页介绍了三条原则。', 'The copyright of model weights is disputed.', '第一条 为了规范数据处理活动，制定本办法。']) {
      assert.ok(!isDebrisLine(l), l);
    }
  });

  it('keeps exact spans under any line-ending style (property)', () => {
    const para = fc.constantFrom('联邦学习保护数据隐私。', 'Models are tested before release.', '第三条 应当加强安全评估。', '• 数据不出本地', '进展 2：蛋白质结构预测', '【要点】算力是关键。', '  indented\u00a0line  ', 'Short Title');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(para, eol, fc.boolean()), { minLength: 1, maxLength: 12 }), fc.boolean(), (parts, md) => {
        const text = parts.map(([p, e, blank]) => p + e + (blank ? e : '')).join('');
        const doc = parseDocument(md ? 'p.md' : 'p.txt', text, 'utf-8');
        assert.deepStrictEqual(badSpans(doc), []);
        for (const p of doc.passages) assert.ok(!/^[\r\n]|[\r\n]$/.test(text.slice(p.span.start, p.span.end)), JSON.stringify(p));
      }),
      { numRuns: 200 },
    );
  });
});

describe('GFM detection', () => {
  it('turns on GFM only for its syntax, and tables still parse', async () => {
    const { usesGfm } = await import('../../../src/core/parse/markdown');
    for (const t of ['|a|b|\n|---|---|', 'a | b\n--- | ---', 'x ~~y~~', 'note[^1]', '- [ ] todo']) assert.ok(usesGfm(t), t);
    for (const t of ['plain\n---\ntext', 'Title\n-----', 'a|b', 'see https://example.org']) assert.ok(!usesGfm(t), t);
    const doc = parseDocument('t.md', '| Summit | Year |\n|---|---|\n| Seoul | 2024 |\n', 'utf-8');
    assert.deepStrictEqual(doc.passages.map((p) => [p.kind, p.text]), [['table', 'Summit | Year'], ['table', 'Seoul | 2024']]);
  });

  it('tells byline and front/back-matter lines from headings', () => {
    for (const line of ['作者：某某', '整理：示例编写组 | 2024/4/4', '来源：新华网', '发布时间：2024-04-04', '编辑：张三', '责任编辑 李四', 'Source: a newsletter', 'By Jane Doe']) {
      assert.ok(isBylineLine(line), line);
    }
    for (const line of ['趋势 1：联邦学习', 'Bylaws of the institute', '文化与治理', 'by the way']) assert.ok(!isBylineLine(line), line);
    for (const line of ['序言', '前言', '编写说明', '小结', '结语', '附录 A', '附录一', '目录', 'Preface', 'Appendix B']) assert.ok(isMatterLine(line), line);
    for (const line of ['序言与展望之外的内容', '趋势 1：数据', '说明书的写法']) assert.ok(!isMatterLine(line), line);
  });

  it('makes a standalone byline a passage and 序言 a sibling of the numbered sections', () => {
    const doc = parseDocument('b.txt', '一份简报\n\n整理：编写组 | 2024/4/4\n\n序言\n\n引子。\n\n趋势 1：甲\n\n正文一。\n\n趋势 2：乙\n\n正文二。\n', 'utf-8');
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.text]), [[1, '一份简报'], [2, '序言'], [2, '趋势 1：甲'], [2, '趋势 2：乙']]);
    assert.ok(doc.passages.some((p) => p.text.startsWith('整理：编写组')));
  });
});
