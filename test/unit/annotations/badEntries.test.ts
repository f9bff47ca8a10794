/**
 * A bad annotation entry never breaks the workspace: each entry is validated against the
 * document its file belongs to; a bad one is reported (file and line) and skipped, the others
 * stay usable, and writes keep the bad entry verbatim so nothing a user wrote is dropped.
 */
import * as assert from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, serializeAnnotationFile } from '../../../src/core/annotations/store';
import { loadSearch } from '../../../src/cli/commands/search';
import * as list from '../../../src/cli/commands/annotations';
import { MemoryFiles } from '../support/memoryFiles';
import { annotationOn, ENGLISH } from './helpers';

/** An annotation file for e.txt with one good entry and the given bad ones, as raw JSON text. */
function fileText(bad: unknown[]): string {
  const good = annotationOn('e.txt', ENGLISH, 'compute thresholds', 'good-1');
  const base = JSON.parse(serializeAnnotationFile({ version: 1, source: 'e.txt', annotations: [good], deleted: [] }));
  base.annotations.push(...bad);
  return JSON.stringify(base, null, 2) + '\n';
}

const escaping = () => {
  const a = JSON.parse(JSON.stringify(annotationOn('e.txt', ENGLISH, 'testing before release', 'evil-1')));
  a.target.source = '../../etc/passwd';
  return a;
};

describe('annotations/bad entries', () => {
  it('an entry whose source leaves the workspace (or names another document) is reported and skipped; the rest stay', async () => {
    const other = JSON.parse(JSON.stringify(annotationOn('e.txt', ENGLISH, 'Geneva', 'other-1')));
    other.target.source = 'notes/other.md';
    const text = fileText([escaping(), other]);
    const files = new MemoryFiles({ 'e.txt': ENGLISH, [annotationFilePath('e.txt')]: text });
    const store = new AnnotationStore(files);
    const loaded = await store.load('e.txt');
    assert.deepStrictEqual(loaded.map((a) => a.id), ['good-1']);
    assert.strictEqual(store.isReadOnly('e.txt'), undefined, 'the good entries stay editable');
    const problems = store.problems();
    assert.strictEqual(problems.length, 2);
    const lines = text.split('\n');
    for (const [p, id] of [[problems[0], 'evil-1'], [problems[1], 'other-1']] as const) {
      assert.strictEqual(p.path, annotationFilePath('e.txt'));
      assert.match(p.message, /target\.source/);
      assert.ok(lines[p.line!].includes(`"id": "${id}"`), `line ${p.line} points at ${id}`);
    }
  });

  it('entries with malformed selectors or a bad field are skipped, not the whole file', async () => {
    const emptyQuote = JSON.parse(JSON.stringify(annotationOn('e.txt', ENGLISH, 'Geneva', 'empty-1')));
    emptyQuote.target.selector[0].exact = '';
    const badStatus = JSON.parse(JSON.stringify(annotationOn('e.txt', ENGLISH, 'Delegates', 'status-1')));
    badStatus.status = 'lost';
    const badLink = JSON.parse(JSON.stringify(annotationOn('e.txt', ENGLISH, 'committee', 'link-1')));
    badLink.links = [{ target: { path: '../outside.md', start: 0, end: 3, quote: 'abc' }, relation: 'cites' }];
    const files = new MemoryFiles({ 'e.txt': ENGLISH, [annotationFilePath('e.txt')]: fileText([emptyQuote, badStatus, badLink]) });
    const store = new AnnotationStore(files);
    assert.deepStrictEqual((await store.load('e.txt')).map((a) => a.id), ['good-1']);
    assert.deepStrictEqual(store.problems().map((p) => p.message.split(' ')[0]), ['annotations[1].target.selector[0].exact', 'annotations[2].status', 'annotations[3].links[0].target.path']);
  });

  it('a write keeps the skipped entries verbatim', async () => {
    const evil = escaping();
    const files = new MemoryFiles({ 'e.txt': ENGLISH, [annotationFilePath('e.txt')]: fileText([evil]) });
    const store = new AnnotationStore(files);
    await store.load('e.txt');
    await store.add('e.txt', ENGLISH, { start: 4, end: 13 }, { tags: ['new'] });
    const after = JSON.parse(files.text(annotationFilePath('e.txt'))!);
    assert.strictEqual(after.annotations.length, 3);
    assert.deepStrictEqual(after.annotations.find((a: { id: string }) => a.id === 'evil-1'), evil);
    const again = new AnnotationStore(files);
    assert.strictEqual((await again.load('e.txt')).length, 2);
    assert.strictEqual(again.problems().length, 1);
  });

  it('the CLI: search works for every document and annotations --check reports the bad entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-bad-'));
    try {
      writeFileSync(join(dir, 'e.txt'), ENGLISH);
      mkdirSync(join(dir, '.policylens/annotations'), { recursive: true });
      writeFileSync(join(dir, annotationFilePath('e.txt')), fileText([escaping()]));
      const s = await loadSearch(dir);
      assert.ok(s.jump.query('Geneva', { limit: 5 }).length > 0, 'search still finds text');
      const lines: string[] = [];
      const { NodeFiles } = await import('../../../src/cli/nodeFiles');
      assert.strictEqual(await list.runWith(new NodeFiles(dir), ['--check'], (l) => lines.push(l)), 1);
      assert.ok(lines.some((l) => l.startsWith(`${annotationFilePath('e.txt')}:`) && /target\.source/.test(l)), lines.join('\n'));
      assert.ok(readFileSync(join(dir, annotationFilePath('e.txt')), 'utf8').includes('../../etc/passwd'), 'the file was not rewritten');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
