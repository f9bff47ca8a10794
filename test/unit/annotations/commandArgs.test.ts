import * as assert from 'node:assert';
import { annotationIdOf, parseAnnotateArgs, parseEditArgs, parseLinkArg } from '../../../src/core/annotations/commandArgs';

describe('annotations/commandArgs', () => {
  it('accepts tags with an optional note and links', () => {
    assert.deepStrictEqual(parseAnnotateArgs({ tags: ['governance/principles'], note: '**n**' }), { tags: ['governance/principles'], note: '**n**' });
    assert.deepStrictEqual(parseAnnotateArgs({ tags: [], links: [{ path: 'a/b.md', start: 1, end: 4, relation: 'cites' }] }),
      { tags: [], links: [{ path: 'a/b.md', start: 1, end: 4, relation: 'cites' }] });
  });

  it('rejects anything off in shape', () => {
    for (const bad of [undefined, null, 'x', { tags: 'a' }, { tags: [' a'] }, { tags: ['a//b'] }, { tags: ['a'], note: 3 },
      { tags: ['a'], links: [{ path: '../x', start: 0, end: 1, relation: 'cites' }] },
      { tags: ['a'], links: [{ path: 'x.md', start: 3, end: 3, relation: 'cites' }] },
      { tags: ['a'], links: [{ path: 'x.md', start: 0, end: 2, relation: 'likes' }] }]) {
      assert.strictEqual(parseAnnotateArgs(bad), undefined, JSON.stringify(bad));
    }
    assert.strictEqual(parseLinkArg({ path: '/etc/passwd', start: 0, end: 1, relation: 'cites' }), undefined);
  });

  it('parses edits; an empty note removes it', () => {
    assert.deepStrictEqual(parseEditArgs({ id: 'abc-1', note: '' }), { id: 'abc-1', note: null });
    assert.deepStrictEqual(parseEditArgs({ id: 'abc-1', tags: ['x/y'] }), { id: 'abc-1', tags: ['x/y'] });
    assert.strictEqual(parseEditArgs({ id: 'a b', note: 'x' }), undefined);
    assert.strictEqual(parseEditArgs({ id: 'ok', tags: [''] }), undefined);
  });

  it('finds the id in a bare string, an object or a tree item', () => {
    assert.strictEqual(annotationIdOf('0f1e-2'), '0f1e-2');
    assert.strictEqual(annotationIdOf({ id: 'k1' }), 'k1');
    assert.strictEqual(annotationIdOf({ annotationId: 'k2', label: 'x' }), 'k2');
    assert.strictEqual(annotationIdOf('<script>'), undefined);
    assert.strictEqual(annotationIdOf(undefined), undefined);
  });
});
