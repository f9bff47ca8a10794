/** The real documents in ../shared/corpus: everything parses, and the known quirks come out right. */
import * as assert from 'node:assert';
import { parseBytes } from '../../../src/core/parse';
import { detectLanguage } from '../../../src/core/text/script';
import type { ParsedDocument } from '../../../src/core/types';
import { describeWithSharedCorpus, listShared, readShared } from '../support/sharedCorpus';
import { badSpans } from './spanCheck';

describeWithSharedCorpus('parse: shared corpus', (dir) => {
  const docs = new Map<string, ParsedDocument>();
  const get = (prefix: string): ParsedDocument => {
    const hit = [...docs.entries()].find(([p]) => p.split('/')[1].startsWith(prefix));
    assert.ok(hit, `no corpus file starting with ${prefix}`);
    return hit[1];
  };

  before(() => {
    for (const rel of [...listShared(dir, 'seeds'), ...listShared(dir, 'realworld')]) {
      const doc = parseBytes(rel, readShared(dir, rel));
      assert.ok(!('skipped' in doc), `${rel} skipped: ${'skipped' in doc ? doc.skipped : ''}`);
      docs.set(rel, doc);
    }
  });

  it('parses every file with passages and correct spans', () => {
    assert.ok(docs.size >= 13, `only ${docs.size} files`);
    for (const [rel, doc] of docs) {
      assert.ok(doc.passages.length > 0, `${rel} has no passages`);
      assert.deepStrictEqual(badSpans(doc), [], rel);
      assert.ok(doc.problems.every((p) => p.severity !== 'error'), `${rel}: ${JSON.stringify(doc.problems)}`);
    }
  });

  it('seed 004: 进展/趋势 headings, 【label】 sub-headings and one table of contents', () => {
    const d = get('004');
    assert.strictEqual(d.format, 'plain');
    const texts = d.headings.map((h) => h.text);
    assert.strictEqual(texts.filter((t) => /^进展\s*\d+：/.test(t)).length, 10);
    assert.strictEqual(texts.filter((t) => /^趋势\s*\d+：/.test(t)).length, 10);
    assert.ok(texts.includes('趋势概要'));
    assert.ok(d.toc, 'no toc');
    const tocText = d.text.slice(d.toc.start, d.toc.end);
    assert.match(tocText, /^目录/);
    assert.ok(d.headings.every((h) => h.span.start >= d.toc!.end || h.span.end <= d.toc!.start), 'a heading inside the toc');
    const trend = d.headings.find((h) => h.text.startsWith('趋势 1'))!;
    const label = d.headings.find((h) => h.text === '趋势概要')!;
    assert.ok(label.level > trend.level, '【label】 must sit below 趋势');
    assert.ok(d.headings.every((h) => !/^图\s*\d/.test(h.text)), 'a figure caption became a heading');
  });

  it('seeds 000 and 003: no heading or title from web-page debris', () => {
    for (const prefix of ['000', '003']) {
      const d = get(prefix);
      for (const t of [...d.headings.map((h) => h.text), d.title ?? '']) {
        assert.doesNotMatch(t, /当前位置|首页|用户名|密码|ICP|版权|Copyright|上一条|栏目|您的名字|\.png$|^-+$/, `${prefix}: ${t}`);
      }
      assert.ok(d.passages.every((p) => !/ICP备|用户名/.test(p.text)), `${prefix}: debris passage`);
    }
    assert.deepStrictEqual(get('000').headings.slice(0, 3).map((h) => h.text.slice(0, 2)), ['01', '02', '03']);
    assert.match(get('003').title ?? '', /^薛澜/);
  });

  it('seed 001: markdown with front matter, passages from its HTML <p>', () => {
    const d = get('001');
    assert.strictEqual(d.format, 'markdown');
    assert.ok(d.frontMatter && typeof d.frontMatter.title === 'string');
    assert.strictEqual(d.title, d.frontMatter.title);
    assert.ok(d.passages.length > 30, `${d.passages.length} passages`);
    for (const p of d.passages) {
      assert.doesNotMatch(p.text, /<\/?p\b|style=/);
      assert.doesNotMatch(d.text.slice(p.span.start, p.span.end), /^<p/);
    }
    assert.ok(d.passages.some((p) => p.text.includes('悟道2．0')));
  });

  it('seed languages: 000 bilingual, 001/003/004 zh, 002 en', () => {
    const lang = (p: string): string => detectLanguage(get(p).text);
    assert.deepStrictEqual(['000', '001', '002', '003', '004'].map(lang), ['bilingual', 'zh', 'en', 'zh', 'zh']);
  });

  it('realworld 14: a --- block that is not YAML warns but loads its heading', () => {
    const d = get('14');
    assert.strictEqual(d.format, 'markdown');
    assert.strictEqual(d.frontMatter, undefined);
    assert.ok(d.problems.some((p) => p.severity === 'warning' && p.line === 0));
    assert.match(d.headings[0].text, /^Alpha Principles/);
  });

  it('realworld 17 and 19: chapter headings 第一章…, comment not a passage', () => {
    for (const prefix of ['17', '19']) {
      const d = get(prefix);
      const chapter = d.headings.find((h) => /^第一章/.test(h.text));
      assert.ok(chapter, `${prefix}: no 第一章`);
      assert.ok(d.passages.every((p) => !p.text.includes('INFO END')));
      assert.ok(d.passages.some((p) => p.text.startsWith('第一条')));
    }
  });

  it('realworld 10: the 581 KB act parses with its headings', () => {
    const d = get('10');
    assert.ok(d.text.length > 500_000);
    assert.ok(d.headings.length >= 200, `${d.headings.length} headings`);
    assert.ok(d.passages.length > 1000);
  });

  it('realworld 06: CRLF file with exact spans and lines over 2,000 characters', () => {
    const d = get('06');
    assert.ok(d.text.includes('\r\n'));
    const long = d.passages.find((p) => p.span.end - p.span.start > 2000);
    assert.ok(long, 'no passage over 2,000 characters');
    for (const h of d.headings) assert.strictEqual(d.text.slice(h.span.start, h.span.end).replace(/[*_`]/g, ''), h.text.replace(/[*_`]/g, ''));
    assert.ok(d.passages.every((p) => !d.text.slice(p.span.start, p.span.end).endsWith('\r')));
  });

  it('realworld 01: <…> inside a code fence stays code', () => {
    const d = get('01');
    const code = d.passages.filter((p) => p.kind === 'code');
    assert.ok(code.some((p) => p.text.includes('<number of experts per worker>')));
  });
});
