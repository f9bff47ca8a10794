/** Tag names like `a//b`, `/a`, `a/` or empty are refused with a clear message, by the CLI and the store. */
import * as assert from 'node:assert';
import * as annotate from '../../../src/cli/commands/annotate';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { InvalidTagError, tagIdProblem } from '../../../src/core/annotations/codebook';
import { annotationFilePath } from '../../../src/core/annotations/store';
import { MemoryFiles } from '../support/memoryFiles';
import { importW3c } from '../../../src/core/annotations/export/importW3c';
import { ENGLISH } from './helpers';

describe('annotations/tag names', () => {
  it('names what is wrong with a tag id', () => {
    assert.strictEqual(tagIdProblem('governance/testing'), undefined);
    assert.strictEqual(tagIdProblem('治理/国际合作'), undefined);
    assert.strictEqual(tagIdProblem(''), 'empty');
    assert.strictEqual(tagIdProblem('a//b'), 'empty-segment');
    assert.strictEqual(tagIdProblem('/a'), 'edge-slash');
    assert.strictEqual(tagIdProblem('a/'), 'edge-slash');
    assert.strictEqual(tagIdProblem('a/ b'), 'spaces');
  });

  it('the CLI refuses a//b, /a and a/ and writes nothing', async () => {
    const files = new MemoryFiles({ 'e.txt': ENGLISH });
    for (const tag of ['a//b', '/a', 'a/', '']) {
      await assert.rejects(annotate.runWith(files, ['e.txt', '--quote', 'Geneva', '--tag', tag], () => undefined), (e: unknown) =>
        e instanceof Error && e.message.includes(JSON.stringify(tag)) && /tag/.test(e.message));
    }
    assert.strictEqual(files.text(annotationFilePath('e.txt')), undefined);
  });

  it('a W3C import with such a tag is refused, naming the tag', () => {
    const json = { type: 'Annotation', target: { source: 'e.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Geneva' }] }, body: [{ type: 'TextualBody', purpose: 'tagging', value: 'policy//eu' }] };
    assert.throws(() => importW3c(JSON.stringify(json)), /"policy\/\/eu"/);
  });

  it('the store refuses them on add and update, so no empty-named code can reach an export', async () => {
    const files = new MemoryFiles({ 'e.txt': ENGLISH });
    const store = new AnnotationStore(files);
    await assert.rejects(store.add('e.txt', ENGLISH, { start: 0, end: 3 }, { tags: ['x//y'] }), InvalidTagError);
    const a = await store.add('e.txt', ENGLISH, { start: 0, end: 3 }, { tags: ['x/y'] });
    await assert.rejects(store.update('e.txt', a.id, { tags: ['x/'] }), InvalidTagError);
    assert.deepStrictEqual(store.get('e.txt')[0].tags, ['x/y']);
  });
});
