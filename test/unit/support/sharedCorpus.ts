/**
 * The real documents in ../shared/corpus are read at test time, never copied into the
 * project. When the folder is absent, suites that need it skip and say so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function sharedCorpusDir(): string | undefined {
  const dir = process.env.POLICY_LENS_SHARED_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  return existsSync(join(dir, 'seeds')) ? dir : undefined;
}

/** `describe` that skips, with a visible reason, when the shared corpus is missing. */
export function describeWithSharedCorpus(title: string, body: (dir: string) => void): void {
  const dir = sharedCorpusDir();
  if (!dir) {
    describe(title, () => {
      it('skipped: ../shared/corpus not found (set POLICY_LENS_SHARED_CORPUS)', function () {
        this.skip();
      });
    });
    return;
  }
  describe(title, () => body(dir));
}

export function readShared(dir: string, rel: string): Uint8Array {
  return readFileSync(join(dir, rel));
}

export function listShared(dir: string, sub: 'seeds' | 'realworld'): string[] {
  return readdirSync(join(dir, sub)).filter((n) => /\.(md|txt)$/.test(n)).sort().map((n) => `${sub}/${n}`);
}
