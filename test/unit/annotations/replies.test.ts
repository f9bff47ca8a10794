import * as assert from 'node:assert';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge';
import { mergeReplies, visibleReplies, withDeletedReply, withEditedReply, withReply } from '../../../src/core/annotations/replies';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import type { Annotation, Reply } from '../../../src/core/annotations/types';
import { MemoryFiles } from '../support/memoryFiles';
import { annotationOn, ENGLISH } from './helpers';

const r = (id: string, body: string, modified: string, extra: Partial<Reply> = {}): Reply => ({ id, body, created: '2024-01-01T00:00:00.000Z', modified, ...extra });

describe('annotation discussions (replies)', () => {
  it('replies merge by id: newer edit wins, a deletion beats older copies, both sides keep their new replies', () => {
    const mine = [r('a', 'edited', '2024-01-03T00:00:00.000Z'), r('b', '', '2024-01-02T00:00:00.000Z', { deleted: '2024-01-02T00:00:00.000Z' }), r('c', 'mine', '2024-01-02T00:00:00.000Z')];
    const theirs = [r('a', 'old', '2024-01-01T00:00:00.000Z'), r('b', 'stale text', '2024-01-01T00:00:00.000Z'), r('d', 'theirs', '2024-01-04T00:00:00.000Z')];
    const merged = mergeReplies(mine, theirs)!;
    assert.deepStrictEqual(merged.map((x) => [x.id, x.body, x.deleted !== undefined]), [['a', 'edited', false], ['b', '', true], ['c', 'mine', false], ['d', 'theirs', false]]);
    const base = { ...annotationOn('e.txt', ENGLISH, 'Geneva', 'x'), modified: '2024-01-05T00:00:00.000Z' } as Annotation;
    const file = (a: Annotation) => ({ version: 1 as const, source: 'e.txt', annotations: [a], deleted: [] });
    const out = mergeAnnotationFiles(file({ ...base, replies: mine }), file({ ...base, modified: '2024-01-06T00:00:00.000Z', replies: theirs }));
    assert.deepStrictEqual(out.annotations[0].replies!.map((x) => x.id), ['a', 'b', 'c', 'd'], 'the newer annotation copy does not drop the other copy\'s replies');
  });

  it('edits hide deleted replies and never revive them', () => {
    let a: Annotation = annotationOn('e.txt', ENGLISH, 'Geneva', 'x');
    a = withReply(a, r('a', 'one', '2024-01-01T00:00:00.000Z'));
    a = withReply(a, r('b', 'two', '2024-01-01T00:00:00.000Z'));
    a = withEditedReply(a, 'a', 'one!', '2024-01-02T00:00:00.000Z');
    a = withDeletedReply(a, 'b', '2024-01-03T00:00:00.000Z');
    assert.deepStrictEqual(visibleReplies(a).map((x) => x.body), ['one!']);
    assert.strictEqual(withEditedReply(a, 'b', 'back?', '2024-01-04T00:00:00.000Z'), a);
  });

  it('the store writes replies and resolved state through the disk copy and reads them back', async () => {
    const files = new MemoryFiles({ 'e.txt': ENGLISH });
    const store = new AnnotationStore(files, { author: 'Lin' });
    const a = await store.add('e.txt', ENGLISH, { start: 4, end: 13 }, { tags: ['t'] });
    // Another window adds a reply directly on disk; ours must not lose it.
    const other = new AnnotationStore(files, { author: 'Ann' });
    await other.load('e.txt');
    await other.modify('e.txt', a.id, (x, now) => withReply(x, r('from-ann', 'hello', now, { author: 'Ann' })));
    await store.modify('e.txt', a.id, (x, now) => ({ ...withReply(x, r('from-lin', 'hi', now, { author: 'Lin' })), resolved: true }));
    const back = parseAnnotationFile('x', files.text(annotationFilePath('e.txt'))!).annotations[0];
    assert.deepStrictEqual(back.replies!.map((x) => [x.id, x.author]), [['from-ann', 'Ann'], ['from-lin', 'Lin']]);
    assert.strictEqual(back.resolved, true);
    assert.ok(back.modified > a.modified);
  });
});
