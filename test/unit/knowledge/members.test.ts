/**
 * Series and wholes: a reference to 悟道 or to the 3R principles also lists the mentions of
 * their members, each labelled with the member it names; members of members count, cycles
 * do not loop.
 */
import * as assert from 'node:assert';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { define } from '../../../src/core/knowledge/builtin/define';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { EntityMentionIndex } from '../../../src/core/knowledge/mentionIndex';
import { entityReferences, memberCounts, MentionSource } from '../../../src/core/knowledge/references';

const kb = new KnowledgeBase([
  define('series', 'model', { en: 'Example Series' }, [], 'A model series.'),
  define('series-1', 'model', { en: 'Example Series 1' }, [], 'First model.', { partOf: 'series' }),
  define('series-1-mini', 'model', { en: 'Example Series 1 Mini' }, [], 'Small variant.', { partOf: 'series-1' }),
  define('series-2', 'model', { en: 'Example Series 2' }, [], 'Second model.', { partOf: 'series' }),
  define('ring-a', 'model', { en: 'Ring A' }, [], 'Cycle.', { partOf: 'ring-b' }),
  define('ring-b', 'model', { en: 'Ring B' }, [], 'Cycle.', { partOf: 'ring-a' }),
]);

function source(path: string, text: string): MentionSource {
  return { path, parsed: { text }, mentions: kb.findMentions(text), meta: { institutions: [] } };
}
const docs = [
  source('a.md', 'Example Series grew. Example Series 2 came out after Example Series 1.'),
  source('b.md', 'Only Example Series 1 Mini and Example Series 2 here, and Example Series 2 again.'),
];

describe('knowledge/series members', () => {
  it('lists members at any depth, direct members first, and survives a cycle', () => {
    assert.deepStrictEqual(kb.membersOf('series'), ['series-1', 'series-2', 'series-1-mini']);
    assert.deepStrictEqual(kb.membersOf('series-2'), []);
    assert.deepStrictEqual(kb.membersOf('ring-a'), ['ring-b']);
  });

  it('references to the whole include the members, labelled with the member they name', () => {
    for (const corpus of [docs, new EntityMentionIndex(docs)]) {
      const refs = entityReferences(corpus, 'series', kb.membersOf('series'));
      assert.deepStrictEqual(refs.map((r) => [r.path, r.mention.text, r.member ?? null]), [
        ['a.md', 'Example Series', null],
        ['a.md', 'Example Series 1', 'series-1'],
        ['a.md', 'Example Series 2', 'series-2'],
        ['b.md', 'Example Series 2', 'series-2'],
        ['b.md', 'Example Series 2', 'series-2'],
        ['b.md', 'Example Series 1 Mini', 'series-1-mini'],
      ]);
      assert.strictEqual(entityReferences(corpus, 'series').length, 1, 'without members only its own mention');
      assert.deepStrictEqual(memberCounts(corpus, kb.membersOf('series')), [
        { id: 'series-2', mentions: 3, documents: 2 },
        { id: 'series-1', mentions: 1, documents: 1 },
        { id: 'series-1-mini', mentions: 1, documents: 1 },
      ]);
    }
  });

  it('the built-in series: 悟道 includes 悟道2.0, the 3R principles their three, the summits each summit', () => {
    const real = new KnowledgeBase(BUILTIN_ENTITIES);
    assert.ok(real.membersOf('wudao').includes('wudao-2'));
    assert.deepStrictEqual(real.membersOf('3r-principles').sort(), ['resilient-ai', 'responsible-ai', 'responsive-ai']);
    assert.ok(real.membersOf('ai-safety-summit').includes('bletchley-summit'));
    assert.ok(real.membersOf('gpt-series').includes('gpt-4'));
    const text = '悟道系列中的悟道2.0发布于2021年。';
    const refs = entityReferences([{ path: 'x.md', parsed: { text }, mentions: real.findMentions(text), meta: { institutions: [] } }], 'wudao', real.membersOf('wudao'));
    assert.deepStrictEqual(refs.map((r) => [r.mention.text, r.member ?? null]), [['悟道', null], ['悟道2.0', 'wudao-2']]);
  });
});
