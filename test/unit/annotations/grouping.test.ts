import * as assert from 'node:assert';
import type { Annotation } from '../../../src/core/annotations/types';
import { resolveTags } from '../../../src/core/annotations/codebook';
import { annotationsAt, filterByTag, groupByDocument, groupByTag, needsAttention, untagged } from '../../../src/core/annotations/grouping';
import { annotationOn, ENGLISH } from './helpers';

function ann(id: string, quote: string, tags: string[], path = 'd/e.txt', status: Annotation['status'] = 'anchored'): Annotation {
  return { ...annotationOn(path, ENGLISH, quote, id), tags, status };
}

describe('annotations/grouping', () => {
  const a = ann('a', 'committee', ['governance/testing']);
  const b = ann('b', 'Geneva', ['governance', 'compute'], 'c/z.txt', 'orphaned');
  const c = ann('c', 'Delegates', [], 'd/e.txt', 'changed');
  const codebook = resolveTags([{ id: 'governance' }, { id: 'governance/testing' }, { id: 'privacy' }]);

  it('nests tags with counts over sub-tags and leaves unused tags out', () => {
    const roots = groupByTag([a, b, c], codebook);
    assert.deepStrictEqual(roots.map((g) => [g.tag.id, g.count]), [['compute', 1], ['governance', 2]]);
    const gov = roots[1];
    assert.deepStrictEqual(gov.annotations.map((x) => x.id), ['b']);
    assert.deepStrictEqual(gov.children.map((g) => [g.tag.id, g.count, g.annotations.map((x) => x.id)]), [['governance/testing', 1, ['a']]]);
  });

  it('groups by document, filters by tag subtree, finds attention and untagged', () => {
    assert.deepStrictEqual(groupByDocument([a, b, c]).map((g) => [g.path, g.annotations.length]), [['c/z.txt', 1], ['d/e.txt', 2]]);
    assert.deepStrictEqual(filterByTag([a, b, c], 'governance').map((x) => x.id), ['a', 'b']);
    assert.deepStrictEqual(filterByTag([a, b, c], 'gov').map((x) => x.id), []);
    assert.strictEqual(filterByTag([a, b, c], undefined).length, 3);
    assert.deepStrictEqual(needsAttention([a, b, c]).map((x) => x.id), ['b', 'c']);
    assert.deepStrictEqual(untagged([a, b, c]).map((x) => x.id), ['c']);
  });

  it('finds annotations at an offset, innermost first, ends included', () => {
    const span = (x: Annotation) => (x.id === 'b' ? undefined : x.id === 'a' ? { start: 0, end: 20 } : { start: 5, end: 9 });
    assert.deepStrictEqual(annotationsAt([a, b, c], 7, span).map((x) => x.id), ['c', 'a']);
    assert.deepStrictEqual(annotationsAt([a, b, c], 20, span).map((x) => x.id), ['a']);
    assert.deepStrictEqual(annotationsAt([a, b, c], 21, span), []);
  });
});
