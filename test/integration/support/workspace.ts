/**
 * Helpers the integration suites share: the throwaway workspace the runner opened, files in
 * it, and polling for state the extension reaches asynchronously (indexing, watchers).
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policy-lens.policy-lens';

/** The workspace folder the runner opened (a copy of demo-corpus, plus seeds when present). */
export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner should open a workspace folder');
  return folder.uri;
}

/** Uri of a workspace-relative POSIX path. */
export function file(path: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...path.split('/'));
}

/** Workspace-relative POSIX path of a uri inside the workspace. */
export function relative(uri: vscode.Uri): string {
  return uri.path.slice(root().path.replace(/\/?$/, '/').length);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A workspace file's text, or undefined when it does not exist. */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file(path)));
  } catch {
    return undefined;
  }
}

/**
 * Ask `probe` until it returns something truthy, or fail after `ms`. A probe that throws
 * counts as "not yet"; its last error is part of the timeout message.
 */
export async function poll<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
