/**
 * Who is annotating: the `policyLens.annotations.author` setting, else `git config user.name`
 * in the workspace folder, else the operating-system user. Git runs once (with a timeout) and
 * is asked again only when the setting changes, so adding an annotation never waits on it.
 */
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';

const GIT_TIMEOUT_MS = 3000;

function gitUserName(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (err, stdout) => {
        const name = err ? '' : String(stdout).trim();
        resolve(name || undefined);
      });
    } catch {
      resolve(undefined);
    }
  });
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the current author name; `current()` is synchronous for the store. */
export class AuthorName implements vscode.Disposable {
  private fallback: string | undefined = osUserName();
  private readonly listener: vscode.Disposable;

  constructor(private readonly root: vscode.Uri) {
    void this.lookUpGit();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.annotations.author')) void this.lookUpGit();
    });
  }

  /** The name to store with a new annotation. */
  current(): string | undefined {
    const set = vscode.workspace.getConfiguration('policyLens.annotations', this.root).get<string>('author', '').trim();
    return set || this.fallback;
  }

  private async lookUpGit(): Promise<void> {
    if (this.root.scheme !== 'file' && this.root.scheme !== 'vscode-remote') return;
    const name = await gitUserName(this.root.fsPath);
    if (name) this.fallback = name;
  }

  dispose(): void {
    this.listener.dispose();
  }
}
