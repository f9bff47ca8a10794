/**
 * Containment by real path, for the hosts that run on Node (the CLI and the VS Code
 * extension host with `file:` folders). A path that stays inside the workspace by its
 * letters can still leave it through a symbolic link — a symlinked corpus file, or a
 * symlinked `.policylens/annotations` folder — so every read and write resolves the real
 * path (every link on the way followed) and refuses one outside the workspace's own real path.
 */
import { promises as fsp } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { OutsideWorkspaceError } from '../core/ports';

/** Raised when a path inside the workspace by name resolves outside it through a link. */
export class SymlinkEscapeError extends OutsideWorkspaceError {
  constructor(path: string, readonly target: string) {
    super(path);
    this.message = `${path} is a link to ${target}, outside the workspace; not read or written`;
    this.name = 'SymlinkEscapeError';
  }
}

/** Whether `inner` is `outer` or lies below it (both absolute real paths). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Real path of `abs`, or of its nearest existing ancestor when it does not exist yet (a write). */
async function realOrAncestor(abs: string): Promise<string> {
  let p = abs;
  for (;;) {
    try {
      return await fsp.realpath(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const up = dirname(p);
      if (up === p) throw e;
      p = up;
    }
  }
}

/** A workspace root whose real path is resolved once and checked against every access. */
export class RealRoot {
  private real?: Promise<string>;

  constructor(readonly root: string) {}

  /** The root's own real path (the root itself may be reached through a link: that is fine). */
  realRoot(): Promise<string> {
    this.real ??= fsp.realpath(this.root).catch(() => this.root);
    return this.real;
  }

  /**
   * Check `abs` (absolute, already inside the root by name): throws a {@link SymlinkEscapeError}
   * when it, or the folder it would be created in, resolves outside the root.
   */
  async check(path: string, abs: string): Promise<void> {
    const [root, real] = await Promise.all([this.realRoot(), realOrAncestor(abs)]);
    if (!isWithin(root, real)) throw new SymlinkEscapeError(path, real);
  }
}
