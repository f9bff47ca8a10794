/**
 * Who the CLI records as an annotation's author when `--author` is not given: the
 * `POLICY_LENS_AUTHOR` environment variable, else the workspace's `policyLens.annotations.author`
 * setting in `.vscode/settings.json` (the extension's setting), else `git config user.name`.
 */
import { execFileSync } from 'node:child_process';
import type { FilePort } from '../core/ports';
import { readDocumentText } from './dirCommand';

/** `git config user.name` run in `cwd`, or undefined when git or the setting is missing. */
export function gitUserName(cwd?: string): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}

/** The author setting from `.vscode/settings.json` (JSON with comments), if set. */
export async function configuredAuthor(files: FilePort): Promise<string | undefined> {
  const text = await readDocumentText(files, '.vscode/settings.json').catch(() => undefined);
  if (text === undefined) return undefined;
  // Settings files allow comments and trailing commas; strip them outside strings.
  const stripped = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) => str ?? '').replace(/,(\s*[}\]])/g, '$1');
  try {
    const value = (JSON.parse(stripped) as Record<string, unknown>)['policyLens.annotations.author'];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The author for a new annotation, by the precedence in the file comment. */
export async function resolveAuthor(explicit: string | undefined, files: FilePort, git: () => string | undefined): Promise<string | undefined> {
  return explicit ?? (process.env.POLICY_LENS_AUTHOR || undefined) ?? (await configuredAuthor(files)) ?? git();
}
