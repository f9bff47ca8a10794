/**
 * Problems with the workspace's own files (entities.yaml, the catalog, the codebook,
 * annotation files, files the corpus skipped) found while a command runs. Every command
 * collects them here and `main` prints them on stderr when the command is done — one line
 * each, or with `--json` one JSON object `{"problems": [...]}` — so a script reading stdout
 * gets the command's result and a person still sees what is wrong.
 */
import type { Problem } from '../core/types';

const collected = new Map<string, Problem>();

/** Add problems (the same problem twice is kept once). */
export function collectProblems(problems: readonly Problem[]): void {
  for (const p of problems) collected.set(`${p.path}\u0000${p.line ?? ''}\u0000${p.column ?? ''}\u0000${p.message}`, p);
}

/** Everything collected so far, in the order first seen. */
export function collectedProblems(): Problem[] {
  return [...collected.values()];
}

/** Forget what was collected (tests run several commands in one process). */
export function clearProblems(): void {
  collected.clear();
}

/** `path:line:column: severity: message`, lines and columns 1-based. */
export function formatProblem(p: Problem): string {
  const place = p.line !== undefined ? `:${p.line + 1}${p.column !== undefined ? `:${p.column + 1}` : ''}` : '';
  return `${p.path}${place}: ${p.severity}: ${p.message}`;
}

/** A problem as it appears in JSON output: 1-based line and column. */
export function problemJson(p: Problem): { path: string; severity: Problem['severity']; message: string; line?: number; column?: number } {
  return {
    path: p.path, severity: p.severity, message: p.message,
    ...(p.line !== undefined ? { line: p.line + 1 } : {}),
    ...(p.column !== undefined ? { column: p.column + 1 } : {}),
  };
}

/** Write what was collected to `err` (text lines, or one JSON object when `json`). */
export function printProblems(err: (s: string) => void, json: boolean): void {
  const all = collectedProblems();
  if (all.length === 0) return;
  if (json) err(JSON.stringify({ problems: all.map(problemJson) }));
  else {
    err(`policy-lens: ${all.length} problem(s) in workspace files:`);
    for (const p of all) err(`  ${formatProblem(p)}`);
  }
}
