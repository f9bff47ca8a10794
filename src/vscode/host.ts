/**
 * Implements the core's ports on top of `vscode.workspace.fs`, rooted at one workspace folder.
 * Every path is checked with `safeRelativePath`, so nothing outside the folder is read or
 * written by name, and by real path too: `vscode.workspace.fs` has no realpath, so for a
 * `file:` folder (the extension host runs on Node, on the machine that holds the files, also
 * in a remote window) the real path is resolved with Node's `fs.realpath`; for any other
 * scheme a file whose stat says it is a symbolic link is refused, since where it leads
 * cannot be known.
 */
import * as vscode from 'vscode';
import { FileChange, FilePort, FileStat, OutsideWorkspaceError, safeRelativePath, updateFileUnlocked } from '../core/ports';
import { updateFileLocked } from '../node/lockedUpdate';
import { RealRoot } from '../node/realPath';

export class WorkspaceFiles implements FilePort {
  private readonly real?: RealRoot;

  constructor(readonly root: vscode.Uri) {
    if (root.scheme === 'file') this.real = new RealRoot(root.fsPath);
  }

  /** The uri of `path` after the real-path check (links followed); throws when it leads outside. */
  private async contained(path: string, mustExist: boolean): Promise<vscode.Uri> {
    const uri = this.uri(path);
    if (this.real) await this.real.check(path, uri.fsPath);
    else if (mustExist) {
      const s = await vscode.workspace.fs.stat(uri);
      if (s.type & vscode.FileType.SymbolicLink) throw new OutsideWorkspaceError(path);
    }
    return uri;
  }

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
    return vscode.workspace.fs.readFile(await this.contained(path, true));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    let s: vscode.FileStat;
    try {
      s = await vscode.workspace.fs.stat(this.uri(path));
    } catch {
      return undefined;
    }
    // It exists: a link that leads outside is an error (reported as a skipped file), not "missing".
    await this.contained(path, true);
    return { size: s.size, mtime: s.mtime };
  }

  async listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]> {
    const pattern = (globs: readonly string[]) =>
      new vscode.RelativePattern(this.root, globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);
    const uris = await vscode.workspace.findFiles(pattern(include), exclude.length ? pattern(exclude) : null);
    return uris.map((u) => this.relative(u)).filter((p): p is string => !!p).sort();
  }

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    const target = await this.contained(path, false);
    const temp = await this.contained(`${path}.${Date.now().toString(36)}.tmp`, false);
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
    const uri = await this.contained(path, false);
    if (uri.scheme === 'file') return updateFileLocked(uri.fsPath, change);
    return updateFileUnlocked(this, path, change);
  }

  async deleteFile(path: string): Promise<void> {
    await vscode.workspace.fs.delete(await this.contained(path, false));
  }
}
