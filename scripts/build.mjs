// Bundles the extension, the CLI and (on request) the test suites and the bench with esbuild.
// unified/remark are ESM-only; bundling turns them into CommonJS the extension host can load.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_MODULE, knowledgePlugin } from './knowledgeData.mjs';
import { LAZY_PACKAGES, lazyPackagesPlugin } from './lazy-packages.mjs';

const args = new Set(process.argv.slice(2));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // The built-in knowledge base: YAML data files merged into the bundle as JSON.
  plugins: [knowledgePlugin],
};

function files(dir, suffix) {
  const out = [];
  let entries = [];
  try {
    if (!statSync(dir).isDirectory()) return dir.endsWith(suffix) ? [dir] : [];
    entries = readdirSync(dir);
  } catch { return out; }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

/** Resolve a package to a file of its own next to the bundle (`dist/<name>.js`), built below. */
function besideBundle(name) {
  return { name: `beside-${name}`, setup(b) { b.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: `./${name}.js`, external: true })); } };
}

const opt = (name) => [...args].find((a) => a === name || a.startsWith(name + '='));
const value = (name) => opt(name)?.split('=')[1];
const jobs = [];

// Runtime translations live per feature in l10n/parts/*.zh-cn.json (so features never edit
// one shared file); they are merged into the bundle VS Code loads.
const merged = {};
for (const part of files('l10n/parts', '.zh-cn.json').sort()) {
  for (const [k, v] of Object.entries(JSON.parse(readFileSync(part, 'utf8')))) {
    if (k in merged && merged[k] !== v) throw new Error(`l10n: "${k}" translated differently in ${part}`);
    merged[k] = v;
  }
}
writeFileSync('l10n/bundle.l10n.zh-cn.json', JSON.stringify(merged, null, 2) + '\n');

if (!args.has('--no-app')) jobs.push(
  // Heavy packages go to dist/engine.js, loaded on first use (scripts/lazy-packages.mjs).
  // The merged knowledge base goes there too: it is first needed when indexing starts.
  lazyPackagesPlugin({ repo: process.cwd(), outdir: join(process.cwd(), 'dist'), common, packages: [...LAZY_PACKAGES, KNOWLEDGE_MODULE] }).then((lazy) =>
    build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true, plugins: [lazy, ...common.plugins, besideBundle('pinyin-pro')] })),
  // pinyin-pro is required only when a Chinese name or heading is first spelled (not even
  // when the engine loads), so it is a file of its own.
  build({ ...common, entryPoints: ['node_modules/pinyin-pro/dist/index.js'], outfile: 'dist/pinyin-pro.js', minify: true, sourcemap: false }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // Code that runs inside webviews: its own browser bundle, no vscode, no Node built-ins.
  build({ ...common, platform: 'browser', target: 'es2020', format: 'iife', minify: true, entryPoints: { analysis: 'src/webview/analysis/main.ts', 'analysis-style': 'src/webview/analysis/style.css' }, outdir: 'dist/webview' }),
  // The document converters (pdf.js, mammoth, rehype): a separate file, loaded on first import.
  build({ ...common, entryPoints: ['src/importer/entry.ts'], outfile: 'dist/importer.js', minify: true, sourcemap: false }),
  // Code that runs inside webviews: its own browser bundle, loaded only when a panel opens.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/overview/main.ts'], outfile: 'dist/webview/overview.js', minify: true }),
);
// --unit[=test/unit/search] builds unit tests (optionally only under a prefix).
if (args.has('--tests') || opt('--unit')) {
  const prefix = value('--unit') ?? 'test/unit';
  // A full build starts clean, so a deleted test never runs again from a stale bundle.
  if (prefix === 'test/unit') rmSync('out/test/unit', { recursive: true, force: true });
  jobs.push(build({ ...common, entryPoints: files(prefix, '.test.ts'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha', 'esbuild'] }));
}
if (args.has('--tests') || args.has('--integration')) {
  rmSync('out/test/integration', { recursive: true, force: true });
  jobs.push(build({ ...common, entryPoints: files('test/integration', '.ts'), outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'] }));
  // The canary suite (a test that must fail) proves the integration runner detects failures.
  jobs.push(build({ ...common, entryPoints: files('test/integration-canary', '.ts'), outdir: 'out/test/integration-canary', outbase: 'test/integration-canary', external: ['vscode', 'mocha'] }));
  // Restricted Mode: run by the runner in a second code-server with workspace trust on.
  jobs.push(build({ ...common, entryPoints: files('test/integration-untrusted', '.ts'), outdir: 'out/test/integration-untrusted', outbase: 'test/integration-untrusted', external: ['vscode', 'mocha'] }));
}
if (args.has('--bench')) {
  jobs.push(build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.js', external: ['fuse.js'] }));
}
await Promise.all(jobs);
