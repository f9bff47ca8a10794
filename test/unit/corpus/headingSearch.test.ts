import * as assert from 'node:assert';
import { buildDocument } from '../../../src/core/corpus/document';
import { searchHeadings } from '../../../src/core/corpus/headingSearch';
import { testKnowledge } from './testKnowledge';

const kb = testKnowledge();
const build = (path: string, text: string) => buildDocument(path, text, 'utf-8', kb, undefined, '.policylens/catalog.yaml');

const report = build('report.md', '# 年度报告\n\n## 趋势 1：模型变大\n\n正文\n\n## 趋势 2：ＧＰＵ 紧缺\n\n正文\n\n## Outlook for Trends\n\nend\n');
const notes = build('notes.md', '---\ntitle: Trend notes\n---\n\n## Method\n\ntext\n');

describe('heading search', () => {
  it('finds headings by a Chinese query, in document order', () => {
    const hits = searchHeadings([report, notes], '趋势');
    assert.deepStrictEqual(hits.map((h) => h.text), ['趋势 1：模型变大', '趋势 2：ＧＰＵ 紧缺']);
    assert.strictEqual(hits[0].span.start, report.parsed.text.indexOf('趋势 1'));
  });

  it('ignores case and width and needs every word', () => {
    assert.deepStrictEqual(searchHeadings([report], 'gpu').map((h) => h.text), ['趋势 2：ＧＰＵ 紧缺']);
    assert.deepStrictEqual(searchHeadings([report], 'TRENDS outlook').map((h) => h.text), ['Outlook for Trends']);
    assert.deepStrictEqual(searchHeadings([report], 'trends nowhere'), []);
  });

  it('ranks prefix matches before matches inside a heading, and includes titles without a heading', () => {
    const hits = searchHeadings([report, notes], 'trend');
    assert.deepStrictEqual(hits.map((h) => [h.text, h.heading]), [['Trend notes', -1], ['Outlook for Trends', 3]]);
  });

  it('lists titles only for an empty query and honours the limit', () => {
    assert.deepStrictEqual(searchHeadings([report, notes], '  ').map((h) => h.text), ['Trend notes']);
    assert.strictEqual(searchHeadings([report, notes], '趋势', 1).length, 1);
  });
});
