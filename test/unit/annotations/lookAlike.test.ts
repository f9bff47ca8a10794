/**
 * Re-anchoring never jumps silently to a look-alike: a copy of the quote elsewhere is taken
 * only when its surroundings match the stored context; otherwise the annotation is changed
 * (at its own place) or orphaned, with the copy offered as a candidate for re-attaching.
 */
import * as assert from 'node:assert';
import { reanchor } from '../../../src/core/annotations/reanchor';
import { annotationOn } from './helpers';
import { AnnotationStore } from '../../../src/core/annotations/service';
import * as list from '../../../src/cli/commands/annotations';
import { MemoryFiles } from '../support/memoryFiles';

const REPEATED = 'Trustworthy systems: we must advance research on robust evaluation, shared benchmarks and incident reporting across borders.';

/** A document holding the same paragraph twice, in different surroundings. */
const DOC = [
  '# Strategy',
  '',
  'The first chapter describes the national programme and its funding lines.',
  '',
  REPEATED,
  '',
  'Universities will receive grants for three years, renewable once.',
  '',
  '## Annex',
  '',
  'The annex repeats the key commitments for readers who skip ahead.',
  '',
  REPEATED,
  '',
  'Progress will be reviewed by an independent board every second year.',
  '',
].join('\n');

describe('annotations/re-anchoring and look-alikes', () => {
  it('deleting the annotated copy orphans it and offers the other copy; it is never "moved" there', () => {
    const a = annotationOn('s.md', DOC, REPEATED, 'second', 1);
    const edited = DOC.replace(`\n\n${REPEATED}\n\nProgress`, '\n\nProgress');
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'orphaned');
    assert.strictEqual(r.span, undefined);
    assert.deepStrictEqual(r.candidate, { start: edited.indexOf(REPEATED), end: edited.indexOf(REPEATED) + REPEATED.length });
  });

  it('annotations --check fails on it and names the look-alike it did not take', async () => {
    const files = new MemoryFiles({ 's.md': DOC });
    const store = new AnnotationStore(files);
    const second = DOC.lastIndexOf(REPEATED);
    await store.add('s.md', DOC, { start: second, end: second + REPEATED.length }, { tags: ['t'] });
    files.set('s.md', DOC.replace(`\n\n${REPEATED}\n\nProgress`, '\n\nProgress'));
    const lines: string[] = [];
    assert.strictEqual(await list.runWith(files, ['--check'], (l) => lines.push(l)), 1);
    assert.match(lines[0], /^s\.md:\?\torphaned\t/);
    const firstLine = DOC.slice(0, DOC.indexOf(REPEATED)).split('\n').length;
    assert.ok(lines.some((l) => l.includes(`similar passage at s.md:${firstLine}`)), lines.join('\n'));
    const json: string[] = [];
    await list.runWith(files, ['--json'], (l) => json.push(l));
    assert.deepStrictEqual(JSON.parse(json.join('\n')).annotations[0].candidate, { line: firstLine, quote: REPEATED });
  });

  it('deleting a short annotated phrase in one copy does not move it to the other copy', () => {
    const a = annotationOn('s.md', DOC, 'shared benchmarks', 'phrase', 1);
    const edited = DOC.slice(0, DOC.lastIndexOf('shared benchmarks')) + 'common test suites' + DOC.slice(DOC.lastIndexOf('shared benchmarks') + 'shared benchmarks'.length);
    const r = reanchor(a, edited);
    assert.notStrictEqual(r.status, 'moved');
    assert.notStrictEqual(r.status, 'anchored');
    if (r.span) assert.ok(r.span.start > edited.indexOf('## Annex'), 'a changed span stays at its own place');
  });

  it('a one-character typo fix inside the annotated copy gives changed at the same place, not moved to the copy', () => {
    const typo = REPEATED.replace('robust', 'robsut');
    const before = DOC.slice(0, DOC.lastIndexOf(REPEATED)) + typo + DOC.slice(DOC.lastIndexOf(REPEATED) + REPEATED.length);
    const a = annotationOn('s.md', before, typo, 'typo');
    const r = reanchor(a, DOC);
    assert.strictEqual(r.status, 'changed');
    assert.deepStrictEqual(r.span, { start: DOC.lastIndexOf(REPEATED), end: DOC.lastIndexOf(REPEATED) + REPEATED.length });
  });

  it('the same typo fix in the first copy also stays in the first copy', () => {
    const typo = REPEATED.replace('benchmarks', 'benchmraks');
    const before = DOC.replace(REPEATED, typo);
    const a = annotationOn('s.md', before, typo, 'typo1');
    const r = reanchor(a, DOC);
    assert.strictEqual(r.status, 'changed');
    assert.strictEqual(r.span!.start, DOC.indexOf(REPEATED));
  });

  it('an edit above still moves the annotation to its own copy', () => {
    const a = annotationOn('s.md', DOC, REPEATED, 'second', 1);
    const edited = 'A new preface line.\n\n' + DOC;
    const r = reanchor(a, edited);
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual(r.span!.start, edited.lastIndexOf(REPEATED));
  });

  it('an edit right next to the quote (its context) keeps it at its place as changed, not on the copy', () => {
    const a = annotationOn('s.md', DOC, REPEATED, 'second', 1);
    const edited = DOC.replace('The annex repeats the key commitments for readers who skip ahead.', 'The annex restates the key commitments.');
    const r = reanchor(a, edited);
    assert.ok(r.status === 'changed' || r.status === 'moved', r.status);
    assert.strictEqual(r.span!.start, edited.lastIndexOf(REPEATED));
  });
});
