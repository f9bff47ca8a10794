/**
 * One line per broken file: a YAML mistake can make the parser report five messages, but the
 * researcher needs one notification ("codebook.yaml, line 10: …") and the full list in the
 * Problems panel. Pure, so the editor only displays what this decides.
 */
import type { Problem } from '../types';

/** The problems of one file, summarised. */
export interface FileProblemSummary {
  readonly path: string;
  /** The first error by position (else the first warning): what the notification names. */
  readonly first: Problem;
  readonly errors: number;
  readonly total: number;
}

const byPosition = (a: Problem, b: Problem): number => (a.line ?? -1) - (b.line ?? -1) || (a.column ?? -1) - (b.column ?? -1);

/** Problems grouped by file (paths sorted); files with only warnings are included. */
export function summarizeByFile(problems: readonly Problem[]): FileProblemSummary[] {
  const by = new Map<string, Problem[]>();
  for (const p of problems) by.set(p.path, [...(by.get(p.path) ?? []), p]);
  return [...by.keys()].sort().map((path) => {
    const list = by.get(path)!;
    const errors = list.filter((p) => p.severity === 'error').sort(byPosition);
    const first = errors[0] ?? [...list].sort(byPosition)[0];
    return { path, first, errors: errors.length, total: list.length };
  });
}

/** Key of a file's notification: the same broken state is announced once, a new one again. */
export function notificationKey(s: FileProblemSummary): string {
  return `${s.path}:${s.first.line ?? ''}:${s.first.message}`;
}
