import { strict as assert } from 'node:assert';
import { querySegments } from '../../../src/core/analysis/query';
import { codeByDocument, codeByFacet, NO_VALUE } from '../../../src/core/analysis/matrix';
import { cooccurrence } from '../../../src/core/analysis/cooccurrence';
import { facetsOfMeta, type DocumentFacets } from '../../../src/core/analysis/facets';
import { segmentsOf, isUnderCode } from '../../../src/core/analysis/segments';
import { seg, lengthOf } from './fixture';

// a.md (20 chars): s1 [0,5) gov/testing (ann), s2 [3,8) risk (bob), s3 [10,20) gov + risk (ann)
// b.md (10 chars): s4 [0,10) gov/openness (bob)
// c.md (40 chars): s5 [0,4) risk (ann)
const S = [
  seg('a.md', 0, 5, ['gov/testing'], 'ann', 's1'),
  seg('a.md', 3, 8, ['risk'], 'bob', 's2'),
  seg('a.md', 10, 20, ['gov', 'risk'], 'ann', 's3'),
  seg('b.md', 0, 10, ['gov/openness'], 'bob', 's4'),
  seg('c.md', 0, 4, ['risk'], 'ann', 's5'),
];
const FACETS: Record<string, DocumentFacets> = {
  'a.md': { institution: ['inst-a'], year: ['2023'], language: ['en'] },
  'b.md': { institution: ['inst-b', 'inst-a'], year: ['2024'], language: ['zh'] },
  'c.md': { institution: [], year: [], language: ['en'] },
};
const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);

describe('coded-segment queries', () => {
  it('a code includes its sub-codes, but not codes that merely share a prefix', () => {
    assert.deepEqual(ids(querySegments(S, { tag: 'gov' })), ['s1', 's3', 's4']);
    assert.ok(!isUnderCode('governance', 'gov'));
  });
  it('AND, OR, NOT and overlapping combine as documented', () => {
    assert.deepEqual(ids(querySegments(S, { tag: 'gov', and: ['risk'] })), ['s3']);
    assert.deepEqual(ids(querySegments(S, { tag: 'gov/testing', or: ['gov/openness'] })), ['s1', 's4']);
    assert.deepEqual(ids(querySegments(S, { tag: 'risk', not: ['gov'] })), ['s2', 's5']);
    assert.deepEqual(ids(querySegments(S, { tag: 'gov', overlapping: ['risk'] })), ['s1']);
  });
  it('filters by coder and by document facets', () => {
    assert.deepEqual(ids(querySegments(S, { tag: 'risk', coders: ['ann'] })), ['s3', 's5']);
    assert.deepEqual(ids(querySegments(S, { facets: { institution: ['inst-a'] } }, (p) => FACETS[p])), ['s1', 's2', 's3', 's4']);
    assert.deepEqual(ids(querySegments(S, { tag: 'risk', facets: { language: ['en'], year: ['2023'] } }, (p) => FACETS[p])), ['s2', 's3']);
  });
});

