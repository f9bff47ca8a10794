import * as assert from 'node:assert';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/types';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import { AnnotationNotFoundError, ReadOnlyAnnotationsError } from '../../../src/core/annotations/errors';
import { MemoryFiles } from '../support/memoryFiles';
import { annotationOn, BILINGUAL, ENGLISH } from './helpers';

const DOC = 'notes/m.md';
const span = (quote: string, text = BILINGUAL): { start: number; end: number } => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

function clockAt(iso: string): { now(): Date; advance(ms: number): void } {
  let t = Date.parse(iso);
  return { now: () => new Date(t), advance: (ms: number) => { t += ms; } };
}

function storeOn(files: MemoryFiles, author = 'Wei', clock = clockAt('2024-06-01T08:00:00.000Z')): AnnotationStore {
  let n = 0;
  return new AnnotationStore(files, { author, clock, newId: () => `${author}-${n++}` });
}

const onDisk = (files: MemoryFiles, doc = DOC): AnnotationFile => parseAnnotationFile('x', files.text(annotationFilePath(doc))!);

describe('annotations/merge', () => {
  const a: Annotation = annotationOn(DOC, BILINGUAL, '算力资源', 'x1');
  const file = (annotations: Annotation[], deleted: { id: string; deleted: string }[] = []): AnnotationFile => ({ version: 1, source: DOC, annotations, deleted });

  it('newest modified wins per id', () => {
    const edited = { ...a, note: 'later', modified: '2024-05-02T00:00:00.000Z' };
    assert.strictEqual(mergeAnnotationFiles(file([edited]), file([a])).annotations[0].note, 'later');
    assert.strictEqual(mergeAnnotationFiles(file([a]), file([edited])).annotations[0].note, 'later');
  });

  it('a tombstone stops a stale copy from coming back, but not a later edit', () => {
    const tomb = { id: 'x1', deleted: '2024-05-01T12:00:00.000Z' };
    assert.deepStrictEqual(mergeAnnotationFiles(file([], [tomb]), file([a])).annotations, []);
    const later = { ...a, modified: '2024-05-01T13:00:00.000Z' };
    const merged = mergeAnnotationFiles(file([], [tomb]), file([later]));
    assert.strictEqual(merged.annotations.length, 1);
    assert.deepStrictEqual(merged.deleted, []);
  });
});

describe('annotations/service AnnotationStore', () => {
  it('adds, updates and deletes with author, times and a tombstone', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL });
    const clock = clockAt('2024-06-01T08:00:00.000Z');
    const store = storeOn(files, 'Wei', clock);
    const added = await store.add(DOC, BILINGUAL, span('算力资源'), { tags: ['compute', 'compute'], note: '**key**' });
    assert.strictEqual(added.author, 'Wei');
    assert.deepStrictEqual(added.tags, ['compute']);
    assert.strictEqual(onDisk(files).annotations[0].id, added.id);
    const updated = await store.update(DOC, added.id, { note: null, tags: ['compute/allocation'] });
    assert.strictEqual(updated.note, undefined);
    assert.ok(updated.modified > added.modified, 'modified moves forward even within one millisecond');
    await store.delete(DOC, added.id);
    assert.deepStrictEqual(store.get(DOC), []);
    assert.deepStrictEqual(onDisk(files).deleted.map((t) => t.id), [added.id]);
    await assert.rejects(store.update(DOC, added.id, { tags: [] }), AnnotationNotFoundError);
  });

  it('two windows: each write keeps the other window\'s work, deletions do not come back', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL });
    const w1 = storeOn(files, 'Ann');
    const w2 = storeOn(files, 'Bo');
    await w1.load(DOC);
    await w2.load(DOC);
    const x = await w1.add(DOC, BILINGUAL, span('算力资源'));
    const y = await w2.add(DOC, BILINGUAL, span('export controls'));
    assert.deepStrictEqual(onDisk(files).annotations.map((a) => a.id).sort(), [x.id, y.id].sort());
    await w1.delete(DOC, y.id);
    // w2 still holds y in memory; its next write must not resurrect it.
    assert.ok(w2.get(DOC).some((a) => a.id === y.id));
    await w2.add(DOC, BILINGUAL, span('安全评测'));
    assert.ok(!onDisk(files).annotations.some((a) => a.id === y.id));
    assert.strictEqual(onDisk(files).annotations.length, 2);
  });

  it('a corrupt file is never overwritten; that document is read-only, others are not', async () => {
    const corrupt = '{ "version": 1, "source": "notes/m.md", "annotations": [ { "id": ';
    const files = new MemoryFiles({ [DOC]: BILINGUAL, 'other.md': ENGLISH, [annotationFilePath(DOC)]: corrupt });
    const store = storeOn(files);
    assert.deepStrictEqual(await store.load(DOC), []);
    const problem = store.isReadOnly(DOC);
    assert.ok(problem && problem.path === annotationFilePath(DOC) && problem.line === 0);
    await assert.rejects(store.add(DOC, BILINGUAL, span('算力资源')), ReadOnlyAnnotationsError);
    await store.reanchorDocument(DOC, 'changed text');
    assert.strictEqual(files.text(annotationFilePath(DOC)), corrupt);
    await store.add('other.md', ENGLISH, span('export controls', ENGLISH));
    assert.strictEqual(store.isReadOnly('other.md'), undefined);
    assert.strictEqual(onDisk(files, 'other.md').annotations.length, 1);
  });

  it('a file corrupted after loading is detected at write time and left alone', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL });
    const store = storeOn(files);
    await store.add(DOC, BILINGUAL, span('算力资源'));
    files.set(annotationFilePath(DOC), '<<<<<<< HEAD\n');
    await assert.rejects(store.add(DOC, BILINGUAL, span('安全评测')), ReadOnlyAnnotationsError);
    assert.strictEqual(files.text(annotationFilePath(DOC)), '<<<<<<< HEAD\n');
    assert.ok(store.isReadOnly(DOC));
    assert.strictEqual(store.get(DOC).length, 1, 'what was loaded stays visible');
  });

  it('reanchorDocument persists only when something changed', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL });
    const store = storeOn(files);
    await store.add(DOC, BILINGUAL, span('数据跨境流动'));
    const before = files.files.get(annotationFilePath(DOC))!.mtime;
    await store.reanchorDocument(DOC, BILINGUAL);
    assert.strictEqual(files.files.get(annotationFilePath(DOC))!.mtime, before);
    const edited = 'Intro line.\n' + BILINGUAL;
    const [a] = await store.reanchorDocument(DOC, edited);
    assert.strictEqual(a.status, 'moved');
    assert.strictEqual(edited.slice(a.target.selector[1].start, a.target.selector[1].end), '数据跨境流动');
    assert.notStrictEqual(files.files.get(annotationFilePath(DOC))!.mtime, before);
    assert.strictEqual(onDisk(files).annotations[0].status, 'moved');
  });

  it('reload picks up external changes and loadAll finds every file', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL });
    const a = storeOn(files, 'A');
    const b = storeOn(files, 'B');
    await a.add(DOC, BILINGUAL, span('算力资源'));
    await b.add('second.md', ENGLISH, span('export controls', ENGLISH));
    assert.deepStrictEqual((await b.loadAll()).sort(), [DOC, 'second.md']);
    assert.strictEqual(b.all().length, 2);
    const seen: string[] = [];
    b.onDidChange((d) => seen.push(d));
    await a.add(DOC, BILINGUAL, span('安全评测'));
    assert.strictEqual((await b.reload(DOC)).length, 2);
    assert.deepStrictEqual(seen, [DOC]);
  });
});
