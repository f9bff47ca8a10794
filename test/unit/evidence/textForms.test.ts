/** HTML character references, titles of unseen files, and sections carried by lines. */
import * as assert from 'node:assert';
import { decodeEntities } from '../../../src/core/text/htmlEntities';
import { normalizeForMatch } from '../../../src/core/text/normalize';
import { parseDocument } from '../../../src/core/parse';
import { buildMetadata } from '../../../src/core/corpus/metadata';
import { EMPTY_KNOWLEDGE } from '../../../src/core/corpus/entityNames';
import { testKnowledge } from '../corpus/testKnowledge';

const meta = (path: string, text: string) => buildMetadata(parseDocument(path, text, 'utf-8'), [], EMPTY_KNOWLEDGE).meta;

describe('HTML character references in text', () => {
  it('decodes named, numeric and legacy references with a map to the original offsets', () => {
    const d = decodeEntities('A&nbsp;B &amp; C&#8212;D&#x4E2D; E&nbsp F &bogus; G');
    assert.strictEqual(d.text, 'A\u00a0B & C—D中 E\u00a0 F &bogus; G');
    assert.strictEqual(d.map![d.text.indexOf('&')], 'A&nbsp;B '.length);
    assert.strictEqual(decodeEntities('no references').map, undefined);
  });

  it('matching sees through references and reports original offsets', () => {
    const kb = testKnowledge();
    const text = 'Harbor&nbsp;AI&nbsp;Institute said.';
    const [m] = kb.findMentions(text);
    assert.strictEqual(m?.entityId, 'harbor-ai');
    assert.deepStrictEqual([m.start, m.end], [0, 'Harbor&nbsp;AI&nbsp;Institute'.length]);
    assert.strictEqual(normalizeForMatch('a&amp;b').text, 'a&b');
  });

  it('plain-text headings and titles show decoded text', () => {
    const m = meta('n.txt', '公告标题&nbsp;&nbsp;第二期\n\n正文&ldquo;引号&rdquo;。\n');
    assert.ok(!m.title.includes('&'), m.title);
  });
});

describe('titles of files without a heading', () => {
  it('a long first line gives its first sentence, never the file name', () => {
    const m = meta('0001.txt', '　　综合本报消息　某某部近日要求各单位尽快完善服务清单查询功能。同时还要求规范营销。\n\n第二段。\n');
    assert.strictEqual(m.title, '综合本报消息 某某部近日要求各单位尽快完善服务清单查询功能…');
    assert.notStrictEqual(m.origins.title.provenance, 'file name');
  });

  it('skips page markers, a cover number and link bars; joins a title wrapped over two lines', () => {
    const m = meta('r.md', '---- Page 0 ----\nRPI TR 12-3\nA Framework for Careful\nModel Release\n\n---- Page 1 ----\nText.\n');
    assert.strictEqual(m.title, 'A Framework for Careful Model Release');
    const bar = meta('b.md', '<p>中文 ｜ <a href="x">English</a> ｜ <a href="y">日本語</a></p>\n\nLumen is a model family.\n');
    assert.strictEqual(bar.title, 'Lumen is a model family.');
  });

  it('a plain text opening with a masthead takes the title under it', () => {
    const m = meta('r.txt', 'Riverbend University\n\nAnnual Review of Model Audits\n\nBody text here.\n');
    assert.strictEqual(m.title, 'Annual Review of Model Audits');
  });
});

describe('Markdown structured by lines', () => {
  it('"Sec. N." paragraphs become sections under the title', () => {
    const text = '# An Order on Records\n\nBy the authority vested in me, it is ordered:\n\nSection 1. Purpose. Records matter.\n\n<span>Sec. 2. Policy.</span> It is the policy to keep them.\n\nSec. 3. Definitions. (a) A record is…\n';
    const parsed = parseDocument('eo.md', text, 'utf-8');
    assert.deepStrictEqual(parsed.headings.map((h) => [h.level, h.text]), [[1, 'An Order on Records'], [2, 'Section 1. Purpose.'], [2, 'Sec. 2. Policy.'], [2, 'Sec. 3. Definitions.']]);
    const sec2 = parsed.headings[2];
    assert.strictEqual(text.slice(sec2.span.start, sec2.span.end), 'Sec. 2. Policy.');
    assert.strictEqual(parsed.passages.find((p) => p.text.startsWith('Sec. 2.'))!.heading, 2);
  });

  it('第N章 and 第N条 lines give chapters and articles; documents with their own headings keep them', () => {
    const law = '# 某条例\n\n第一章 总则\n\n第一条 为了规范。\n\n第二条 本条例适用于本市。\n\n第二章 附则\n\n第三条 本条例自公布之日起施行。\n';
    const parsed = parseDocument('law.md', law, 'utf-8');
    assert.deepStrictEqual(parsed.headings.map((h) => [h.level, h.text]), [[1, '某条例'], [2, '第一章 总则'], [3, '第一条'], [3, '第二条'], [2, '第二章 附则'], [3, '第三条']]);
    const own = parseDocument('own.md', '# T\n\n## A\n\n## B\n\n## C\n\nSec. 1. x.\n\nSec. 2. y.\n\nSec. 3. z.\n', 'utf-8');
    assert.deepStrictEqual(own.headings.map((h) => h.text), ['T', 'A', 'B', 'C']);
  });
});
