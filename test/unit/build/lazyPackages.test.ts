/**
 * The activation bundle leaves the heavy packages to dist/engine.js and reaches them through
 * stubs: this builds a small bundle the same way, checks that the engine is not loaded until
 * an export is used, and that calls, `new`, `instanceof`, statics and default exports behave
 * as with the real packages.
 */
import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
import Fuse from 'fuse.js';
import { parseDocument, isMap, Scalar, YAMLMap, stringify } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
export function run() {
  const doc = parseDocument('a: 1\\nb: [x, y]\\n');
  const fuse = new Fuse(['alpha', 'beta'], { includeScore: true });
  const tree = unified().use(remarkParse).parse('# Title\\n\\ntext');
  return {
    mapIsMap: isMap(doc.contents),
    mapInstance: doc.contents instanceof YAMLMap,
    plain: Scalar.PLAIN,
    yaml: stringify({ k: 'v' }),
    fuseInstance: fuse instanceof Fuse,
    best: fuse.search('alpa')[0].item,
    heading: tree.children[0].type,
  };
}
`;

describe('lazy engine bundle', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'policy-lens-lazy-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the packages out of the bundle and loads them on first use, unchanged', async () => {
    const repo = resolve('.');
    const { build } = await import('esbuild');
    const { lazyPackagesPlugin, ENGINE_FILE } = await import(pathToFileURL(join(repo, 'scripts/lazy-packages.mjs')).href);
    const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' } as const;
    const plugin = await lazyPackagesPlugin({ repo, outdir: dir, common });
    writeFileSync(join(dir, 'entry.js'), ENTRY);
    await build({ ...common, entryPoints: [join(dir, 'entry.js')], outfile: join(dir, 'main.js'), plugins: [plugin] });
    const main = readFileSync(join(dir, 'main.js'), 'utf8');
    assert.ok(main.length < 20_000, `the stubbed bundle is small (${main.length} bytes)`);
    assert.ok(!main.includes('micromark'), 'no parser code in the bundle');
    const engine = join(dir, ENGINE_FILE);
    const mod = require(join(dir, 'main.js')) as { run(): Record<string, unknown> };
    assert.strictEqual(require.cache[engine], undefined, 'the engine is not loaded by loading the bundle');
    const r = mod.run();
    assert.ok(require.cache[engine], 'the engine is loaded on first use');
    assert.deepStrictEqual(r, {
      mapIsMap: true, mapInstance: true, plain: 'PLAIN', yaml: 'k: v\n', fuseInstance: true, best: 'alpha', heading: 'heading',
    });
  });
});
