/**
 * A cross-process lock on one file: the directory `<file>.lock`, made with an atomic `mkdir`
 * (the protocol proper-lockfile uses). The holder refreshes its mtime; a lock whose mtime is
 * older than {@link STALE_MS}, or whose recorded owner (pid and host) is a process of this
 * machine that no longer runs, was left by a writer that died (killed mid-write) and is broken.
 * Written here rather than taken from proper-lockfile because that package hooks process
 * signals (signal-exit) in whatever process loads it — here the shared VS Code extension
 * host — and wants the locked file to exist; this needs neither, and is the same protocol for
 * the CLI and the extension.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { hostname } from 'node:os';

/** A lock not refreshed for this long is taken to be left by a dead process. */
export const STALE_MS = 10_000;
/** How often a holder refreshes its lock's mtime. */
const REFRESH_MS = 2_000;
/** How long to wait for a live holder before giving up. */
const WAIT_MS = 30_000;

/** Thrown when another live process holds the lock for longer than {@link WAIT_MS}. */
export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`another Policy Lens process holds ${lockPath}; if none is running, delete that folder and try again`);
    this.name = 'LockTimeoutError';
  }
}

/** A held lock. `compromised` turns true if the lock was taken away (it went stale). */
export interface HeldLock {
  readonly path: string;
  compromised(): boolean;
  release(): Promise<void>;
}

export interface LockOptions {
  readonly staleMs?: number;
  readonly waitMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const OWNER = 'owner.json';

/** Whether the lock's owner is a process of this machine that no longer runs (killed). */
async function ownerIsGone(lockPath: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await fsp.readFile(`${lockPath}/${OWNER}`, 'utf8')) as { pid?: unknown; host?: unknown };
    if (owner.host !== hostname() || typeof owner.pid !== 'number' || owner.pid === process.pid) return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The identity of one lock folder: inode and modification time in nanoseconds. */
async function identity(lockPath: string): Promise<{ key: string; mtimeMs: number } | undefined> {
  const s = await fsp.stat(lockPath, { bigint: true }).catch(() => undefined);
  return s && { key: `${s.ino}:${s.mtimeNs}`, mtimeMs: Number(s.mtimeMs) };
}

/**
 * Remove a stale lock — not refreshed for `staleMs`, or owned by a process of this machine
 * that is gone. The folder must be the same one before and after that judgement (a holder that
 * released and exited meanwhile leaves a new lock, or none, in its place), and it is renamed
 * away before removal, so two breakers never both remove a fresh lock.
 */
async function breakStale(lockPath: string, staleMs: number): Promise<void> {
  const before = await identity(lockPath);
  if (!before) return;
  const stale = Date.now() - before.mtimeMs > staleMs || (await ownerIsGone(lockPath));
  if (!stale || (await identity(lockPath))?.key !== before.key) return;
  const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.rename(lockPath, aside);
  } catch {
    return; // someone else broke or released it first
  }
  await fsp.rm(aside, { recursive: true, force: true });
}

/** Acquire the lock of `file` (an absolute path), waiting with jittered back-off. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<HeldLock> {
  const lockPath = `${file}.lock`;
  const staleMs = options.staleMs ?? STALE_MS;
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.mkdir(lockPath);
      // Who holds it, so a waiter on this machine can tell a killed holder at once.
      await fsp.writeFile(`${lockPath}/${OWNER}`, JSON.stringify({ pid: process.pid, host: hostname() })).catch(() => undefined);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    await breakStale(lockPath, staleMs);
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath);
    await sleep(2 + Math.random() * Math.min(100, 5 * 2 ** Math.min(attempt, 5)));
  }
  let lost = false;
  const timer = setInterval(() => {
    const now = new Date();
    fsp.utimes(lockPath, now, now).catch(() => (lost = true));
  }, Math.min(REFRESH_MS, staleMs / 3));
  timer.unref?.();
  return {
    path: lockPath,
    compromised: () => lost,
    release: async () => {
      clearInterval(timer);
      if (!lost) await fsp.rm(lockPath, { recursive: true, force: true });
    },
  };
}
