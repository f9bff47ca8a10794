/**
 * The few things core needs from the outside world. The VS Code host implements them with
 * `vscode.workspace.fs`; the CLI and the unit tests implement them with Node's `fs` or memory.
 * Paths are workspace-relative POSIX paths; the port resolves them and must refuse any path
 * that leaves the workspace.
 */

import { escapeControls } from './text/printable';

export interface FileStat {
  readonly size: number;
  readonly mtime: number;
}

export interface FilePort {
  /** Read a file's bytes; rejects when missing. */
  readFile(path: string): Promise<Uint8Array>;
  /** Stat a file, or undefined when it does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Workspace-relative POSIX paths of files matching the include globs, minus excludes. */
  listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /** Write via a temporary file and rename, so readers never see half a file. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  deleteFile(path: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** Thrown by a port when a path escapes the workspace root. */
export class OutsideWorkspaceError extends Error {
  constructor(readonly path: string) {
    super(`Path leaves the workspace: ${escapeControls(path)}`);
    this.name = 'OutsideWorkspaceError';
  }
}

/** Normalise and validate a workspace-relative path; throws when it escapes the root. */
export function safeRelativePath(path: string): string {
  const parts: string[] = [];
  const raw = path.replace(/\\/g, '/');
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw)) throw new OutsideWorkspaceError(path);
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) throw new OutsideWorkspaceError(path);
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) throw new OutsideWorkspaceError(path);
  return parts.join('/');
}
