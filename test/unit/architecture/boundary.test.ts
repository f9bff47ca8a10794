/** The core must stay free of `vscode` and Node I/O so it runs anywhere and tests in plain Node. */
import * as assert from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const forbidden = /(?:from\s+|require\(\s*|import\(\s*)['"](vscode|(?:node:)?(?:fs|fs\/promises|child_process|path|os|net|http|https))['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture boundary', () => {
  it('src/core imports neither vscode nor Node I/O', () => {
    const files = sources('src/core');
    assert.ok(files.length > 0, 'no core sources found; run from the repository root');
    const offenders = files.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });

  it('the detector itself catches a forbidden import', () => {
    assert.ok(forbidden.test(`import * as vscode from 'vscode';`));
    assert.ok(forbidden.test(`import { readFile } from "node:fs/promises";`));
    assert.ok(!forbidden.test(`import { x } from './fsm';`));
  });

  it('src/vscode/extension.ts is the only file that calls activate-time registration', () => {
    const ext = readFileSync('src/vscode/extension.ts', 'utf8');
    assert.match(ext, /export (async )?function activate/);
  });
});
