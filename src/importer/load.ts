/**
 * Loading the converter bundle at first use. It sits beside the extension and CLI bundles in
 * `dist/`; `require` is taken from the module system at run time so esbuild does not try to
 * pull the bundle into the caller.
 */
import { join } from 'node:path';
import type { ConverterRuntime } from '../core/import/importFile';

let loaded: ConverterRuntime | undefined;

/** The converters (loaded once). Throws with a clear message when the bundle is missing. */
export function loadConverters(dir: string = __dirname): ConverterRuntime {
  if (loaded) return loaded;
  const file = join(dir, 'importer.js');
  const req = module.require.bind(module) as (id: string) => { runtime: ConverterRuntime };
  try {
    loaded = req(file).runtime;
  } catch (e) {
    throw new Error(`the document converters could not be loaded from ${file}: ${(e as Error).message}`);
  }
  return loaded;
}
