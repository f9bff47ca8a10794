// The built-in knowledge base is kept as YAML files by category (src/core/knowledge/data/),
// reviewed like data. At build time they are merged into one list and handed to the bundle
// as a JSON string, so the extension never parses YAML when it activates.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Folder of the data files, and the module name the core imports them by. */
export const KNOWLEDGE_DIR = resolve('src/core/knowledge/data');
export const KNOWLEDGE_MODULE = 'policy-lens:builtin-entities';

/** The data files, in merge order (by file name). */
export function knowledgeFiles(dir = KNOWLEDGE_DIR) {
  return readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort().map((n) => join(dir, n));
}

/** Every entity of every data file, in file order; throws on a file that is not a list of entries. */
export function mergeKnowledgeFiles(dir = KNOWLEDGE_DIR) {
  const out = [];
  for (const file of knowledgeFiles(dir)) {
    const data = parse(readFileSync(file, 'utf8'));
    if (!data || !Array.isArray(data.entities)) throw new Error(`${file}: expected "entities:" with a list of entries`);
    for (const e of data.entities) {
      out.push({ aliases: [], related: [], ...e, description: typeof e.description === 'string' ? { en: e.description } : e.description });
    }
  }
  return out;
}

/** esbuild plugin resolving {@link KNOWLEDGE_MODULE} to the merged data. */
export const knowledgePlugin = {
  name: 'policy-lens-knowledge',
  setup(build) {
    build.onResolve({ filter: /^policy-lens:builtin-entities$/ }, () => ({ path: KNOWLEDGE_MODULE, namespace: 'policy-lens-knowledge' }));
    build.onLoad({ filter: /.*/, namespace: 'policy-lens-knowledge' }, () => {
      const files = knowledgeFiles();
      const json = JSON.stringify(mergeKnowledgeFiles());
      // JSON.parse of one string literal is cheaper at load time than an object literal.
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js', watchFiles: files };
    });
  },
};
