import * as assert from 'node:assert';
import { mainReason, parseReason } from '../../../src/core/search/relatedReasons';
import { parseGoToArgs } from '../../../src/core/search/goToArgs';
import { createJumpIndex } from '../../../src/core/search/jump';
import { findRelated } from '../../../src/core/search/related';
import { makeDoc } from './searchFixture';

describe('search: related reasons read back', () => {
  it('reads every reason findRelated gives', () => {
    assert.deepStrictEqual(parseReason('translation'), { kind: 'translation' });
    assert.deepStrictEqual(parseReason('similar wording'), { kind: 'similar' });
    assert.deepStrictEqual(parseReason('linked by annotation (supports)'), { kind: 'link', relation: 'supports' });
    assert.deepStrictEqual(parseReason('shares Xue Lan, 悟道2.0'), { kind: 'shares', names: 'Xue Lan, 悟道2.0' });
    assert.deepStrictEqual(parseReason('something new'), { kind: 'other', text: 'something new' });
  });

  it('understands the reasons of a real findRelated result', () => {
    const a = makeDoc('a.md', 'Xue Lan spoke about federated learning in Beijing.\n\n薛澜谈到了联邦学习。\n');
    const b = makeDoc('b.md', 'A later note: Xue Lan and federated learning again.\n');
    const j = createJumpIndex();
    j.setDocuments([a, b]);
    const hits = findRelated(j, { path: 'a.md', index: 0 });
    assert.ok(hits.length > 0);
    for (const h of hits) for (const r of h.reasons) assert.notStrictEqual(parseReason(r).kind, 'other', r);
  });

  it('ranks the kinds for an icon: translation over link over entities over wording', () => {
    assert.strictEqual(mainReason(['similar wording', 'shares X']), 'shares');
    assert.strictEqual(mainReason(['shares X', 'linked by annotation (cites)', 'translation']), 'translation');
    assert.strictEqual(mainReason([]), 'other');
  });
});

describe('search: Go to… arguments', () => {
  it('accepts nothing, a query string, or { query, accept }', () => {
    assert.deepStrictEqual(parseGoToArgs(undefined), {});
    assert.deepStrictEqual(parseGoToArgs('悟道'), { query: '悟道' });
    assert.deepStrictEqual(parseGoToArgs({ query: '@Xue Lan', accept: true }), { query: '@Xue Lan', accept: true });
    assert.deepStrictEqual(parseGoToArgs({ query: 'x', kind: 'passage' }), { query: 'x', kind: 'passage' });
  });

  it('rejects other shapes, unknown keys and overlong queries', () => {
    for (const bad of [42, ['q'], { query: 3 }, { accept: 'yes' }, { query: 'x', run: 'rm' }, { kind: 'file' }, 'x'.repeat(300)]) {
      assert.strictEqual(parseGoToArgs(bad), undefined, JSON.stringify(bad).slice(0, 40));
    }
  });
});
