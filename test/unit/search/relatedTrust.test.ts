/**
 * Related that means it: a shared institution alone shows nothing, definitions meet
 * definitions, weak results are cut off, and translations are offered only on the
 * restated side of a parallel section — never for an inserted English line.
 */
import * as assert from 'node:assert';
import { parseDocument } from '../../../src/core/parse';
import { createJumpIndex } from '../../../src/core/search/jump';
import { findRelated, type RelatedContributor } from '../../../src/core/search/related';
import { pairTranslations } from '../../../src/core/search/translation';
import { passageOnLine } from '../../../src/core/search/passageLookup';
import type { SearchDoc, SearchEntity } from '../../../src/core/search/searchTypes';
import { LineIndex } from '../../../src/core/text/lines';
import { decodeBytes } from '../../../src/core/text/decode';
import { makeDoc } from './searchFixture';
import { describeWithSharedCorpus, readShared } from '../support/sharedCorpus';

const house: SearchEntity[] = [{ id: 'harbour-office', names: ['Harbour Office'], kind: 'institution' }, { id: 'mei', names: ['Mei Lin'], kind: 'person' }];
const kinds = new Map(house.map((e) => [e.id, e.kind]));
const entityKind = (id: string): string | undefined => kinds.get(id);

describe('related passages a researcher can trust', () => {
  it('does not show a passage for a shared institution alone, but counts it beside a person', () => {
    const j = createJumpIndex();
    const fillers = Array.from({ length: 6 }, (_, i) => makeDoc(`f${i}.md`, `Tide table ${i} for the outer basin.`, house));
    j.setDocuments([
      makeDoc('a.md', 'The Harbour Office and Mei Lin opened the new quay.', house),
      makeDoc('b.md', 'The Harbour Office published its annual accounts.', house),
      makeDoc('c.md', 'Mei Lin spoke for the Harbour Office about dredging.', house),
      ...fillers,
    ]);
    const hits = findRelated(j, { path: 'a.md', index: 0 }, { entityKind, entityName: (id) => house.find((e) => e.id === id)!.names[0] });
    assert.deepStrictEqual(hits.map((h) => h.path), ['c.md']);
    assert.deepStrictEqual(hits[0].reasons, ['shares Harbour Office, Mei Lin']);
  });

  it('relates two definitions of the same kind of thing, and two of the same term above them', () => {
    const j = createJumpIndex();
    j.setDocuments([
      makeDoc('eu.md', "'Frontier harbour model' means a model trained on tide data that many ports can reuse."),
      makeDoc('us.md', 'The term "dual-use harbour model" means a model that serves both civil and naval ports.'),
      makeDoc('uk.md', "'Frontier harbour model' means, for this guide, a reusable model of the tides."),
      makeDoc('other.md', 'Harbour dues rose again this spring.'),
    ]);
    const hits = findRelated(j, { path: 'eu.md', index: 0 });
    assert.deepStrictEqual(hits.map((h) => h.path).slice(0, 2), ['uk.md', 'us.md']);
    assert.ok(hits[0].reasons.includes('defines the same term (Frontier harbour model)'), hits[0].reasons.join('; '));
    assert.ok(hits[1].reasons.includes('also a definition (dual-use harbour model)'), hits[1].reasons.join('; '));
    assert.ok(!hits.some((h) => h.path === 'other.md'), 'a passing mention of "harbour" is too weak to show');
  });

  it('runs contributors passed in options, after the built-in ones', () => {
    const j = createJumpIndex();
    j.setDocuments([makeDoc('a.md', 'Quay one.'), makeDoc('b.md', 'Dredging report.')]);
    const cites: RelatedContributor = (ctx) => ctx.add('b.md', 0, { weight: 2, reason: 'cites the same source' });
    const hits = findRelated(j, { path: 'a.md', index: 0 }, { contributors: [cites] });
    assert.deepStrictEqual(hits.map((h) => [h.path, h.reasons]), [['b.md', ['cites the same source']]]);
  });
});

const bilingual = [
  '港口原则',
  '',
  '01 Open 开放',
  '',
  '  • 港口数据应当向研究者开放，并说明采集方式',
  '',
  'NEW PARAGRAPH inserted by an editor.',
  '',
  '  • 开放的接口要有版本和文档',
  '',
  'Open: port data should be open to researchers, with the way it was collected explained, and every open interface should carry a version and documentation.',
  '',
  '  • 此外，港务局计划在明年举办开放日活动，邀请市民参观',
  '',
].join('\n');

describe('translation pairs only where a parallel section agrees', () => {
  const p = parseDocument('ports.txt', bilingual, 'utf-8');
  const doc: SearchDoc = { path: 'ports.txt', passages: p.passages, headings: p.headings, mentions: [] };
  const at = (needle: string): number => doc.passages.findIndex((x) => x.text.includes(needle));

  it('pairs the bullets before the English restatement with it', () => {
    const pairs = pairTranslations(doc).map((x) => [x.zh, x.en]);
    const en = at('Open: port data');
    assert.ok(pairs.some(([z, e]) => z === at('港口数据应当') && e === en), JSON.stringify(pairs));
    assert.ok(pairs.some(([z, e]) => z === at('开放的接口') && e === en), JSON.stringify(pairs));
  });

  it('never offers an inserted English line, or a bullet after the restatement, as a translation', () => {
    const pairs = pairTranslations(doc);
    assert.ok(!pairs.some((x) => x.en === at('NEW PARAGRAPH')), JSON.stringify(pairs));
    assert.ok(!pairs.some((x) => x.zh === at('开放日活动')), JSON.stringify(pairs));
  });
});

describeWithSharedCorpus('related on the seeds', (dir) => {
  const load = (rel: string): { doc: SearchDoc; text: string } => {
    const decoded = decodeBytes(readShared(dir, rel));
    assert.ok(decoded.ok);
    const p = parseDocument(rel, decoded.text, decoded.encoding);
    return { doc: { path: rel, passages: p.passages, headings: p.headings, mentions: [] }, text: decoded.text };
  };

  it('seed 000: the Chinese bullets after "Responsible AI" are not its translation', () => {
    const { doc } = load('seeds/000_fb3d3697c67e7aa1.txt');
    const en = doc.passages.findIndex((x) => x.text.startsWith('Responsible AI:'));
    const zh = pairTranslations(doc).filter((x) => x.en === en).map((x) => doc.passages[x.zh].text);
    assert.ok(zh.length >= 2, 'the two bullets before it pair');
    assert.ok(!zh.some((t) => t.includes('张亚勤提出3R原则') || t.includes('希望做负责任的AI')), zh.join(' / '));
  });

  it('seed 003: each line of a one-paragraph-per-line run is its own passage', () => {
    const { doc, text } = load('seeds/003_e3bc3ba30a8100f6.txt');
    const lines = new LineIndex(text);
    const at = text.indexOf('目前,全球政府均在完善生成式');
    assert.ok(at >= 0);
    const line = lines.lineOf(at);
    const p = doc.passages[passageOnLine(doc.passages, lines.lineSpan(line))];
    assert.strictEqual(lines.lineOf(p.span.start), line, 'the passage starts on the cursor line');
    assert.strictEqual(lines.lineOf(p.span.end - 1), line, 'and ends on it');
  });
});
