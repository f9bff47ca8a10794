import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationFile } from '../../../src/core/annotations/types';
import { annotationFilePath, documentOfAnnotationFile, parseAnnotationFile, serializeAnnotationFile } from '../../../src/core/annotations/store';
import { AnnotationFileError } from '../../../src/core/annotations/errors';
import { annotationOn, BILINGUAL } from './helpers';

const ids = ['1f0c', '4a9e', '7b21', 'c3d8', 'e5f6'].map((p) => `${p}0000-0000-4000-8000-000000000000`);
const quotes = ['算力资源', 'compute thresholds', '数据跨境流动', 'export controls', '安全评测'];

function fileWith(indexes: number[]): AnnotationFile {
  return { version: 1, source: 'notes/m.md', annotations: indexes.map((i) => annotationOn('notes/m.md', BILINGUAL, quotes[i], ids[i])), deleted: [] };
}

function hasGit(): boolean {
  return spawnSync('git', ['--version']).status === 0;
}

describe('annotations/store format', () => {
  it('maps documents to annotation files and back', () => {
    assert.strictEqual(annotationFilePath('seeds/a b.txt'), '.policylens/annotations/seeds/a b.txt.json');
    assert.strictEqual(documentOfAnnotationFile('.policylens/annotations/seeds/x.md.json'), 'seeds/x.md');
    assert.throws(() => annotationFilePath('../escape.md'));
  });

  it('serialises deterministically whatever the input order and key order', () => {
    const a = fileWith([0, 1, 2]);
    const shuffled: AnnotationFile = { ...a, annotations: [a.annotations[2], a.annotations[0], { ...a.annotations[1], status: 'anchored', tags: [...a.annotations[1].tags] }] };
    const text = serializeAnnotationFile(a);
    assert.strictEqual(serializeAnnotationFile(shuffled), text);
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^{\n  "version": 1,\n  "source": "notes\/m.md",\n  "annotations": \[\n    {\n      "id": /);
    const order = [...text.matchAll(/"id": "([^"]+)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(order, [...order].sort());
  });

  it('round-trips through parse', () => {
    const a = fileWith([0, 3]);
    const text = serializeAnnotationFile(a);
    assert.strictEqual(serializeAnnotationFile(parseAnnotationFile('x.json', text)), text);
  });

  it('reports JSON syntax errors with file, line and column', () => {
    const text = serializeAnnotationFile(fileWith([0])).replace('"tags": [', '"tags": [,');
    assert.throws(() => parseAnnotationFile('.policylens/annotations/m.md.json', text), (e: unknown) => {
      assert.ok(e instanceof AnnotationFileError);
      const line = text.split('\n').findIndex((l) => l.includes('"tags": [,'));
      assert.strictEqual(e.problem.line, line);
      assert.strictEqual(e.problem.path, '.policylens/annotations/m.md.json');
      assert.match(e.message, /m\.md\.json:\d+:\d+: invalid JSON/);
      return true;
    });
  });

  it('reports schema errors with annotation index, field and the annotation line', () => {
    const file = fileWith([0, 1]);
    const text = serializeAnnotationFile(file).replace('"status": "anchored"', '"status": "lost"');
    // A bad entry is skipped (kept verbatim for writing back) and reported; the others are read.
    const parsed = parseAnnotationFile('f.json', text);
    assert.strictEqual(parsed.annotations.length, 1);
    const problem = parsed.skipped![0].problem;
    assert.match(problem.message, /^annotations\[0\]\.status must be one of anchored, moved, changed, orphaned/);
    const idLine = text.split('\n').findIndex((l) => l.includes(`"id": "${ids[0]}"`));
    assert.strictEqual(problem.line, idLine);
    const wrongVersion = serializeAnnotationFile(file).replace('"version": 1', '"version": 2');
    assert.throws(() => parseAnnotationFile('f.json', wrongVersion), /version must be 1/);
    const unknownKey = serializeAnnotationFile(file).replace('"tags": [', '"colour": "red",\n      "tags": [');
    assert.match(parseAnnotationFile('f.json', unknownKey).skipped![0].problem.message, /annotations\[0\]\.colour is not a known field/);
    const dup = JSON.stringify({ ...file, annotations: [file.annotations[0], file.annotations[0]] });
    assert.throws(() => parseAnnotationFile('f.json', dup), /annotations\[1\]\.id duplicates/);
  });

  it('two independent additions merge cleanly with git merge-file', function () {
    if (!hasGit()) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'pl-merge-'));
    try {
      const write = (name: string, f: AnnotationFile): string => {
        const p = join(dir, name);
        writeFileSync(p, serializeAnnotationFile(f));
        return p;
      };
      const base = write('base.json', fileWith([0, 2, 4]));
      const ours = write('ours.json', fileWith([0, 1, 2, 4]));
      const theirs = write('theirs.json', fileWith([0, 2, 3, 4]));
      const r = spawnSync('git', ['merge-file', '-p', ours, base, theirs], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, `conflicts:\n${r.stdout}`);
      assert.strictEqual(r.stdout, serializeAnnotationFile(fileWith([0, 1, 2, 3, 4])));
      // And the merged text is a valid file again.
      assert.strictEqual(parseAnnotationFile('m.json', r.stdout).annotations.length, 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
