/**
 * The locked write path of the Node ports (CLI, and the extension for `file:` workspaces):
 * lock, remove temporary files a killed writer left, re-read, change, compare-and-swap,
 * write to a temporary file and rename. Both sides use this one function, so a CLI run beside
 * an editor window (or two windows) serialise on the same lock.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileChange, WriteConflictError, sameBytes } from '../core/ports';
import { acquireLock, LockOptions } from './dirLock';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Name of a temporary file for `file`; {@link removeLeftoverTemps} recognises the pattern. */
export function tempPathFor(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Delete `<file>.<hex>.tmp` siblings. Only lock holders write them, so under the lock any that
 * exist were left by a writer that died between writing and renaming.
 */
export async function removeLeftoverTemps(file: string): Promise<number> {
  const pattern = new RegExp(`^${escapeRegExp(basename(file))}\\.[0-9a-z]+\\.tmp$`);
  const names = await fsp.readdir(dirname(file)).catch(() => [] as string[]);
  const leftovers = names.filter((n) => pattern.test(n));
  await Promise.all(leftovers.map((n) => fsp.rm(join(dirname(file), n), { force: true })));
  return leftovers.length;
}

async function readOrUndefined(file: string): Promise<Uint8Array | undefined> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Write `data` to `file` through a temporary file and a rename. */
export async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    await fsp.writeFile(temp, data);
    await fsp.rename(temp, file);
  } catch (e) {
    await fsp.rm(temp, { force: true });
    throw e;
  }
}

/** Change the file at absolute path `file` under its lock; see the file comment. */
export async function updateFileLocked(file: string, change: FileChange, options: LockOptions = {}, attempts = 5): Promise<void> {
  await fsp.mkdir(dirname(file), { recursive: true });
  const lock = await acquireLock(file, options);
  try {
    await removeLeftoverTemps(file);
    for (let i = 0; i < attempts; i++) {
      const before = await readOrUndefined(file);
      const next = await change(before);
      if (next === undefined) return;
      // Compare-and-swap: a writer that ignores the lock (git, an editor) may have saved meanwhile.
      if (lock.compromised() || !sameBytes(before, await readOrUndefined(file))) continue;
      await writeAtomically(file, next);
      return;
    }
    throw new WriteConflictError(file);
  } finally {
    await lock.release();
  }
}
