/**
 * The search index cache in the extension's workspace storage (`jump-index.bin`). The bytes
 * carry each document's content hash, so a reopened workspace re-indexes only changed files.
 * A damaged cache is deleted and rebuilt; a cache problem is logged, never fatal.
 */
import * as vscode from 'vscode';
import { createJumpIndex, IndexCacheError, type JumpIndex } from '../../core/search';

const FILE = 'jump-index.bin';

export class IndexCache {
  constructor(private readonly dir: vscode.Uri | undefined, private readonly log: vscode.LogOutputChannel) {}

  private get uri(): vscode.Uri | undefined {
    return this.dir && vscode.Uri.joinPath(this.dir, FILE);
  }

  /** The cached index, or undefined when there is none or it could not be used (then it is deleted). */
  async load(): Promise<JumpIndex | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const started = performance.now();
    try {
      const jump = createJumpIndex(bytes);
      this.log.info(`Search index: cache loaded (${kb(bytes.length)}) in ${ms(started)}`);
      return jump;
    } catch (e) {
      const why = e instanceof IndexCacheError ? e.message : `unexpected error: ${String(e)}`;
      this.log.warn(`Search index: ${why}; deleting ${FILE} and rebuilding`);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      return undefined;
    }
  }

  /** Write the index; failures are logged only (the cache is an optimisation). */
  async save(jump: JumpIndex): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.dir) return;
    try {
      const started = performance.now();
      const bytes = jump.serialize();
      await vscode.workspace.fs.createDirectory(this.dir);
      await vscode.workspace.fs.writeFile(uri, bytes);
      this.log.info(`Search index: cache written (${kb(bytes.length)}) in ${ms(started)}`);
    } catch (e) {
      this.log.warn(`Search index: could not write the cache: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

function kb(n: number): string {
  return `${Math.round(n / 1024)} KB`;
}

/** Milliseconds since `started`, for logs. */
export function ms(started: number): string {
  return `${(performance.now() - started).toFixed(1)} ms`;
}
