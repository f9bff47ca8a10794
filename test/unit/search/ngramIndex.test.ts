import * as assert from 'node:assert';
import { NgramIndex } from '../../../src/core/search/ngramIndex';
import { DocItems } from '../../../src/core/search/docItems';
import { decodeIndex, encodeIndex, IndexCacheError } from '../../../src/core/search/indexCodec';
import { distinctGrams, queryGrams } from '../../../src/core/search/tokenize';
import fc from 'fast-check';
import { makeDoc } from './searchFixture';

const texts = ['export controls on advanced chips', '联邦学习保护数据隐私', 'a summit at Bletchley Park', '算力中心建设', 'open source model weights'];

function build(): NgramIndex {
  const ix = new NgramIndex();
  texts.forEach((t, i) => ix.addItem(0, i % 2, i, t));
  return ix;
}

const top = (ix: NgramIndex, q: string, mask?: number): number[] =>
  ix.candidates(queryGrams(q), { kindMask: mask }).map((c) => ix.ref[c.id]);

describe('n-gram index', () => {
  it('ranks the item covering the query first and reports coverage', () => {
    const ix = build();
    assert.strictEqual(top(ix, 'bletchley')[0], 2);
    assert.strictEqual(top(ix, '数据隐私')[0], 1);
    const c = ix.candidates(queryGrams('export controls'))[0];
    assert.ok(c.coverage > 0.99, String(c.coverage));
  });

  it('finds nothing for text it does not hold', () => {
    assert.deepStrictEqual(top(build(), 'zzqx'), []);
  });

  it('filters by kind mask', () => {
    const ix = build();
    assert.deepStrictEqual(top(ix, 'export', 1 << 1), []);
    assert.strictEqual(top(ix, 'export', 1 << 0)[0], 0);
  });

  it('tombstones removed items and still finds the rest after compaction', () => {
    const ix = new NgramIndex();
    for (let i = 0; i < 3000; i++) ix.addItem(i, 0, i, i % 2 ? `odd item number ${i}` : `even entry ${i}`);
    ix.removeRange(0, 1500); // crosses the compaction threshold
    assert.strictEqual(ix.liveCount, 1500);
    const hits = ix.candidates(queryGrams('odd item'), { limit: 5000 });
    assert.ok(hits.length === 750, String(hits.length));
    assert.ok(hits.every((h) => h.id >= 1500));
  });

  it('round-trips through the binary codec with the same answers', () => {
    const ix = build();
    ix.removeRange(3, 1);
    const bytes = encodeIndex(ix, { note: 'hi' });
    const back = decodeIndex(bytes.slice());
    assert.deepStrictEqual(back.header, { note: 'hi' });
    for (const q of ['export', '隐私', 'bletchly', '算力中心', 'weights']) {
      assert.deepStrictEqual(back.index.candidates(queryGrams(q)), ix.candidates(queryGrams(q)), q);
    }
    assert.strictEqual(back.index.liveCount, 4);
    back.index.addItem(9, 0, 9, 'fresh text after reload');
    assert.strictEqual(back.index.ref[back.index.candidates(queryGrams('fresh reload'))[0].id], 9);
  });

  it('returns exactly the items over the coverage floor, with their coverage (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcd数据治理'.split('')), minLength: 1, maxLength: 6 });
    const textArb = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(textArb, { minLength: 1, maxLength: 40 }), textArb, fc.array(fc.nat(39), { maxLength: 10 }), (docs, q, removed) => {
      const ix = new NgramIndex();
      docs.forEach((t, i) => ix.addItem(0, 0, i, t));
      for (const r of removed) if (r < docs.length) ix.removeRange(r, 1);
      const grams = queryGrams(q);
      const live = ix.liveCount;
      const df = (code: number): number => docs.filter((t, i) => ix.alive[i] && distinctGrams(t).includes(code)).length + removed.filter((r, k) => r < docs.length && removed.indexOf(r) === k && distinctGrams(docs[r]).includes(code)).length;
      const w = grams.map((g) => Math.log(1 + live / (df(g.code) + 1)) * g.weight);
      const total = w.reduce((a, b) => a + b, 0);
      const coverage = new Map<number, number>();
      docs.forEach((t, i) => {
        if (!ix.alive[i]) return;
        const have = new Set(distinctGrams(t));
        coverage.set(i, grams.reduce((s, g, k) => s + (have.has(g.code) ? w[k] : 0), 0) / total);
      });
      // Items exactly at the floor may fall either way (float32 accumulation).
      const onFloor = (c: number): boolean => Math.abs(c - 0.2) < 1e-5;
      const got = ix.candidates(grams, { limit: 1000 });
      const gotIds = new Set(got.map((c) => c.id));
      for (const [i, c] of coverage) {
        if (onFloor(c) || c === 0) continue;
        assert.strictEqual(gotIds.has(i), c >= 0.2, `item ${i} coverage ${c}`);
      }
      for (const c of got) assert.ok(Math.abs(c.coverage - coverage.get(c.id)!) < 1e-4);
    }), { numRuns: 150 });
  });

  it('rejects foreign or damaged bytes with a typed error', () => {
    assert.throws(() => decodeIndex(new Uint8Array(8)), IndexCacheError);
    assert.throws(() => decodeIndex(new TextEncoder().encode('definitely not an index file')), IndexCacheError);
    const bytes = encodeIndex(build(), {});
    assert.throws(() => decodeIndex(bytes.subarray(0, bytes.length - 40)), IndexCacheError);
  });
});

describe('document items', () => {
  it('re-indexes an updated document so its old text is no longer found', () => {
    const items = new DocItems();
    items.put(makeDoc('a.md', 'the quarterly audit of compute providers'));
    const find = (q: string): string[] => items.index.candidates(queryGrams(q)).map((c) => items.entryOf(c.id)!.path);
    assert.deepStrictEqual(find('quarterly audit'), ['a.md']);
    items.put(makeDoc('a.md', 'a yearly review of chip exports'));
    assert.deepStrictEqual(find('quarterly audit'), []);
    assert.deepStrictEqual(find('yearly review'), ['a.md']);
    items.remove('a.md');
    assert.deepStrictEqual(find('yearly review'), []);
  });

  it('restores from cache and re-indexes only changed documents', () => {
    const a = makeDoc('a.md', 'first document about watermarks');
    const b = makeDoc('b.md', 'second document about registries');
    const items = new DocItems();
    items.setAll([a, b]);
    const restored = DocItems.deserialize(items.serialize());
    const b2 = makeDoc('b.md', 'second document, now about licensing');
    const c = makeDoc('c.md', 'third document about filings');
    assert.deepStrictEqual(restored.setAll([a, b2, c]), { indexed: 2, reused: 1, removed: 0 });
    const find = (q: string): string[] => restored.index.candidates(queryGrams(q)).map((x) => restored.entryOf(x.id)!.path);
    assert.deepStrictEqual(find('watermarks'), ['a.md']);
    assert.deepStrictEqual(find('registries'), []);
    assert.deepStrictEqual(find('licensing'), ['b.md']);
    assert.deepStrictEqual(restored.setAll([c]), { indexed: 0, reused: 1, removed: 2 });
    assert.deepStrictEqual(find('watermarks'), []);
  });
});
