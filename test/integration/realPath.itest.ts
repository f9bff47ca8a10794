/**
 * The VS Code host's file port keeps reads and writes inside the workspace by real path: a
 * workspace file that is a link to a file outside is refused, so is a write through a
 * linked folder; a link that stays inside still works. Run in the real extension host,
 * against the folder the runner opened.
 */
import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceFiles } from '../../src/vscode/host';
import { root } from './support/workspace';

describe('host: real-path containment in the extension host', function () {
  this.timeout(30_000);
  let outside: string;
  const made: string[] = [];

  before(function () {
    if (root().scheme !== 'file') this.skip();
    outside = mkdtempSync(join(tmpdir(), 'pl-outside-'));
    writeFileSync(join(outside, 'secret.md'), '# Outside\n');
    mkdirSync(join(outside, 'notes'));
    const ws = root().fsPath;
    const link = (target: string, name: string): void => { symlinkSync(target, join(ws, name)); made.push(join(ws, name)); };
    link(join(outside, 'secret.md'), 'zz-link-out.md');
    link(join(outside, 'notes'), 'zz-linked-folder');
    writeFileSync(join(ws, 'zz-real.md'), '# Real\n');
    made.push(join(ws, 'zz-real.md'));
    link(join(ws, 'zz-real.md'), 'zz-link-in.md');
  });

  after(() => {
    for (const p of made) rmSync(p, { force: true });
    if (outside) rmSync(outside, { recursive: true, force: true });
  });

  it('refuses to read or stat a file that links outside, and to write through a linked folder', async () => {
    const files = new WorkspaceFiles(root());
    await assert.rejects(files.readFile('zz-link-out.md'), /outside the workspace/);
    await assert.rejects(files.stat('zz-link-out.md'), /outside the workspace/);
    await assert.rejects(files.writeFileAtomic('zz-linked-folder/new.json', new Uint8Array([1])), /outside the workspace/);
    assert.deepStrictEqual(readdirSync(join(outside, 'notes')), []);
  });

  it('reads a link that stays inside', async () => {
    const files = new WorkspaceFiles(root());
    assert.strictEqual(new TextDecoder().decode(await files.readFile('zz-link-in.md')), '# Real\n');
    assert.ok(await files.stat('zz-link-in.md'));
  });
});
