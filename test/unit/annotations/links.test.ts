/**
 * Links are anchored like annotations: the target carries quote and position selectors, is
 * re-anchored when its document changes (anchored/moved/changed/orphaned), and old files with
 * offset-only links still load, lose nothing and gain context on the next re-anchoring.
 */
import * as assert from 'node:assert';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import { createLinkTarget } from '../../../src/core/annotations/selectors';
import { linkSpan } from '../../../src/core/annotations/types';
import { toSearchLinks } from '../../../src/core/search/fromAnnotations';
import { needsAttention } from '../../../src/core/annotations/grouping';
import { MemoryFiles } from '../support/memoryFiles';
import { ENGLISH, CHINESE } from './helpers';

const TARGET = '算力资源的分配应当兼顾效率与公平';
const PREFACE = '新增的前言段落，用于测试。\nA preface line added later.\n';

async function linkedStore(): Promise<{ files: MemoryFiles; store: AnnotationStore }> {
  const files = new MemoryFiles({ 'a.txt': ENGLISH, 'b.txt': CHINESE });
  const store = new AnnotationStore(files);
  const at = CHINESE.indexOf(TARGET);
  await store.add('a.txt', ENGLISH, { start: 4, end: 13 }, { links: [{ target: createLinkTarget('b.txt', CHINESE, at, at + TARGET.length), relation: 'supports' }] });
  return { files, store };
}

describe('annotations/links anchored like annotations', () => {
  it('a new link stores quote (with context) and position selectors of its target', async () => {
    const { files } = await linkedStore();
    const saved = parseAnnotationFile('x', files.text(annotationFilePath('a.txt'))!).annotations[0].links[0];
    const [q, p] = saved.target.selector;
    assert.strictEqual(q.exact, TARGET);
    assert.ok(q.prefix.length > 0 && q.suffix.length > 0);
    assert.deepStrictEqual([p.start, p.end], [CHINESE.indexOf(TARGET), CHINESE.indexOf(TARGET) + TARGET.length]);
    assert.strictEqual(saved.target.status, 'anchored');
  });

  it('after an edit above the target the link is moved to the new place, on disk and for Related', async () => {
    const { files, store } = await linkedStore();
    const edited = PREFACE + CHINESE;
    files.set('b.txt', edited);
    await store.reanchorDocument('b.txt', edited);
    const link = store.get('a.txt')[0].links[0];
    assert.strictEqual(link.target.status, 'moved');
    const span = linkSpan(link);
    assert.strictEqual(edited.slice(span.start, span.end), TARGET);
    assert.deepStrictEqual(toSearchLinks(store.get('a.txt'))[0].to, { path: 'b.txt', span });
    const disk = parseAnnotationFile('x', files.text(annotationFilePath('a.txt'))!).annotations[0].links[0];
    assert.deepStrictEqual(linkSpan(disk), span);
  });

  it('a deleted target is orphaned, never moved to a copy in other surroundings; orphaned links draw no Related edge', async () => {
    const doubled = CHINESE + '\n附录重申：' + TARGET + '，仅供参考。';
    const files = new MemoryFiles({ 'a.txt': ENGLISH, 'b.txt': doubled });
    const store = new AnnotationStore(files);
    const at = doubled.indexOf(TARGET);
    await store.add('a.txt', ENGLISH, { start: 4, end: 13 }, { links: [{ target: createLinkTarget('b.txt', doubled, at, at + TARGET.length), relation: 'cites' }] });
    const gone = doubled.replace('与会专家认为，' + TARGET + '。', '');
    await store.reanchorDocument('b.txt', gone);
    const link = store.get('a.txt')[0].links[0];
    assert.strictEqual(link.target.status, 'orphaned');
    assert.deepStrictEqual(toSearchLinks(store.get('a.txt')), []);
    assert.deepStrictEqual(needsAttention(store.get('a.txt')).map((a) => a.id), [store.get('a.txt')[0].id], 'the Annotations view lists it under Needs attention');
  });

  it('an offset-only link from an old file loads, keeps its target and gains context when re-anchored', async () => {
    const at = CHINESE.indexOf(TARGET);
    const old = {
      version: 1, source: 'a.txt', deleted: [],
      annotations: [{
        id: 'old-1', target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: ENGLISH.slice(4, 13), prefix: 'The ', suffix: ' met' }, { type: 'TextPositionSelector', start: 4, end: 13 }], textHash: 'x' },
        tags: ['t'], links: [{ target: { path: 'b.txt', start: at, end: at + TARGET.length, quote: TARGET }, relation: 'elaborates' }],
        created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', status: 'anchored',
      }],
    };
    const files = new MemoryFiles({ 'a.txt': ENGLISH, 'b.txt': PREFACE + CHINESE, [annotationFilePath('a.txt')]: JSON.stringify(old) });
    const store = new AnnotationStore(files);
    const [a] = await store.load('a.txt');
    assert.deepStrictEqual([a.links[0].target.path, a.links[0].target.selector[0].exact, linkSpan(a.links[0])], ['b.txt', TARGET, { start: at, end: at + TARGET.length }]);
    await store.reanchorDocument('b.txt', PREFACE + CHINESE);
    const disk = parseAnnotationFile('x', files.text(annotationFilePath('a.txt'))!).annotations[0];
    const [q, p] = disk.links[0].target.selector;
    assert.strictEqual(q.exact, TARGET);
    assert.ok(q.prefix.length > 0, 'context was added');
    assert.strictEqual(p.start, PREFACE.length + at);
    assert.deepStrictEqual([disk.tags, disk.links[0].relation], [['t'], 'elaborates']);
  });
});
