import * as assert from 'node:assert';
import { reanchor, withAnchor } from '../../../src/core/annotations/reanchor';
import { prepareText } from '../../../src/core/annotations/anchorText';
import { alignSemiGlobal, fuzzyFind } from '../../../src/core/annotations/fuzzy';
import { annotationOn, BILINGUAL, CHINESE, ENGLISH } from './helpers';

const slice = (text: string, span?: { start: number; end: number }): string | undefined => span && text.slice(span.start, span.end);

describe('annotations/reanchor', () => {
  it('unchanged text: anchored at the same place', () => {
    const a = annotationOn('m.md', BILINGUAL, '算力资源的分配');
    const r = reanchor(a, BILINGUAL);
    assert.strictEqual(r.status, 'anchored');
    assert.deepStrictEqual(r.span, { start: a.target.selector[1].start, end: a.target.selector[1].end });
  });

  it('edit elsewhere that keeps the position: anchored', () => {
    const a = annotationOn('m.md', BILINGUAL, 'compute thresholds');
    const edited = BILINGUAL + '\nAn appendix was added later.\n';
    assert.strictEqual(reanchor(a, edited).status, 'anchored');
  });

  it('text inserted before: moved, covering the quote', () => {
    const a = annotationOn('m.md', BILINGUAL, '数据跨境流动');
    const edited = '前言：本文件为草稿。\nPreface added.\n' + BILINGUAL;
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual(slice(edited, r.span), '数据跨境流动');
    assert.strictEqual(r.span!.start, a.target.selector[1].start + '前言：本文件为草稿。\nPreface added.\n'.length);
  });

  it('duplicate quote: chooses the occurrence whose context agrees', () => {
    // "testing before release should be" occurs twice; annotate the second.
    const a = annotationOn('e.txt', ENGLISH, 'testing before release', 'dup', 1);
    const edited = 'Opening remarks.\n' + ENGLISH;
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual(r.span!.start, edited.lastIndexOf('testing before release'));
    // And the first one stays the first one.
    const b = annotationOn('e.txt', ENGLISH, 'testing before release', 'dup0', 0);
    assert.strictEqual(reanchor(b, edited).span!.start, edited.indexOf('testing before release'));
  });

  it('duplicate Chinese quote: context decides, not nearness', () => {
    const a = annotationOn('c.txt', CHINESE, '专家认为', 'z', 1);
    // Delete the first line, so the old offset now sits nearer the first occurrence.
    const edited = CHINESE.slice(CHINESE.indexOf('\n') + 1);
    const r = reanchor(a, edited);
    assert.strictEqual(r.span!.start, edited.lastIndexOf('专家认为'));
  });

  it('words edited inside the quote: changed, when similar enough', () => {
    const a = annotationOn('e.txt', ENGLISH, 'testing before release should be proportionate to risk');
    const edited = ENGLISH.replace('should be proportionate to risk', 'should be proportional to risk');
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'changed');
    assert.strictEqual(slice(edited, r.span), 'testing before release should be proportional to risk');
    assert.ok(r.similarity! >= 0.75 && r.similarity! < 1);
  });

  it('full-width vs half-width only: changed with similarity 1', () => {
    const text = '悟道2.0 模型发布于会议期间，参数规模很大。';
    const a = annotationOn('w.txt', text, '悟道2.0 模型发布');
    const edited = '新闻：' + text.replace('2.0', '２．０');
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'changed');
    assert.strictEqual(slice(edited, r.span), '悟道２．０ 模型发布');
    assert.strictEqual(r.similarity, 1);
  });

  it('rewritten beyond the threshold: orphaned, never a wrong match', () => {
    const a = annotationOn('e.txt', ENGLISH, 'compute thresholds and at how export controls');
    const edited = ENGLISH.replace('compute thresholds and at how export controls', 'chip supply and the way trade measures');
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'orphaned');
    assert.strictEqual(r.span, undefined);
  });

  it('short quote whose surroundings vanished is not matched to another copy', () => {
    const text = '第一段提到数据。\n第二段也提到数据。';
    const a = annotationOn('s.txt', text, '数据', 's', 1);
    const edited = '第一段提到数据。\n全新的内容替换了原文。';
    assert.strictEqual(reanchor(a, edited).status, 'orphaned');
  });

  it('orphan keeps its selectors; restoring the text re-anchors it', () => {
    const a = annotationOn('e.txt', ENGLISH, 'compute thresholds');
    const gone = ENGLISH.replace('compute thresholds', '');
    const doc = prepareText(gone);
    const orphan = withAnchor(a, reanchor(a, gone, doc), doc);
    assert.strictEqual(orphan.status, 'orphaned');
    assert.deepStrictEqual(orphan.target, a.target);
    const back = reanchor(orphan, ENGLISH);
    assert.strictEqual(back.status, 'anchored');
  });

  it('withAnchor returns the same object when nothing changed', () => {
    const a = annotationOn('e.txt', ENGLISH, 'compute thresholds');
    const doc = prepareText(ENGLISH);
    assert.strictEqual(withAnchor(a, reanchor(a, ENGLISH, doc), doc), a);
  });

  it('alignSemiGlobal finds the best substring and its edit distance', () => {
    const r = alignSemiGlobal('governance', 'xx goverance yy', 0, 15);
    assert.deepStrictEqual(r, { dist: 1, start: 3, end: 12 });
  });

  it('fuzzyFind prefers the nearer of two equal matches', () => {
    const text = 'alpha risk tiering beta ' + 'z'.repeat(300) + ' alpha risk tiering beta';
    const near = fuzzyFind(prepareText(text), 'risk tierin9', text.length - 10);
    assert.ok(near && near.start > 300);
    const far = fuzzyFind(prepareText(text), 'risk tierin9', 0);
    assert.ok(far && far.start < 20);
  });
});
