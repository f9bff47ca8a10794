/**
 * What a writer killed mid-write leaves behind — its lock folder and a temporary file — is
 * recovered by the next write: the stale lock is broken, the temporary file removed, nothing
 * that was saved is lost. A live lock is waited for, not broken.
 */
import * as assert from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { annotationFilePath, parseAnnotationFile, serializeAnnotationFile } from '../../../src/core/annotations/store';
import { annotationOn } from '../annotations/helpers';
import { acquireLock, LockTimeoutError } from '../../../src/node/dirLock';

const TEXT = 'First sentence about model testing.\nSecond sentence about compute thresholds.\n';

describe('store/leftovers of a killed writer', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-leftover-'));
    writeFileSync(join(dir, 'doc.md'), TEXT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a stale lock and a half-written temporary file are cleaned up by the next write', async () => {
    const files = new NodeFiles(dir);
    const store = new AnnotationStore(files);
    await store.add('doc.md', TEXT, { start: 0, end: 5 }, { tags: ['first'] });
    const file = join(dir, annotationFilePath('doc.md'));
    // The writer that was killed: its lock (not refreshed for a minute) and a torn temp file.
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    writeFileSync(`${file}.0a1b2c3d4e5f.tmp`, '{"version": 1, "source": "doc.md", "annot');
    const second = new AnnotationStore(new NodeFiles(dir));
    await second.add('doc.md', TEXT, { start: 6, end: 14 }, { tags: ['second'] });
    assert.deepStrictEqual(readdirSync(join(dir, '.policylens/annotations')), ['doc.md.json']);
    const saved = parseAnnotationFile(file, readFileSync(file, 'utf8'));
    assert.deepStrictEqual(saved.annotations.flatMap((a) => a.tags).sort(), ['first', 'second']);
  });

  it('a fresh lock held by a live writer is waited for, then the write goes through', async () => {
    const file = join(dir, annotationFilePath('doc.md'));
    mkdirSync(join(dir, '.policylens/annotations'), { recursive: true });
    const held = await acquireLock(file);
    const started = Date.now();
    setTimeout(() => void held.release(), 300);
    await new AnnotationStore(new NodeFiles(dir)).add('doc.md', TEXT, { start: 0, end: 5 });
    assert.ok(Date.now() - started >= 250, 'the write waited for the holder');
    assert.ok(existsSync(file));
    assert.ok(!existsSync(`${file}.lock`));
  });

  it('gives up with a clear error when a live holder never lets go', async () => {
    const file = join(dir, 'x.json');
    const held = await acquireLock(file);
    await assert.rejects(acquireLock(file, { waitMs: 200 }), (e: unknown) => e instanceof LockTimeoutError && /delete that folder/.test(e.message));
    await held.release();
  });
});

describe('store/a CLI writer killed at random moments', function () {
  this.timeout(120000);
  const CLI = resolve('dist/cli.js');
  let dir = '';
  before(function () {
    if (!existsSync(CLI)) this.skip();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-kill-'));
    writeFileSync(join(dir, 'doc.md'), TEXT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Start the CLI; `closed` resolves with its exit code (registered at once, so no exit is missed). */
  const run = (args: string[]) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    return { child, closed: new Promise<number | null>((r) => child.on('close', r)) };
  };

  it('never leaves a torn file; the next write recovers at once and keeps what was saved', async () => {
    // A large file makes each write long enough for some kills to land inside it.
    const file = join(dir, annotationFilePath('doc.md'));
    const big = Array.from({ length: 4000 }, (_, i) => ({ ...annotationOn('doc.md', TEXT, 'sentence', `big-${i}`), note: 'n'.repeat(400) }));
    mkdirSync(join(dir, '.policylens/annotations'), { recursive: true });
    writeFileSync(file, serializeAnnotationFile({ version: 1, source: 'doc.md', annotations: big, deleted: [] }));
    let saved = big.length;
    let killedInside = 0;
    for (const delay of [100, 250, 400, 550, 700, 850]) {
      const killed = run(['annotate', dir, 'doc.md', '--quote', 'First', '--tag', `killed-${delay}`]);
      await new Promise((r) => setTimeout(r, delay));
      killed.child.kill('SIGKILL');
      await killed.closed;
      if (readdirSync(join(dir, '.policylens/annotations')).length > 1) killedInside++;
      if (existsSync(file)) saved = parseAnnotationFile(file, readFileSync(file, 'utf8')).annotations.length; // parses: never torn
      const started = Date.now();
      const code = await run(['annotate', dir, 'doc.md', '--quote', 'Second', '--tag', `after-${delay}`]).closed;
      assert.strictEqual(code, 0);
      assert.ok(Date.now() - started < 8000, 'a lock left by the killed writer is broken at once, not after it goes stale');
      const after = parseAnnotationFile(file, readFileSync(file, 'utf8')).annotations;
      assert.ok(after.length >= saved + 1, 'nothing saved before is lost');
      saved = after.length;
      assert.deepStrictEqual(readdirSync(join(dir, '.policylens/annotations')), ['doc.md.json'], 'no lock or temporary file is left');
    }
    console.log(`      ${killedInside} of 6 kills left a lock or temporary file behind; each was recovered by the next write`);
  });
});
