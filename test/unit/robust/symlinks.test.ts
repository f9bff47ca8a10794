import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { OutsideWorkspaceError } from '../../../src/core/ports';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
  execFile(process.execPath, [CLI, ...args], { encoding: 'buffer', maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
    resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout: stdout.toString('latin1'), stderr: stderr.toString('utf8') });
  });
});

describe('reads and writes stay inside the workspace by real path', function () {
  this.timeout(60_000);
  let base: string;
  let ws: string;
  let outside: string;
  const SECRET = 'Outside secret text that must never be read.';
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'pl-links-'));
    ws = join(base, 'ws');
    outside = join(base, 'outside');
    mkdirSync(join(ws, '.policylens'), { recursive: true });
    mkdirSync(join(outside, 'annotations'), { recursive: true });
    writeFileSync(join(ws, 'inside.md'), '# Inside\n\nA passage about data governance inside the workspace.\n');
    writeFileSync(join(outside, 'secret.md'), `# Secret\n\n${SECRET}\n`);
    symlinkSync(join(outside, 'secret.md'), join(ws, 'linked.md'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('the file port refuses a file that is a link to outside, and a write through a linked folder', async () => {
    const files = new NodeFiles(ws);
    await assert.rejects(files.readFile('linked.md'), OutsideWorkspaceError);
    await assert.rejects(files.stat('linked.md'), /outside the workspace/);
    symlinkSync(join(outside, 'annotations'), join(ws, '.policylens', 'annotations'));
    await assert.rejects(files.writeFileAtomic('.policylens/annotations/inside.md.json', new Uint8Array([123, 125])), OutsideWorkspaceError);
    assert.deepStrictEqual(readdirSync(join(outside, 'annotations')), []);
    assert.ok((await files.readFile('inside.md')).length > 0);
  });

  it('a link inside the workspace still works', async () => {
    symlinkSync(join(ws, 'inside.md'), join(ws, 'alias.md'));
    const files = new NodeFiles(ws);
    assert.ok((await files.listFiles(['**/*.md'], [])).includes('alias.md'));
    assert.ok((await files.readFile('alias.md')).length > 0);
  });

  it('docs skips the linked file with a reason; search does not find its text', async function () {
    if (!existsSync(CLI)) this.skip();
    const docs = await run(['docs', ws, '--json']);
    const json = JSON.parse(docs.stdout) as { documents: { path: string }[]; skipped: { path: string; reason: string }[] };
    assert.deepStrictEqual(json.documents.map((d) => d.path), ['inside.md']);
    assert.strictEqual(json.skipped[0].path, 'linked.md');
    assert.match(json.skipped[0].reason, /outside the workspace/);
    const search = await run(['search', ws, 'Outside secret', '--json']);
    assert.ok(!search.stdout.includes('Outside secret'), search.stdout);
  });

  it('annotate refuses to write through a linked annotations folder; annotations reports the link', async function () {
    if (!existsSync(CLI)) this.skip();
    writeFileSync(join(outside, 'annotations', 'inside.md.json'), '{"version":1}');
    symlinkSync(join(outside, 'annotations'), join(ws, '.policylens', 'annotations'));
    const before = readFileSync(join(outside, 'annotations', 'inside.md.json'), 'utf8');
    const a = await run(['annotate', ws, 'inside.md', '--quote', 'data governance', '--tag', 'gov']);
    assert.notStrictEqual(a.code, 0);
    assert.match(a.stderr, /outside the workspace/);
    assert.strictEqual(readFileSync(join(outside, 'annotations', 'inside.md.json'), 'utf8'), before);
    const list = await run(['annotations', ws]);
    assert.match(list.stderr, /\.policylens\/annotations: warning: skipped: a link to .*outside the workspace/);
  });

  it('export --format qdpx does not pack the outside file', async function () {
    if (!existsSync(CLI)) this.skip();
    // An annotation file inside the workspace whose document is the link to outside.
    const add = await run(['annotate', ws, 'inside.md', '--quote', 'data governance', '--tag', 'gov']);
    assert.strictEqual(add.code, 0, add.stderr);
    const annFile = join(ws, '.policylens', 'annotations', 'inside.md.json');
    const text = readFileSync(annFile, 'utf8').split('inside.md').join('linked.md');
    writeFileSync(join(ws, '.policylens', 'annotations', 'linked.md.json'), text);
    const out = join(base, 'out.qdpx');
    const r = await run(['export', ws, '--format', 'qdpx', '--out', out]);
    assert.ok(existsSync(out), r.stderr);
    const { unzipSync, strFromU8 } = await import('fflate');
    const entries = unzipSync(new Uint8Array(readFileSync(out)));
    for (const [name, data] of Object.entries(entries)) assert.ok(!strFromU8(data).includes(SECRET), `${name} holds the outside text`);
  });
});
