import * as assert from 'node:assert';
import { toSearchEntities } from '../../../src/core/search/fromKnowledge';
import { annotationLabel, searchTags, toSearchAnnotations, toSearchLinks } from '../../../src/core/search/fromAnnotations';
import { passageAtCursor, passageOnLine } from '../../../src/core/search/passageLookup';
import { createJumpIndex } from '../../../src/core/search/jump';
import { findRelated } from '../../../src/core/search/related';
import type { Annotation } from '../../../src/core/annotations/types';
import type { Entity } from '../../../src/core/knowledge/types';
import { LineIndex } from '../../../src/core/text/lines';
import { makeDoc } from './searchFixture';
import { bareLinkTarget } from '../annotations/helpers';

const entity = (over: Partial<Entity>): Entity => ({
  id: 'x', kind: 'person', names: {}, aliases: [], description: { en: '' }, related: [], ...over,
});

function annotation(over: Partial<Annotation> & { path: string; start: number; end: number; exact: string }): Annotation {
  const { path, start, end, exact, ...rest } = over;
  return {
    id: 'a1', tags: [], links: [], created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', status: 'anchored',
    target: {
      source: path, textHash: 'h',
      selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }],
    },
    ...rest,
  };
}

describe('search inputs: knowledge base entities', () => {
  it('lists the display-language name first, then the other, then aliases, without case/width duplicates', () => {
    const e = entity({ id: 'ada', names: { en: 'Ada Quill', zh: '艾达' }, aliases: ['ADA QUILL', { text: 'AQ', caseSensitive: true }, 'Ａｄａ'] });
    assert.deepStrictEqual(toSearchEntities([e])[0].names, ['Ada Quill', '艾达', 'AQ', 'Ａｄａ']);
    assert.deepStrictEqual(toSearchEntities([e], 'zh')[0].names, ['艾达', 'Ada Quill', 'AQ', 'Ａｄａ']);
  });

  it('falls back to the id for an entity without names, and keeps the kind', () => {
    assert.deepStrictEqual(toSearchEntities([entity({ id: 'lonely', kind: 'model' })]), [{ id: 'lonely', names: ['lonely'], kind: 'model' }]);
  });

  it('makes an alias in either language find the entity in the jump index', () => {
    const j = createJumpIndex();
    j.setEntities(toSearchEntities([entity({ id: 'ada', names: { en: 'Ada Quill' }, aliases: ['奎尔'] })]));
    assert.strictEqual(j.query('@奎尔')[0]?.entityId, 'ada');
    assert.strictEqual(j.query('@ada quil')[0]?.entityId, 'ada');
  });
});

describe('search inputs: annotations', () => {
  const a = annotation({ path: 'a.md', start: 5, end: 20, exact: 'ships leave\nthe   harbour', note: '## Key point\nsecond line', tags: ['port', 'trade/sea'] });

  it('labels an annotation by the first note line and the quote, on one line', () => {
    assert.strictEqual(annotationLabel(a), 'Key point — “ships leave the harbour”');
    assert.strictEqual(annotationLabel({ ...a, note: undefined }), '“ships leave the harbour”');
    assert.ok(annotationLabel({ ...a, note: 'n'.repeat(500) }).length <= 120);
  });

  it('becomes a jump entry at its current span, found by note words', () => {
    const [row] = toSearchAnnotations([a], () => ({ start: 7, end: 22 }));
    assert.deepStrictEqual(row.span, { start: 7, end: 22 });
    assert.deepStrictEqual([row.id, row.path, row.tags], ['a1', 'a.md', ['port', 'trade/sea']]);
    const j = createJumpIndex();
    j.setAnnotations([row]);
    assert.strictEqual(j.query('!harbour')[0]?.annotationId, 'a1');
  });

  it('collects tags from annotations and the codebook once, sorted', () => {
    assert.deepStrictEqual(searchTags([a, { ...a, tags: ['port'] }], ['zeta', 'port']), ['port', 'trade/sea', 'zeta']);
  });

  it('turns links into search links from the annotation span; orphans draw none', () => {
    const linked = { ...a, links: [{ relation: 'supports' as const, target: bareLinkTarget('b.md', 1, 9, 'x') }] };
    assert.deepStrictEqual(toSearchLinks([linked]), [{ from: { path: 'a.md', span: { start: 5, end: 20 } }, to: { path: 'b.md', span: { start: 1, end: 9 } }, relation: 'supports' }]);
    assert.deepStrictEqual(toSearchLinks([{ ...linked, status: 'orphaned' }]), []);
  });

  it('feeds related-passage ranking: a linked passage is related with its relation', () => {
    const one = makeDoc('one.md', 'First harbour note.\n\nSecond quiet line.\n');
    const two = makeDoc('two.md', 'Unrelated opening words.\n\nAnother separate block here.\n');
    const j = createJumpIndex();
    j.setDocuments([one, two]);
    const link = annotation({ path: 'one.md', start: 0, end: 5, exact: 'First', links: [{ relation: 'contradicts', target: bareLinkTarget('two.md', two.passages[1].span.start, two.passages[1].span.start + 3, 'Ano') }] });
    const hits = findRelated(j, { path: 'one.md', index: 0 }, { links: toSearchLinks([link]) });
    assert.deepStrictEqual(hits.map((h) => [h.path, h.index, h.reasons]), [['two.md', 1, ['linked by annotation (contradicts)']]]);
  });
});

describe('search inputs: passage lookup', () => {
  const text = 'title\n\nfirst para\ncontinues\n\n\nsecond para\n';
  const doc = makeDoc('d.txt', text);
  const lines = new LineIndex(text);

  it('finds the passage on a line, including a passage\'s later lines', () => {
    const on = (line: number) => passageOnLine(doc.passages, lines.lineSpan(line - 1));
    assert.strictEqual(doc.passages[on(3)].text.startsWith('first para'), true);
    assert.strictEqual(on(4), on(3));
    assert.strictEqual(doc.passages[on(7)].text, 'second para');
    assert.strictEqual(on(2), -1);
    assert.strictEqual(on(6), -1);
  });

  it('counts a cursor just after a passage as inside it, but not one on a blank line', () => {
    const p = doc.passages[1];
    assert.strictEqual(passageAtCursor(doc.passages, p.span.start), 1);
    assert.strictEqual(passageAtCursor(doc.passages, p.span.end), 1);
    assert.strictEqual(passageAtCursor(doc.passages, p.span.end + 1), -1);
  });
});
