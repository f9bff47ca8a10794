import * as assert from 'node:assert';
import { createJumpIndex, type JumpIndex } from '../../../src/core/search/jump';
import { IndexCacheError } from '../../../src/core/search/indexCodec';
import type { JumpHit } from '../../../src/core/search/searchTypes';
import { entities, fixtureDocs, makeDoc } from './searchFixture';

function fixture(cache?: Uint8Array): JumpIndex {
  const j = createJumpIndex(cache);
  j.setDocuments(fixtureDocs());
  j.setEntities(entities);
  j.setTags(['compute', 'privacy', '#export-control']);
  j.setAnnotations([
    { id: 'n1', path: 'notes/forum.md', span: { start: 30, end: 60 }, label: 'supports the compute argument', tags: ['compute'] },
  ]);
  return j;
}

const passages = (hits: JumpHit[]): JumpHit[] => hits.filter((h) => h.kind === 'passage');
/** The highlighted parts of a hit's label. */
const marked = (h: JumpHit): string[] => h.highlights.map(([s, e]) => h.label.slice(s, e));

describe('jump query: tolerance', () => {
  const j = fixture();

  it('finds English words with one or two typos', () => {
    const h = passages(j.query('responsble'))[0];
    assert.match(h.label, /Responsible/);
    assert.match(passages(j.query('Bletchly'))[0].label, /Bletchley Park/);
    assert.match(passages(j.query('expotr contrls'))[0].label, /export controls/);
  });

  it('finds Chinese terms with one wrong or missing character', () => {
    assert.match(passages(j.query('隐私保户'))[0].label, /隐私保护/);
    assert.match(passages(j.query('隐私护'))[0].label, /隐私保护/);
  });

  it('ignores case and full-width forms', () => {
    const a = passages(j.query('ＦＡＳＴＭＯＥ')).map((h) => h.label);
    const b = passages(j.query('fastmoe')).map((h) => h.label);
    assert.ok(a.length >= 2);
    assert.deepStrictEqual(a, b);
  });

  it('ranks passages with every term of a mixed query first', () => {
    const top = passages(j.query('悟道 FastMoE'))[0];
    assert.match(top.label, /悟道/);
    assert.match(top.label, /FastMoE/);
    assert.deepStrictEqual(marked(top).sort(), ['FastMoE', '悟道']);
  });

  it('returns nothing for an empty or hopeless query', () => {
    assert.deepStrictEqual(j.query('   '), []);
    assert.deepStrictEqual(j.query('qqxqzv'), []);
  });
});

describe('jump query: kinds, labels and spans', () => {
  const j = fixture();

  it('narrows to entities, tags, headings and annotations with prefixes', () => {
    assert.deepStrictEqual(j.query('@xue').map((h) => [h.kind, h.entityId]), [['entity', 'xue-lan']]);
    assert.strictEqual(j.query('#comp')[0].tag, 'compute');
    assert.deepStrictEqual(j.query('>open').map((h) => [h.kind, h.label]), [['heading', 'Open questions']]);
    assert.deepStrictEqual(j.query('!compute').map((h) => h.annotationId), ['n1']);
    assert.deepStrictEqual(j.query('＠薛澜').map((h) => h.entityId), ['xue-lan']);
  });

  it('lists a whole kind for a bare prefix', () => {
    assert.deepStrictEqual(j.query('#').map((h) => h.label), ['#compute', '#privacy', '#export-control']);
    assert.strictEqual(j.query('@', { limit: 3 }).length, 3);
  });

  it('honours kinds and limit options', () => {
    const hits = j.query('model', { kinds: ['heading', 'passage'], limit: 2 });
    assert.ok(hits.length <= 2 && hits.every((h) => h.kind === 'passage' || h.kind === 'heading'));
  });

  it('keeps passage labels short and their spans on the matched text', () => {
    const docs = new Map(fixtureDocs().map((d) => [d.path, d]));
    const h = passages(j.query('export controls'))[0];
    assert.ok(h.label.length <= 82, h.label);
    assert.deepStrictEqual(marked(h), ['export controls']);
    const doc = docs.get(h.path!)!;
    const p = doc.passages.find((x) => x.span.start <= h.span!.start && h.span!.end <= x.span.end)!;
    assert.strictEqual(p.text.slice(h.span!.start - p.span.start, h.span!.end - p.span.start).toLowerCase(), 'export controls');
  });
});

