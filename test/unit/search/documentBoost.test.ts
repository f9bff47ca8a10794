import * as assert from 'node:assert';
import { boostByDocumentTitle, TITLE_BOOST } from '../../../src/core/search/documentBoost';
import type { JumpHit } from '../../../src/core/search/searchTypes';

const hit = (kind: JumpHit['kind'], path: string | undefined, score: number, label = 'x'): JumpHit =>
  ({ kind, path, label, detail: '', score, highlights: [] });

const titles: Record<string, string> = { 'a/notes.md': 'Reading notes', 'b/release.md': '悟道2．0 发布' };
const titleOf = (p: string) => titles[p];

describe('search: document title tie-breaker', () => {
  it('puts the passage of a document titled with a query term first among near-ties', () => {
    const hits = [hit('passage', 'a/notes.md', 0.78), hit('passage', 'b/release.md', 0.78), hit('entity', undefined, 0.7)];
    const out = boostByDocumentTitle(hits, '悟道 FastMoE', titleOf);
    assert.deepStrictEqual(out.map((h) => h.path), ['b/release.md', 'a/notes.md', undefined]);
    assert.ok(Math.abs(out[0].score - (0.78 + TITLE_BOOST / 2)) < 1e-9);
  });

  it('does not lift a clearly weaker match over a better one', () => {
    const hits = [hit('passage', 'a/notes.md', 0.9), hit('passage', 'b/release.md', 0.7)];
    assert.deepStrictEqual(boostByDocumentTitle(hits, '悟道', titleOf).map((h) => h.path), ['a/notes.md', 'b/release.md']);
  });

  it('counts the path too, folds case and width, and leaves other kinds and prefixed queries alone', () => {
    const hits = [hit('passage', 'a/notes.md', 0.5), hit('passage', 'b/release.md', 0.5)];
    assert.strictEqual(boostByDocumentTitle(hits, 'RELEASE', titleOf)[0].path, 'b/release.md');
    assert.strictEqual(boostByDocumentTitle(hits, 'ＲＥＬＥＡＳＥ', titleOf)[0].path, 'b/release.md');
    assert.deepStrictEqual(boostByDocumentTitle(hits, '@release', titleOf), hits);
    const tag = [hit('tag', undefined, 0.5)];
    assert.deepStrictEqual(boostByDocumentTitle(tag, 'release', titleOf), tag);
  });
});
