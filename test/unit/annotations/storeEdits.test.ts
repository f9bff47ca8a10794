import * as assert from 'node:assert';
import type { AnnotationFile } from '../../../src/core/annotations/types';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import { MemoryFiles } from '../support/memoryFiles';
import { ENGLISH } from './helpers';

const DOC = 'notes/e.txt';
const onDisk = (files: MemoryFiles): AnnotationFile => parseAnnotationFile('x', files.text(annotationFilePath(DOC))!);
const at = (quote: string, text = ENGLISH) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

function fixedClock(): { now(): Date } {
  const t = Date.parse('2024-06-01T08:00:00.000Z');
  return { now: () => new Date(t) };
}

describe('annotations/service restore, retarget, insert, hints', () => {
  it('undo of a delete brings the annotation back and drops the tombstone', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    const store = new AnnotationStore(files, { clock: fixedClock() });
    const a = await store.add(DOC, ENGLISH, at('Geneva'), { tags: ['x'], note: 'keep me' });
    await store.delete(DOC, a.id);
    assert.strictEqual(onDisk(files).deleted.length, 1);
    const back = await store.restore(a);
    assert.strictEqual(back.note, 'keep me');
    assert.ok(back.modified > onDisk(files).annotations[0].created, 'modified passes the deletion even with a frozen clock');
    assert.deepStrictEqual(onDisk(files).deleted, []);
    // A second store (another window) reading the file sees it too.
    const other = new AnnotationStore(files);
    assert.strictEqual((await other.load(DOC)).length, 1);
  });

  it('retarget points an orphan at a new range and anchors it', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    const store = new AnnotationStore(files);
    const a = await store.add(DOC, ENGLISH, at('Geneva'));
    const text = ENGLISH.replace('Geneva', 'Vienna');
    await store.reanchorDocument(DOC, text);
    assert.notStrictEqual(store.get(DOC)[0].status, 'anchored');
    const r = await store.retarget(DOC, a.id, text, at('Vienna', text));
    assert.strictEqual(r.status, 'anchored');
    assert.strictEqual(onDisk(files).annotations[0].target.selector[0].exact, 'Vienna');
  });

  it('insert merges imported annotations by id', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    const store = new AnnotationStore(files);
    const a = await store.add(DOC, ENGLISH, at('Geneva'), { note: 'old' });
    await store.insert(DOC, [{ ...a, note: 'new', modified: '2999-01-01T00:00:00.000Z' }, { ...a, id: 'imported-1' }]);
    assert.deepStrictEqual(store.get(DOC).map((x) => [x.id === a.id ? 'a' : x.id, x.note]).sort(), [['a', 'new'], ['imported-1', 'old']]);
    await assert.rejects(store.insert('other.md', [a]));
  });

  it('a live-edit hint picks the right copy of a repeated quote and marks it moved', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    const store = new AnnotationStore(files);
    const quote = 'testing before release should';
    const second = ENGLISH.lastIndexOf(quote);
    const a = await store.add(DOC, ENGLISH, { start: second, end: second + quote.length });
    const edited = 'Intro line.\n' + ENGLISH.replace('Several speakers argued that', 'Some delegates then said that');
    const hint = edited.lastIndexOf(quote);
    assert.notStrictEqual(hint, second);
    const [r] = await store.reanchorDocument(DOC, edited, new Map([[a.id, { start: hint, end: hint + quote.length }]]));
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual(r.target.selector[1].start, hint);
    assert.strictEqual(onDisk(files).annotations[0].target.selector[1].start, hint);
  });

  it('does not persist re-anchoring when persisting is not allowed', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    let allowed = true;
    const store = new AnnotationStore(files, { canPersist: () => allowed });
    await store.add(DOC, ENGLISH, at('Geneva'));
    const before = files.text(annotationFilePath(DOC));
    allowed = false;
    const [r] = await store.reanchorDocument(DOC, 'New first line.\n' + ENGLISH);
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual(files.text(annotationFilePath(DOC)), before);
  });

  it('does not rewrite a file when another window already saved the same re-anchoring', async () => {
    const files = new MemoryFiles({ [DOC]: ENGLISH });
    const a = new AnnotationStore(files);
    const b = new AnnotationStore(files);
    await a.add(DOC, ENGLISH, at('Geneva'));
    await b.load(DOC);
    const text = 'New first line.\n' + ENGLISH;
    await a.reanchorDocument(DOC, text);
    const stamp = (await files.stat(annotationFilePath(DOC)))!.mtime;
    const [r] = await b.reanchorDocument(DOC, text);
    assert.strictEqual(r.status, 'moved');
    assert.strictEqual((await files.stat(annotationFilePath(DOC)))!.mtime, stamp);
  });
});