describe('jump query: entities across languages', () => {
  const j = fixture();

  it('matches an entity through any alias and reaches passages in the other language', () => {
    const hits = j.query('xue lan');
    assert.strictEqual(hits.find((h) => h.kind === 'entity')?.entityId, 'xue-lan');
    const zh = passages(hits).find((h) => h.label.includes('薛澜'));
    assert.ok(zh, 'the Chinese passage naming 薛澜 is listed');
    assert.match(zh!.detail, /mentions Xue Lan/);
    const back = passages(j.query('薛澜'));
    assert.ok(back.some((h) => h.label.includes('Xue Lan argued')));
  });

  it('ranks an entity the query names exactly, or with a typo, at the top', () => {
    const zh = j.query('联邦学习');
    assert.strictEqual(zh[0].kind, 'entity', zh.slice(0, 3).map((h) => h.label).join(' | '));
    assert.strictEqual(zh[0].entityId, 'fl');
    const typo = j.query('Bletchly');
    assert.strictEqual(typo[0].kind, 'entity', typo.slice(0, 3).map((h) => h.label).join(' | '));
    assert.strictEqual(typo[0].entityId, 'bletchley');
    assert.strictEqual(j.query('xue lan')[0].entityId, 'xue-lan');
  });

  it('keeps entities a multi-word query does not name out of the list', () => {
    const k = createJumpIndex();
    k.setDocuments(fixtureDocs());
    k.setEntities([...entities,
      { id: 'llm', names: ['large language model', '大语言模型'], kind: 'concept' },
      { id: 'glm', names: ['General Language Model', 'GLM'], kind: 'model' },
      { id: 'lpu', names: ['Groq LPU'], kind: 'model' }]);
    const ids = k.query('xue lan').filter((h) => h.kind === 'entity').map((h) => h.entityId);
    assert.deepStrictEqual(ids, ['xue-lan']);
    // A single word still finds entities by part of a name.
    assert.ok(k.query('language').some((h) => h.entityId === 'llm'));
  });

  it('does not reach through entities for unrelated queries', () => {
    assert.ok(!passages(j.query('weather remark')).some((h) => h.detail.includes('mentions')));
  });
});

describe('jump index: updates and cache', () => {
  it('stops finding a document’s old text after updateDocument and removeDocument', () => {
    const j = fixture();
    assert.ok(passages(j.query('audit training data')).length > 0);
    j.updateDocument(makeDoc('notes/forum.md', 'Only a note on chip tariffs remains.'));
    assert.deepStrictEqual(passages(j.query('audit training data')).filter((h) => h.path === 'notes/forum.md'), []);
    assert.strictEqual(passages(j.query('chip tarifs'))[0].path, 'notes/forum.md');
    j.removeDocument('notes/forum.md');
    assert.deepStrictEqual(passages(j.query('chip tariffs')), []);
    assert.ok(!passages(j.query('xue lan')).some((h) => h.path === 'notes/forum.md'));
  });

  it('reloads from serialize() output and answers the same', () => {
    const j = fixture();
    const bytes = j.serialize();
    assert.deepStrictEqual(createJumpIndex(bytes).setDocuments(fixtureDocs()), { indexed: 0, reused: 3, removed: 0 });
    const k = fixture(bytes);
    for (const q of ['responsble', '隐私保户', '悟道 FastMoE', 'xue lan', '#priv', '>notes']) {
      assert.deepStrictEqual(k.query(q), j.query(q), q);
    }
  });

  it('refuses a damaged cache with IndexCacheError', () => {
    assert.throws(() => createJumpIndex(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])), IndexCacheError);
  });
});

describe('jump query: odd input', () => {
  it('copes with a pasted paragraph and with punctuation-only queries', () => {
    const j = fixture();
    const long = 'Delegates gathered at Bletchley Park '.repeat(40);
    assert.match(passages(j.query(long))[0].label, /Bletchley Park/);
    assert.deepStrictEqual(j.query('，。、…'), []);
  });
});
