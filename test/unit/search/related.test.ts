import * as assert from 'node:assert';
import { createJumpIndex, type JumpIndex } from '../../../src/core/search/jump';
import { findRelated, sharedEntityWeight } from '../../../src/core/search/related';
import { pairTranslations } from '../../../src/core/search/translation';
import { passageLanguage } from '../../../src/core/search/passageFeatures';
import { entities, fixtureDocs, makeDoc, principlesText } from './searchFixture';

const names = new Map(entities.map((e) => [e.id, e.names[0]]));
const entityName = (id: string): string => names.get(id) ?? id;

function corpus(): JumpIndex {
  const j = createJumpIndex();
  j.setDocuments([...fixtureDocs(), makeDoc('notes/echo.md', 'In the end no one agreed on how to audit the training data at scale.')]);
  j.setEntities(entities);
  return j;
}

describe('related passages', () => {
  const j = corpus();

  it('ranks passages in other documents that share an entity, across languages', () => {
    const hits = findRelated(j, { path: 'notes/baai.txt', index: 2 }, { entityName });
    assert.strictEqual(hits[0].path, 'notes/forum.md');
    assert.match(hits[0].text, /^Xue Lan argued/);
    assert.deepStrictEqual(hits[0].reasons, ['shares Xue Lan']);
    assert.ok(hits.every((h) => h.path !== 'notes/baai.txt'));
  });

  it('names every shared entity in one reason', () => {
    const j2 = createJumpIndex();
    j2.setDocuments([
      makeDoc('a.md', '悟道2.0与FastMoE同时亮相。'),
      makeDoc('b.md', 'WuDao 2.0 shipped together with FastMoE.'),
      makeDoc('c.md', 'FastMoE alone.'),
    ]);
    const hits = findRelated(j2, { path: 'a.md', index: 0 }, { entityName });
    assert.deepStrictEqual(hits.map((h) => h.path), ['b.md', 'c.md']);
    assert.strictEqual(hits[0].reasons[0], 'shares WuDao 2.0, FastMoE');
    assert.strictEqual(hits[1].reasons[0], 'shares FastMoE');
  });

  it('follows annotation links in both directions', () => {
    const docs = new Map(fixtureDocs().map((d) => [d.path, d]));
    const from = docs.get('notes/baai.txt')!.passages[0].span;
    const to = docs.get('notes/forum.md')!.passages[3].span;
    const links = [{ from: { path: 'notes/baai.txt', span: from }, to: { path: 'notes/forum.md', span: { start: to.start + 2, end: to.start + 9 } }, relation: 'supports' }];
    const there = findRelated(j, { path: 'notes/baai.txt', index: 0 }, { links, entityName });
    const linked = there.find((h) => h.path === 'notes/forum.md' && h.index === 3);
    assert.ok(linked?.reasons.includes('linked by annotation (supports)'));
    const back = findRelated(j, { path: 'notes/forum.md', index: 3 }, { links });
    assert.ok(back.some((h) => h.path === 'notes/baai.txt' && h.index === 0 && h.reasons.includes('linked by annotation (supports)')));
  });

  it('finds similar wording without shared entities', () => {
    const hits = findRelated(j, { path: 'notes/forum.md', index: 3 });
    assert.strictEqual(hits[0].path, 'notes/echo.md');
    assert.deepStrictEqual(hits[0].reasons, ['similar wording']);
  });

  it('relates a passage to its translation in the same document', () => {
    const hits = findRelated(j, { path: 'notes/principles.md', index: 1 }, { entityName });
    const own = hits.filter((h) => h.path === 'notes/principles.md');
    assert.deepStrictEqual(own.map((h) => [h.index, h.reasons.includes('translation')]), [[4, true]]);
    assert.strictEqual(hits[0].index, 4);
  });

  it('takes at most a few passages from any one other document', () => {
    const j2 = createJumpIndex();
    const many = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of a long report on federated learning.`).join('\n\n');
    // Unrelated notes make the shared concept rare enough to clear the weak-evidence cut-off.
    const fillers = Array.from({ length: 5 }, (_, i) => makeDoc(`other${i}.md`, `Budget note ${i} on compute.`));
    j2.setDocuments([makeDoc('a.md', '联邦学习的进展。'), makeDoc('long.md', many), makeDoc('short.md', 'federated learning, briefly.'), ...fillers]);
    j2.setEntities(entities);
    const hits = findRelated(j2, { path: 'a.md', index: 0 }, { entityName });
    assert.strictEqual(hits.filter((h) => h.path === 'long.md').length, 3);
    assert.ok(hits.some((h) => h.path === 'short.md'));
    const two = findRelated(j2, { path: 'a.md', index: 0 }, { entityName, perDocument: 2 });
    assert.strictEqual(two.filter((h) => h.path === 'long.md').length, 2);
  });

  it('weighs a rare named entity above a concept every document shares', () => {
    const j2 = createJumpIndex();
    const docs = [
      makeDoc('target.md', 'Xue Lan on federated learning.'),
      makeDoc('common.md', 'More federated learning, and federated learning again.'),
      makeDoc('person.md', 'Xue Lan spoke.'),
      ...Array.from({ length: 6 }, (_, i) => makeDoc(`filler${i}.md`, `federated learning note ${i}`)),
    ];
    j2.setDocuments(docs);
    j2.setEntities(entities);
    const kinds = new Map(entities.map((e) => [e.id, e.kind]));
    const hits = findRelated(j2, { path: 'target.md', index: 0 }, { entityName, entityKind: (id) => kinds.get(id) });
    assert.strictEqual(hits[0].path, 'person.md');
    // Passages sharing only the ubiquitous concept score far lower, so low they are cut off.
    assert.ok(hits.length === 1 || hits[0].score > 3 * hits[1].score, hits.map((h) => `${h.path} ${h.score.toFixed(2)}`).join('; '));
  });

  it('gives an entity every document names (almost) no weight', () => {
    assert.ok(sharedEntityWeight(100, 100) < 0.02);
    assert.ok(sharedEntityWeight(100, 2, 'person') > sharedEntityWeight(100, 2, 'concept'));
    assert.ok(sharedEntityWeight(100, 2) > sharedEntityWeight(100, 40));
    assert.strictEqual(sharedEntityWeight(10, 0, 'unknown-kind'), Math.log(11));
  });

  it('returns nothing for an unknown passage', () => {
    assert.deepStrictEqual(findRelated(j, { path: 'nope.md', index: 0 }), []);
    assert.deepStrictEqual(findRelated(j, { path: 'notes/forum.md', index: 99 }), []);
  });
});

describe('translation pairing', () => {
  it('pairs each Chinese principle with its English statement, in order', () => {
    const doc = makeDoc('p.md', principlesText);
    const pairs = pairTranslations(doc);
    assert.deepStrictEqual(pairs.map((p) => [p.zh, p.en]), [[0, 3], [1, 4], [2, 5]]);
    assert.deepStrictEqual(pairs[0].shared, ['r-responsive']);
  });

  it('keeps reading order: a crossing match is not a pair', () => {
    const text = ['数据披露 2021 年 FastMoE', '悟道 模型 2030', 'WuDao model release planned for 2030', 'FastMoE disclosure of 2021'].join('\n\n');
    const pairs = pairTranslations(makeDoc('x.md', text));
    assert.strictEqual(pairs.length, 1, JSON.stringify(pairs));
  });

  it('pairs nothing in a one-language document', () => {
    assert.deepStrictEqual(pairTranslations(fixtureDocs()[0]), []);
    assert.deepStrictEqual(pairTranslations(fixtureDocs()[1]), []);
  });

  it('tells the dominant script of a passage', () => {
    assert.strictEqual(passageLanguage('隐私保护是联邦学习的目标'), 'zh');
    assert.strictEqual(passageLanguage('Privacy is a goal of federated learning'), 'en');
    assert.strictEqual(passageLanguage('张亚勤提出 Responsive, Resilient and Responsible AI'), 'mixed');
    assert.strictEqual(passageLanguage('2020 — 2021'), 'none');
  });
});
