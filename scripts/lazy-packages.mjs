// Keeps activation cheap without touching the source: the heavy npm packages (the Markdown
// parser, YAML, fuse.js, zip…) are bundled into a second file, dist/engine.js, and every
// import of them in the extension bundle is replaced by a stub whose exports load that file
// on first use. So VS Code compiles and evaluates only the adapters when it activates the
// extension; the engine comes in when indexing first parses a document.
//
// Functions and classes become proxies that forward calls, `new`, property reads and
// `instanceof`; plain objects become object proxies; primitive constants are inlined (they are
// known at build time). Only the extension bundle uses this; the CLI, tests and bench bundle
// the packages directly.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Packages that go into dist/engine.js. Anything else stays in the extension bundle. */
export const LAZY_PACKAGES = ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'yaml', 'fuse.js', 'fflate', '@xmldom/xmldom'];

/** File name of the engine bundle, next to dist/extension.js. */
export const ENGINE_FILE = 'engine.js';

const RUNTIME = `
let engine;
const load = () => engine ??= (0, require)(require('path').join(__dirname, ${JSON.stringify(ENGINE_FILE)})).packages;
export function lazyExport(pkg, name, kind) {
  let real;
  const get = () => real ??= load()[pkg][name];
  const target = kind === 'function' ? function () {} : {};
  const proxy = new Proxy(target, {
    get: (_, p) => Reflect.get(get(), p),
    set: (_, p, v) => Reflect.set(get(), p, v),
    has: (_, p) => Reflect.has(get(), p),
    // Proxy invariants: the stub target's own non-configurable keys (a function's
    // 'prototype') must be reported as they are; everything else comes from the real export.
    ownKeys: () => [...new Set([...Reflect.ownKeys(get()), ...Reflect.ownKeys(target).filter((k) => !Reflect.getOwnPropertyDescriptor(target, k).configurable)])],
    getOwnPropertyDescriptor: (_, p) => {
      const own = Reflect.getOwnPropertyDescriptor(target, p);
      if (own && !own.configurable) return own;
      const d = Reflect.getOwnPropertyDescriptor(get(), p);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
    apply: (_, self, args) => Reflect.apply(get(), self, args),
    construct: (_, args, newTarget) => Reflect.construct(get(), args, newTarget === proxy ? get() : newTarget),
  });
  return proxy;
}
`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Source of the engine bundle's entry: every lazy package as a namespace. */
function engineEntry(packages) {
  const lines = packages.map((p, i) => `import * as p${i} from ${JSON.stringify(p)};`);
  lines.push(`export const packages = { ${packages.map((p, i) => `${JSON.stringify(p)}: p${i}`).join(', ')} };`);
  return lines.join('\n');
}

/**
 * Builds dist/engine.js and returns an esbuild plugin for the extension bundle that routes
 * imports of `packages` to lazy stubs shaped after the engine's real exports.
 */
export async function lazyPackagesPlugin({ repo, outdir, common, packages = LAZY_PACKAGES }) {
  const engineFile = join(outdir, ENGINE_FILE);
  await build({ ...common, stdin: { contents: engineEntry(packages), resolveDir: repo, sourcefile: 'engine-entry.js' }, outfile: engineFile, minify: true });
  // The exports as the bundle really has them (after esbuild's CJS/ESM interop).
  const require = createRequire(import.meta.url);
  delete require.cache[engineFile];
  const real = require(engineFile).packages;
  delete require.cache[engineFile]; // read for its shape only; the extension loads its own copy
  return {
    name: 'lazy-packages',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${packages.map(escape).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      b.onResolve({ filter: /^lazy-runtime$/ }, () => ({ path: 'lazy-runtime', namespace: 'lazy-runtime' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-runtime' }, () => ({ contents: RUNTIME, loader: 'js', resolveDir: repo }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
        const ns = real[args.path];
        const out = [`import { lazyExport } from 'lazy-runtime';`];
        for (const name of Object.keys(ns)) {
          const value = ns[name];
          const kind = typeof value === 'function' ? 'function' : value !== null && typeof value === 'object' ? 'object' : 'primitive';
          const expr = kind === 'primitive' ? JSON.stringify(value) ?? 'undefined' : `lazyExport(${JSON.stringify(args.path)}, ${JSON.stringify(name)}, ${JSON.stringify(kind)})`;
          out.push(name === 'default' ? `export default ${expr};` : `export const ${name} = ${expr};`);
        }
        return { contents: out.join('\n'), loader: 'js', resolveDir: repo };
      });
    },
  };
}
