/**
 * Entry point the VS Code extension host loads for the integration suite (`extensionTestsPath`).
 * It runs mocha (v11: CommonJS, the host loads this file with `require`) inside the real
 * extension host, so every `*.itest.js` next to this file can use the real `vscode` API.
 * The same compiled file serves code-server (browser workbench) and @vscode/test-electron.
 */
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Per-test timeout: the first test may wait for activation and indexing of the workspace. */
const TEST_TIMEOUT_MS = 60_000;

/** Every file under `dir` (recursively) whose name ends with `suffix`, sorted for a stable order. */
function findTestFiles(dir: string, suffix: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTestFiles(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

/**
 * Runs every `*.itest.js` under `dir` with mocha (bdd, spec reporter on the console).
 * Resolves when all pass; rejects with the number of failures otherwise, or when no test
 * file was found (an empty suite must not look like a green one).
 */
export function runMochaSuite(dir: string, suffix = '.itest.js'): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: TEST_TIMEOUT_MS, reporter: 'spec', color: true });
  const files = findTestFiles(dir, suffix);
  if (files.length === 0) return Promise.reject(new Error(`No ${suffix} files found under ${dir}`));
  for (const file of files) mocha.addFile(file);
  console.log(`[policy-lens] mocha: ${files.length} test file(s) from ${dir}`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Called by the extension host: runs the main integration suite in this folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
