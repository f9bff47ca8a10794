/** Small helpers for loading many files: readable sizes in reasons, and turns for the event loop. */

/** A byte count as people read it ("12.5 KB"), for skip reasons. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Resolve after the event loop had a turn, so a long load never freezes the editor. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