describe('code tables', () => {
  it('code × document counts segments and the covered share', () => {
    const m = codeByDocument(S, { lengthOf });
    assert.deepEqual(m.rows, ['gov', 'gov/openness', 'gov/testing', 'risk']);
    assert.deepEqual(m.cols, ['a.md', 'b.md', 'c.md']);
    const cell = (r: string, c: string) => m.cells[m.rows.indexOf(r)][m.cols.indexOf(c)];
    // gov in a.md: s1 [0,5) + s3 [10,20) = 15 of 20 characters.
    assert.deepEqual(cell('gov', 'a.md'), { count: 2, documents: 1, coverage: 0.75 });
    // risk in a.md: s2 [3,8) ∪ s3 [10,20) = 15 of 20.
    assert.deepEqual(cell('risk', 'a.md'), { count: 2, documents: 1, coverage: 0.75 });
    assert.deepEqual(cell('gov', 'b.md'), { count: 1, documents: 1, coverage: 1 });
    assert.deepEqual(cell('risk', 'c.md'), { count: 1, documents: 1, coverage: 0.1 });
    assert.deepEqual(cell('gov/testing', 'b.md'), { count: 0, documents: 0, coverage: 0 });
  });
  it('code × facet puts a document under each value and unvalued documents in their own column', () => {
    const m = codeByFacet(S, 'institution', (p) => FACETS[p], { lengthOf });
    assert.deepEqual(m.cols, ['inst-a', 'inst-b', NO_VALUE]);
    const gov = m.cells[m.rows.indexOf('gov')];
    assert.deepEqual(gov.map((c) => c.count), [3, 1, 0]);
    // inst-a = a.md + b.md = 30 characters, gov covers 15 + 10.
    assert.equal(gov[0].coverage, 25 / 30);
    const risk = m.cells[m.rows.indexOf('risk')];
    assert.deepEqual(risk.map((c) => c.count), [2, 0, 1]);
  });
  it('co-occurrence counts overlapping codings and shared passages', () => {
    const t = cooccurrence(S, (p) => (p === 'a.md' ? [{ start: 0, end: 9 }, { start: 9, end: 20 }] : [{ start: 0, end: 40 }]));
    const at = (x: string, y: string) => t.overlap[t.codes.indexOf(x)][t.codes.indexOf(y)];
    const inPassage = (x: string, y: string) => t.passage[t.codes.indexOf(x)][t.codes.indexOf(y)];
    assert.deepEqual(t.codes, ['gov', 'gov/openness', 'gov/testing', 'risk']);
    assert.equal(at('gov/testing', 'risk'), 1); // s1 overlaps s2
    assert.equal(at('risk', 'gov/testing'), 1);
    assert.equal(at('gov', 'risk'), 1); // s3 carries both
    assert.equal(at('risk', 'risk'), 3);
    assert.equal(at('gov/openness', 'risk'), 0);
    assert.equal(inPassage('gov/testing', 'risk'), 1); // first passage of a.md
    assert.equal(inPassage('gov', 'risk'), 1); // second passage of a.md
    assert.equal(inPassage('risk', 'risk'), 3);
  });
});

describe('co-occurrence with nested passages', () => {
  it('counts a passage inside another for both, whatever their order', () => {
    const segs = [seg('n.md', 6, 7, ['a', 'b'], 'ann', 'n1'), seg('n.md', 15, 18, ['a'], 'ann', 'n2'), seg('n.md', 16, 17, ['c'], 'bob', 'n3')];
    const t = cooccurrence(segs, () => [{ start: 0, end: 20 }, { start: 5, end: 8 }]);
    const at = (x: string, y: string) => t.passage[t.codes.indexOf(x)][t.codes.indexOf(y)];
    assert.equal(at('a', 'b'), 2); // the outer passage and the inner one
    assert.equal(at('a', 'c'), 1); // the outer passage only
    assert.equal(at('b', 'c'), 1);
  });
});

describe('analysis inputs', () => {
  it('facets are read generically from metadata, including fields added later', () => {
    const f = facetsOfMeta({ title: 'T', date: '2024-03', language: 'zh', institutions: [{ id: 'i1', name: 'I' }], themes: [], type: 'regulation', jurisdictions: [{ id: 'cn' }], origins: {} });
    assert.deepEqual(f, { language: ['zh'], institution: ['i1'], theme: [], type: ['regulation'], jurisdiction: ['cn'], year: ['2024'] });
  });
  it('segments leave out orphaned annotations and take the author as coder', () => {
    const base = { tags: ['t'], links: [], created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z' };
    const target = (s: number, e: number) => ({ source: 'a.md', textHash: '', selector: [{ type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: s, end: e }] as const });
    const out = segmentsOf([
      { ...base, id: 'x', target: target(2, 4), status: 'anchored', author: 'ann' },
      { ...base, id: 'y', target: target(0, 1), status: 'orphaned' },
      { ...base, id: 'z', target: target(0, 1), status: 'moved' },
    ]);
    assert.deepEqual(out.map((s) => [s.id, s.coder]), [['z', '(unknown)'], ['x', 'ann']]);
  });
});
