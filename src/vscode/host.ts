/**
 * Implements the core's ports on top of `vscode.workspace.fs`, rooted at one workspace folder.
 * Every path is checked with `safeRelativePath`, so nothing outside the folder is read or written.
 */
import * as vscode from 'vscode';
import { FileChange, FilePort, FileStat, safeRelativePath, updateFileUnlocked } from '../core/ports';
import { updateFileLocked } from '../node/lockedUpdate';

export class WorkspaceFiles implements FilePort {
  constructor(readonly root: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...safeRelativePath(path).split('/'));
  }

  /** Workspace-relative POSIX path of a uri inside this root, else undefined. */
  relative(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const base = this.root.path.endsWith('/') ? this.root.path : this.root.path + '/';
    if (!uri.path.startsWith(base)) return undefined;
    try {
      return safeRelativePath(uri.path.slice(base.length));
    } catch {
      return undefined;
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { size: s.size, mtime: s.mtime };
    } catch {
      return undefined;
    }
  }

  async listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]> {
    const pattern = (globs: readonly string[]) =>
      new vscode.RelativePattern(this.root, globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);
    const uris = await vscode.workspace.findFiles(pattern(include), exclude.length ? pattern(exclude) : null);
    return uris.map((u) => this.relative(u)).filter((p): p is string => !!p).sort();
  }

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    const target = this.uri(path);
    const temp = this.uri(`${path}.${Date.now().toString(36)}.tmp`);
    await vscode.workspace.fs.writeFile(temp, data);
    try {
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw err;
    }
  }

  /**
   * The shared write path: on disk (`file:`) the same lock and compare-and-swap as the CLI, so
   * a CLI run, another window and this one never lose each other's writes; elsewhere (virtual
   * file systems, which have no atomic create) compare-and-swap within this process only.
   */
  async updateFile(path: string, change: FileChange): Promise<void> {
    const uri = this.uri(path);
    if (uri.scheme === 'file') return updateFileLocked(uri.fsPath, change);
    return updateFileUnlocked(this, path, change);
  }

  async deleteFile(path: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(path));
  }
}
