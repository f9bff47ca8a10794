import * as assert from 'node:assert';
import { makeSyntheticCorpus, seededRandom } from '../../../bench/synthetic';
import { createJumpIndex } from '../../../src/core/search/jump';
import { makeDoc } from './searchFixture';

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = makeSyntheticCorpus(7, 300);
    assert.deepStrictEqual(makeSyntheticCorpus(7, 300), a);
    assert.notDeepStrictEqual(makeSyntheticCorpus(8, 300).docs[0].text, a.docs[0].text);
    const r = seededRandom(1);
    const xs = Array.from({ length: 1000 }, r);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(Math.abs(xs.reduce((s, x) => s + x, 0) / 1000 - 0.5) < 0.05);
  });

  it('makes markdown and plain documents with passages of 50–400 characters in both scripts', () => {
    const { docs } = makeSyntheticCorpus(3, 2000);
    assert.ok(docs.some((d) => d.format === 'markdown' && d.text.startsWith('---\n') && /\n## /.test(d.text)));
    assert.ok(docs.some((d) => d.format === 'plain' && !d.text.startsWith('---')));
    const passages = docs.flatMap((d) => makeDoc(d.path, d.text, []).passages)
      .filter((p) => !p.text.startsWith('---') && p.text.length > 45);
    assert.ok(passages.length >= 1900, String(passages.length));
    assert.ok(passages.every((p) => p.text.length <= 420), 'no passage over ~400 characters');
    assert.ok(passages.some((p) => /[\u4e00-\u9fff]{10}/.test(p.text)));
    assert.ok(passages.some((p) => /^[A-Z][a-z ,.]+$/.test(p.text)));
  });

  it('plants typo targets whose passages really hold the term', () => {
    const { docs, planted } = makeSyntheticCorpus(5, 3000);
    assert.ok(planted.length >= 20);
    const byPath = new Map(docs.map((d) => [d.path, d.text]));
    for (const p of planted) {
      assert.ok(p.passageText.includes(p.term));
      assert.ok(byPath.get(p.path)!.includes(p.passageText));
      assert.notStrictEqual(p.query, p.term);
    }
  });

  it('every planted target is found in the top five by the jump index', () => {
    const { docs, planted } = makeSyntheticCorpus(11, 3000);
    const j = createJumpIndex();
    j.setDocuments(docs.map((d) => makeDoc(d.path, d.text, [])));
    const missed = planted.filter((p) => !j.query(p.query, { limit: 5 })
      .some((h) => h.path === p.path && p.passageText.includes(h.label.replace(/^…|…$/g, ''))));
    assert.deepStrictEqual(missed.map((p) => `${p.query} → ${p.term}`), []);
  });
});
