/**
 * Many `policy-lens annotate` processes writing one document's annotation file at once: every
 * one of them must be kept. Spawns the built CLI (`dist/cli.js`, made by `npm run build`).
 */
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAnnotationFile } from '../../../src/core/annotations/store';

const CLI = resolve('dist/cli.js');
const WRITERS = 20;
const ROUNDS = 3;

function annotate(dir: string, i: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'annotate', dir, 'doc.md', '--quote', `sentence number ${i} `, '--tag', `w${i}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('store/parallel CLI writers', function () {
  this.timeout(120000);
  let dir = '';
  before(function () {
    if (!existsSync(CLI)) this.skip(); // built by `npm run build`, which `npm test` runs first
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-writers-'));
    const lines = Array.from({ length: WRITERS }, (_, i) => `This is sentence number ${i} of a small test document.`);
    writeFileSync(join(dir, 'doc.md'), `# Writers\n\n${lines.join('\n')}\n`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(`${WRITERS} parallel annotate processes × ${ROUNDS} rounds keep every annotation`, async () => {
    const kept: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rmSync(join(dir, '.policylens'), { recursive: true, force: true });
      const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => annotate(dir, i)));
      for (const r of results) assert.strictEqual(r.code, 0, r.stderr);
      const path = join(dir, '.policylens/annotations/doc.md.json');
      const file = parseAnnotationFile(path, readFileSync(path, 'utf8'));
      kept.push(file.annotations.length);
      const tags = new Set(file.annotations.flatMap((a) => a.tags));
      assert.strictEqual(tags.size, WRITERS, `round ${round}: kept ${file.annotations.length} of ${WRITERS}`);
      const left = readdirSync(join(dir, '.policylens/annotations'));
      assert.deepStrictEqual(left, ['doc.md.json'], 'no lock or temporary file is left behind');
    }
    console.log(`      parallel writers kept ${kept.join(', ')} of ${WRITERS} per round`);
  });
});
