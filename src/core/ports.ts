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
  /**
   * The one write path for workspace files that several writers share (annotation files):
   * under a lock that other processes honour, re-read the file, let `change` compute the new
   * bytes from what is on disk now, check the file did not change meanwhile (else start
   * again), and write atomically. Ports without it get {@link updateFileUnlocked} (one
   * process only, e.g. memory in tests). See {@link updateFileVia}.
   */
  updateFile?(path: string, change: FileChange): Promise<void>;
}

/**
 * Given a file's current bytes (undefined when it does not exist), the bytes to write, or
 * undefined to leave the file untouched. May throw to abandon the write.
 */
export type FileChange = (current: Uint8Array | undefined) => Uint8Array | undefined | Promise<Uint8Array | undefined>;

/** Thrown when a file kept changing under a compare-and-swap write. */
export class WriteConflictError extends Error {
  constructor(readonly path: string) {
    super(`${path} kept changing while it was being written; nothing was written, try again`);
    this.name = 'WriteConflictError';
  }
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Read, change, compare-and-swap, atomic write — without a cross-process lock. Ports that can
 * lock run the same steps inside their lock (see `src/node/lockedUpdate.ts`).
 */
export async function updateFileUnlocked(files: FilePort, path: string, change: FileChange, attempts = 5): Promise<void> {
  const read = async (): Promise<Uint8Array | undefined> => ((await files.stat(path)) ? files.readFile(path) : undefined);
  for (let i = 0; i < attempts; i++) {
    const before = await read();
    const next = await change(before);
    if (next === undefined) return;
    if (!sameBytes(before, await read())) continue;
    await files.writeFileAtomic(path, next);
    return;
  }
  throw new WriteConflictError(path);
}

/** Update `path` through the port's locked write path when it has one. */
export function updateFileVia(files: FilePort, path: string, change: FileChange): Promise<void> {
  return files.updateFile ? files.updateFile(path, change) : updateFileUnlocked(files, path, change);
}

/** Byte equality, exported for ports that implement the compare-and-swap step themselves. */
export { sameBytes };

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
