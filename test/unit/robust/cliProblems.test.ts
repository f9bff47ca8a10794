import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '../../../src/core/corpus/catalog';

const CLI = join(process.cwd(), 'dist', 'cli.js');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('cli: problems in workspace files reach the user', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!existsSync(CLI)) this.skip(); // built by `npm run test:unit`
    dir = mkdtempSync(join(tmpdir(), 'pl-problems-'));
    mkdirSync(join(dir, '.policylens'));
    writeFileSync(join(dir, 'note.md'), '# A note\n\nSome text about data governance.\n');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x41, 0x00, 0x00, 0x00, 0xff, 0x00, 0x10, 0x00, 0x00, 0x42]));
    writeFileSync(join(dir, '.policylens', 'entities.yaml'), 'version: 1\nentities:\n  - id: "broken\n    names: {en: Broken}\n  - id: other\n');
    writeFileSync(join(dir, '.policylens', 'catalog.yaml'), 'version: 1\ndocuments:\n  note.md:\n    date: not-a-date\n');
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const command of [['docs'], ['tree'], ['search', 'governance'], ['refs', 'OECD'], ['annotations']]) {
    it(`${command[0]} prints entities.yaml, catalog and skipped-file problems on stderr`, async () => {
      const [name, ...rest] = command;
      const r = await cli([name, dir, ...rest]);
      assert.match(r.stderr, /\.policylens\/entities\.yaml:3:\d+: error: Missing closing "quote/, r.stderr);
      assert.match(r.stderr, /\.policylens\/catalog\.yaml:4(?::\d+)?: error: date must look like/, r.stderr);
      if (name !== 'annotations') assert.match(r.stderr, /blob\.txt: warning: skipped: binary file/, r.stderr);
    });
  }

  it('docs --json lists documents, skipped files and problems; stderr has them as JSON', async () => {
    const r = await cli(['docs', dir, '--json']);
    const json = JSON.parse(r.stdout) as { documents: { path: string }[]; skipped: { path: string; reason: string }[]; problems: { path: string; line?: number }[] };
    assert.deepStrictEqual(json.documents.map((d) => d.path), ['note.md']);
    assert.strictEqual(json.skipped[0].path, 'blob.txt');
    assert.match(json.skipped[0].reason, /binary/);
    assert.ok(json.problems.some((p) => p.path === '.policylens/entities.yaml' && p.line === 3));
    const err = JSON.parse(r.stderr.trim()) as { problems: unknown[] };
    assert.strictEqual(err.problems.length, json.problems.length);
  });

  it('tree lists skipped files with the reason', async () => {
    const r = await cli(['tree', dir]);
    assert.match(r.stdout, /Skipped \(1\)\n {2}blob\.txt {2}binary file/);
    const j = JSON.parse((await cli(['tree', dir, '--json'])).stdout) as { skipped: { path: string }[] };
    assert.deepStrictEqual(j.skipped.map((s) => s.path), ['blob.txt']);
  });
});

describe('YAML errors point at the line that is wrong', () => {
  it('an unterminated quote is reported where it opens, not at the end of the file', () => {
    const text = 'version: 1\ndocuments:\n  a.md:\n    title: "never closed\n  b.md: {}\n  c.md: {}\n  d.md: {}\n';
    const c = parseCatalog(text);
    assert.strictEqual(c.problems[0].line, 3);
  });
});

describe('cli: raw NUL bytes never reach a message', function () {
  this.timeout(60_000);
  it('a workspace file with NUL bytes is reported with the NUL escaped', async function () {
    if (!existsSync(CLI)) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'pl-nul-'));
    try {
      mkdirSync(join(dir, '.policylens', 'annotations'), { recursive: true });
      writeFileSync(join(dir, 'a.md'), '# A\n\ntext\n');
      writeFileSync(join(dir, '.policylens', 'annotations', 'a.md.json'), Buffer.from('{"version":1,\u0000\u0000"x":\u0000}'));
      writeFileSync(join(dir, '.policylens', 'entities.yaml'), Buffer.from('version: 1\nentities:\n  - id: "bad\u0000id"\n    kind: concept\n'));
      const r = await cli(['annotations', dir]);
      assert.ok(r.stderr.includes('a.md.json'), r.stderr);
      assert.ok(r.stderr.includes('bad\\u0000id'), r.stderr);
      assert.ok(!r.stderr.includes('\u0000'), JSON.stringify(r.stderr));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapeControls writes control characters as escapes and keeps line breaks', async () => {
    const { escapeControls } = await import('../../../src/core/text/printable');
    assert.strictEqual(escapeControls('a\u0000b\tc\nd\u001b'), 'a\\u0000b\tc\nd\\u001b');
  });
});
