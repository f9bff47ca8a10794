/** The small decisions of the importers, one by one. */
import * as assert from 'node:assert';
import { isPageNumber } from '../../../src/core/import/pdf/margins';
import { joinLine, wordBook } from '../../../src/core/import/pdf/join';
import { dropCjkSpaces, foldRadicals } from '../../../src/core/import/pdf/cjk';
import { resolveSoftSpaces, SOFT_SPACE } from '../../../src/core/import/pdf/softSpaces';
import { infoText, isPrintout, pdfDate } from '../../../src/core/import/pdf/pdfDate';
import { pageRanges } from '../../../src/core/import/pdf/pageRanges';
import { pageAtLine, pageLabel, pageMap } from '../../../src/core/import/pageMap';
import { splitTitle } from '../../../src/core/import/html/convert';
import { decodePage, declaredCharset } from '../../../src/core/import/html/charset';
import { importKind } from '../../../src/core/import/kinds';

describe('import: PDF text pieces', () => {
  it('recognises page-number lines and nothing else', () => {
    for (const t of ['12', '- 7 -', 'Page 3', 'Page 3 of 9', '2/3', 'iv', '第 2 页', '第2页 共5页']) assert.ok(isPageNumber(t), t);
    for (const t of ['12 months', 'Article 5', '2023', 'Section iv applies']) assert.ok(t === '2023' ? isPageNumber(t) : !isPageNumber(t), t);
  });

  it('undoes line-end hyphenation but keeps compounds the document writes with a hyphen', () => {
    const book = wordBook(['a third-party supplier', 'we measure risk']);
    assert.strictEqual(joinLine('difficult to mea-', 'sure it', book), 'difficult to measure it');
    assert.strictEqual(joinLine('use of third-', 'party data', book), 'use of third-party data');
    assert.strictEqual(joinLine('the GOV-', 'ERN function', wordBook(['the GOVERN function'])), 'the GOVERN function');
    assert.strictEqual(joinLine('sector-', 'Specific', book), 'sector- Specific');
    assert.strictEqual(joinLine('人工智能', '健康发展', book), '人工智能健康发展');
    assert.strictEqual(joinLine('risk', 'management', book), 'risk management');
  });

  it('folds radical look-alikes and drops spaces between CJK characters only', () => {
    assert.strictEqual(foldRadicals('⼈⺠⻅'), '人民见');
    assert.strictEqual(dropCjkSpaces('人 工 智 能 AI Act'), '人工智能 AI Act');
  });

  it('joins tentative spaces only when the vocabulary says the pieces form one word', () => {
    const book = wordBook(['measurement matters', 'walk in to the room', 'in', 'to']);
    assert.strictEqual(resolveSoftSpaces(`meas${SOFT_SPACE}urement`, book), 'measurement');
    assert.strictEqual(resolveSoftSpaces(`in${SOFT_SPACE}to`, book), 'in to');
  });

  it('reads PDF dates and rejects mojibake titles; knows a browser printout', () => {
    assert.strictEqual(pdfDate("D:20230124144546-05'00'"), '2023-01-24');
    assert.strictEqual(pdfDate('yesterday'), undefined);
    assert.strictEqual(infoText('˜ ºåzý ¡¡ ‡LžÕ_-.QÜ›h„áo'), undefined);
    assert.strictEqual(infoText('Stratégie nationale pour l’IA'), 'Stratégie nationale pour l’IA');
    assert.ok(isPrintout({ Producer: 'Skia/PDF m146' }));
    assert.ok(!isPrintout({ Producer: 'pdfTeX-1.40.24' }));
  });

  it('writes page lists as ranges', () => {
    assert.strictEqual(pageRanges([1, 2, 3, 7, 9, 10]), '1–3, 7, 9–10');
  });
});

