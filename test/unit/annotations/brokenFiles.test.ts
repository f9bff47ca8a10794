/**
 * A corrupt annotation file keeps its last good annotations visible (read-only) when it broke
 * after loading, reports roughly how many annotations are unreadable when it was corrupt from
 * the start, and comes back to normal when fixed.
 */
import * as assert from 'node:assert';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, serializeAnnotationFile } from '../../../src/core/annotations/store';
import { ReadOnlyAnnotationsError } from '../../../src/core/annotations/errors';
import { countAnnotationsInText } from '../../../src/core/annotations/unreadable';
import { MemoryFiles } from '../support/memoryFiles';
import { annotationOn, BILINGUAL } from './helpers';

const DOC = 'notes/m.md';
const FILE = annotationFilePath(DOC);

function twoAnnotations(): string {
  return serializeAnnotationFile({
    version: 1,
    source: DOC,
    annotations: [annotationOn(DOC, BILINGUAL, '算力资源', 'a1'), annotationOn(DOC, BILINGUAL, 'export controls', 'a2')],
    deleted: [{ id: 'gone', deleted: '2024-05-02T00:00:00.000Z' }],
  });
}

describe('annotations/broken files', () => {
  it('counts annotations in broken text by their "created" keys, not tombstones', () => {
    const good = twoAnnotations();
    assert.strictEqual(countAnnotationsInText(good), 2);
    // Cut off in the middle of the second annotation: the first and the start of the second remain.
    const cut = good.slice(0, good.indexOf('"created"', good.indexOf('"created"') + 1) + 12);
    assert.strictEqual(countAnnotationsInText(cut), 2);
    assert.strictEqual(countAnnotationsInText('{ "version": 1, "annotations": [ oops ] }'), 0);
  });

  it('a file that breaks after a good read keeps its annotations visible, read-only', async () => {
    const files = new MemoryFiles({ [DOC]: BILINGUAL, [FILE]: twoAnnotations() });
    const store = new AnnotationStore(files);
    assert.strictEqual((await store.load(DOC)).length, 2);
    files.set(FILE, twoAnnotations().replace('"tags": [', '"tags": [,'));
    const shown = await store.reload(DOC);
    assert.deepStrictEqual(shown.map((a) => a.id).sort(), ['a1', 'a2'], 'the last good annotations stay');
    const [broken] = store.brokenFiles();
    assert.strictEqual(broken.docPath, DOC);
    assert.strictEqual(broken.kept, 2);
    assert.strictEqual(broken.problem.path, FILE);
    assert.ok(broken.problem.line !== undefined && broken.problem.line > 0, 'the problem names a line');
    await assert.rejects(store.update(DOC, 'a1', { note: 'x' }), ReadOnlyAnnotationsError);
    files.set(FILE, twoAnnotations());
    await store.reload(DOC);
    assert.deepStrictEqual(store.brokenFiles(), [], 'fixed files are no longer listed');
    assert.strictEqual(store.isReadOnly(DOC), undefined);
  });

  it('a file corrupt from the start shows nothing but says how many are unreadable', async () => {
    const broken = twoAnnotations().replace('"annotations": [', '"annotations": [ oops');
    const files = new MemoryFiles({ [DOC]: BILINGUAL, [FILE]: broken });
    const store = new AnnotationStore(files);
    assert.deepStrictEqual(await store.load(DOC), []);
    const [b] = store.brokenFiles();
    assert.strictEqual(b.kept, 0);
    assert.strictEqual(b.unreadable, 2);
    assert.strictEqual(files.text(FILE), broken, 'never rewritten');
  });
});
