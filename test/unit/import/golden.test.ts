/**
 * Golden tests for the converters on files made for this project (test/fixtures/import: PDFs
 * printed with headless Chromium from the HTML beside them, a DOCX made with pandoc from the
 * Markdown beside it, hand-written web pages, one in GBK). Each converts to
 * expected/<file>.md; regenerate with UPDATE_GOLDEN=1 after an intended change and review the
 * diff. Property checks below say what the golden output must show, so a regenerated golden
 * cannot quietly accept a regression.
 */
import * as assert from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtime } from '../../../src/importer/entry';
import { importKind } from '../../../src/core/import/kinds';
import type { Converted } from '../../../src/core/import/types';
import { pageMap } from '../../../src/core/import/pageMap';

const DIR = 'test/fixtures/import';
const CASES = ['report.en.pdf', 'measures.zh.pdf', 'outlined.pdf', 'mixed.pdf', 'guidance.en.html', 'notice.gbk.html', 'procedures.en.docx'];

async function convert(name: string): Promise<Converted> {
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  const result = await runtime.convert(importKind(name)!, bytes, name);
  assert.ok(result.ok, `${name}: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('import converters: golden files', function () {
  this.timeout(60000);
  const results = new Map<string, Converted>();
  before(async () => {
    for (const name of CASES) results.set(name, await convert(name));
  });

  for (const name of CASES) {
    it(`${name} matches expected/${name}.md`, () => {
      const r = results.get(name)!;
      const file = join(DIR, 'expected', `${name}.md`);
      const actual = `${JSON.stringify({ meta: { ...r.meta, printed: undefined }, pages: r.pages, problems: r.problems.map((p) => p.message) })}\n\n${r.markdown}`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        mkdirSync(join(DIR, 'expected'), { recursive: true });
        writeFileSync(file, actual);
        if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`wrote missing ${file}; review it and run again`);
      }
      assert.strictEqual(actual, readFileSync(file, 'utf8'));
    });
  }

  it('the English PDF: one marker per page, no browser header/footer, words whole, table rows kept', () => {
    const r = results.get('report.en.pdf')!;
    assert.strictEqual(pageMap(r.markdown).length, r.pages);
    assert.ok(r.pages! >= 2, 'the fixture should span pages');
    assert.doesNotMatch(r.markdown, /file:\/\/|\b\d+\/\d+\s*$|^\d{1,2}\/\d{1,2}\/\d{2,4}/m, 'browser header/footer left in');
    for (const word of ['measurement', 'interoperability', 'accountability', 'transparency']) {
      assert.ok(r.markdown.includes(word), `${word} not found whole`);
    }
    assert.doesNotMatch(r.markdown, /\p{Ll}[-\u2010] \p{Ll}/u, 'a line-end hyphen was left in a word');
    assert.match(r.markdown, /third-party/, 'a real compound lost its hyphen');
    assert.match(r.markdown, /^Govern \| Set policy \| Board\s*$/m);
    assert.match(r.markdown, /^# Framework for Trustworthy Systems$/m);
    assert.match(r.markdown, /^## 1\. Section on /m);
    assert.strictEqual(r.meta.title, 'Framework for Trustworthy Systems');
  });

  it('the Chinese PDF: no spaces between characters, headings found, one marker per page', () => {
    const r = results.get('measures.zh.pdf')!;
    assert.strictEqual(pageMap(r.markdown).length, r.pages);
    assert.doesNotMatch(r.markdown.replace(/^<!--.*-->$/gm, ''), /[\u4e00-\u9fff] +[\u4e00-\u9fff]/);
    assert.match(r.markdown, /^#+ 第1章/m);
    assert.match(r.markdown, /为促进人工智能健康发展和规范应用/);
  });

  it('a PDF whose page only has drawn outlines is reported as having no text layer', () => {
    const r = results.get('outlined.pdf')!;
    assert.deepStrictEqual(r.problems.map((p) => p.message), ['page 1 has no text layer — OCR is not included']);
  });

  it('in a document with text, a blank page is not reported but a page of drawn glyphs is', () => {
    const r = results.get('mixed.pdf')!;
    assert.strictEqual(pageMap(r.markdown).length, 3);
    assert.deepStrictEqual(r.problems.map((p) => p.message), ['page 3 has no text layer — OCR is not included']);
  });

  it('web pages: main text without navigation, cookie banner, scripts, sidebar or footer', () => {
    const en = results.get('guidance.en.html')!.markdown;
    for (const furniture of ['cookies', 'Skip to main content', 'Services', 'Related content', 'Open Licence', 'NAVIGATION SCRIPT', 'Home']) {
      assert.ok(!en.includes(furniture), `"${furniture}" should have been dropped`);
    }
    assert.match(en, /^## 2\. Steps$/m);
    assert.match(en, /^1\. Define the intended use/m);
    assert.match(en, /^\| High +\| Full red-team/m);
    assert.match(en, /\[published standards\]\(https:\/\/example\.org\/standards\)/);
    const meta = results.get('guidance.en.html')!.meta;
    assert.deepStrictEqual([meta.title, meta.site, meta.date], ['Guidance on model evaluation', 'Example Office', '2024-05-17']);
  });

  it('a GBK page is decoded from its meta charset, and its site chrome dropped', () => {
    const r = results.get('notice.gbk.html')!;
    assert.match(r.markdown, /为了规范测试数据的收集/);
    for (const furniture of ['设为首页', '时政要闻', '当前位置', '版权所有', '脚本内容']) assert.ok(!r.markdown.includes(furniture), furniture);
    assert.strictEqual(r.meta.title, '关于测试数据管理的通知');
    assert.strictEqual(r.meta.date, '2023-07-13');
  });

  it('a Word file keeps headings, nested lists, the table and the footnote', () => {
    const r = results.get('procedures.en.docx')!;
    assert.match(r.markdown, /^## Obligations$/m);
    assert.match(r.markdown, /^2\. Publish an impact assessment\.$/m);
    assert.match(r.markdown, /^ +- Include affected groups\.$/m);
    assert.match(r.markdown, /\| Registration +\| Procurement office/);
    assert.match(r.markdown, /Public bodies include agencies and local authorities/);
    assert.strictEqual(r.meta.author, 'Testing Directorate');
  });
});