describe('import: page map', () => {
  const text = '---\ntitle: x\n---\n\n<!-- page 1 -->\n\nFirst.\n\n<!-- page 2 -->\n\nSecond.\n';
  it('finds every marker and gives each line its page', () => {
    const map = pageMap(text);
    assert.deepStrictEqual(map, [{ line: 4, page: 1 }, { line: 8, page: 2 }]);
    assert.strictEqual(pageAtLine(map, 2), undefined);
    assert.strictEqual(pageAtLine(map, 6), 1);
    assert.strictEqual(pageLabel(map, 10), 'p. 2');
  });
  it('ignores markers that are not alone on their line', () => {
    assert.deepStrictEqual(pageMap('see <!-- page 3 --> here\n'), []);
  });
});

describe('import: web page pieces', () => {
  it('splits the site off a page title when the page shows the other part', () => {
    assert.deepStrictEqual(splitTitle('生成式办法_某某网', '正文 生成式办法 第一条', undefined), { title: '生成式办法', site: '某某网' });
    assert.deepStrictEqual(splitTitle('Guidance - GOV.UK', 'nothing', 'GOV.UK'), { title: 'Guidance', site: 'GOV.UK' });
    assert.deepStrictEqual(splitTitle('Plain title', 'Plain title', undefined), { title: 'Plain title' });
  });
  it('decodes by the declared charset, and by the bytes when the declaration is wrong', () => {
    const gbk = new Uint8Array([0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x67, 0x62, 0x6b, 0x3e, 0xd6, 0xd0, 0xce, 0xc4]);
    assert.strictEqual(declaredCharset(gbk), 'gbk');
    const page = decodePage(gbk);
    assert.ok(page.ok && page.text.endsWith('中文'));
    const lying = new TextEncoder().encode('<meta charset="gbk"><p>中文 ✓</p>');
    const read = decodePage(lying);
    assert.ok(read.ok && read.text.includes('中文 ✓'));
  });
  it('knows the importable extensions', () => {
    assert.deepStrictEqual(['a.PDF', 'b.htm', 'c.html', 'd.docx', 'e.doc', 'f.md'].map(importKind), ['pdf', 'html', 'html', 'docx', undefined, undefined]);
  });
});

describe('import: letter spacing', () => {
  it('closes up letter-spaced capitals but leaves short runs alone', async () => {
    const { closeLetterSpacing } = await import('../../../src/core/import/pdf/lines');
    assert.strictEqual(closeLetterSpacing('E X E C U T I V E summary'), 'EXECUTIVE summary');
    assert.strictEqual(closeLetterSpacing('Plan A B C'), 'Plan A B C');
  });
});

describe('import: bold section titles', () => {
  it('a numbered all-bold paragraph becomes a heading; a bold signature does not', async () => {
    const { htmlToMarkdown } = await import('../../../src/core/import/html/convert');
    const html = '<p><strong>第一章 总　则</strong></p><p><strong>第一条</strong> 为了规范。</p><p><b>Part 2 Scope</b></p><p><strong>国家互联网信息办公室</strong></p>';
    const { markdown } = await htmlToMarkdown(html, 'x.html', { extract: false });
    assert.match(markdown, /^## 第一章 总　则$/m);
    assert.match(markdown, /^## Part 2 Scope$/m);
    assert.match(markdown, /^\*\*第一条\*\* 为了规范。$/m);
    assert.match(markdown, /^\*\*国家互联网信息办公室\*\*$/m);
  });
});

describe('import: byline dates', () => {
  it('takes the date printed just after the title when no meta tag gives one', async () => {
    const { htmlToMarkdown } = await import('../../../src/core/import/html/convert');
    const page = (info: string) => `<html><head><title>Rules on Testing | Example</title></head><body><div class="info-bar"><h1>Rules on Testing</h1><span>${info}</span></div>` +
      `<div class="content"><p>These rules apply to every test of an automated system, and to each report on one.</p><p>They were adopted after consultation in 2019 and revised twice since then.</p></div></body></html>`;
    assert.strictEqual((await htmlToMarkdown(page('发布时间：2023年07月13日 15:00'), 'x.html', { extract: true })).meta.date, '2023-07-13');
    assert.strictEqual((await htmlToMarkdown(page('Published 3 March 2024'), 'x.html', { extract: true })).meta.date, '2024-03-03');
    assert.strictEqual((await htmlToMarkdown(page('Share this page'), 'x.html', { extract: true })).meta.date, undefined);
  });
});
