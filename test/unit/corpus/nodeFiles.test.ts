import * as assert from 'node:assert';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { OutsideWorkspaceError } from '../../../src/core/ports';

describe('NodeFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-nodefiles-'));
    for (const d of ['a/b', 'node_modules/p', '.git', 'drafts']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['a/one.md', 'a/b/two.txt', 'node_modules/p/x.md', '.git/y.md', 'drafts/z.md', 'c.yaml']) writeFileSync(join(root, f), f);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks the tree, skipping node_modules, .git and excluded folders', async () => {
    const files = new NodeFiles(root);
    assert.deepStrictEqual(await files.listFiles(['**/*.{md,txt}'], ['drafts/**']), ['a/b/two.txt', 'a/one.md']);
    assert.deepStrictEqual(await files.listFiles(['**/*.md'], []), ['a/one.md', 'drafts/z.md']);
  });

  it('reads and stats; a missing file stats as undefined', async () => {
    const files = new NodeFiles(root);
    assert.strictEqual(new TextDecoder().decode(await files.readFile('a/one.md')), 'a/one.md');
    assert.strictEqual((await files.stat('a/one.md'))?.size, 8);
    assert.strictEqual(await files.stat('a/none.md'), undefined);
    assert.strictEqual(await files.stat('a'), undefined, 'a folder is not a file');
  });

  it('refuses paths that leave the root', async () => {
    const files = new NodeFiles(join(root, 'a'));
    await assert.rejects(files.readFile('../c.yaml'), OutsideWorkspaceError);
    await assert.rejects(files.writeFileAtomic('/etc/x', new Uint8Array()), OutsideWorkspaceError);
  });

  it('writes atomically (creating folders, no temp file left) and deletes', async () => {
    const files = new NodeFiles(root);
    await files.writeFileAtomic('.policylens/catalog.yaml', new TextEncoder().encode('version: 1\n'));
    assert.deepStrictEqual(readdirSync(join(root, '.policylens')), ['catalog.yaml']);
    await files.writeFileAtomic('.policylens/catalog.yaml', new TextEncoder().encode('version: 1\ndocuments: {}\n'));
    assert.strictEqual(new TextDecoder().decode(await files.readFile('.policylens/catalog.yaml')), 'version: 1\ndocuments: {}\n');
    await files.deleteFile('.policylens/catalog.yaml');
    assert.strictEqual(await files.stat('.policylens/catalog.yaml'), undefined);
  });
});
