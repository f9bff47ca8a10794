/**
 * Validation of command arguments that may arrive from markdown command links in hovers and
 * trees. Such links are built from workspace data, so every argument is checked for shape
 * and the path must stay inside the workspace.
 */
import { safeRelativePath } from '../core/ports';

export interface LocationArg {
  readonly path: string;
  readonly start: number;
  readonly end?: number;
  readonly preview?: boolean;
}

/** A plain non-negative integer offset (as a link may carry one). */
export function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e9;
}

/** A workspace-relative path that does not escape the folder. */
export function isSafePath(p: unknown): p is string {
  if (typeof p !== 'string' || p.length === 0 || p.length > 4096) return false;
  try {
    return safeRelativePath(p) === p;
  } catch {
    return false;
  }
}

export function isLocationArg(a: unknown): a is LocationArg {
  if (!a || typeof a !== 'object') return false;
  const o = a as Record<string, unknown>;
  return isSafePath(o.path) && isOffset(o.start) && (o.end === undefined || (isOffset(o.end) && o.end >= o.start)) &&
    (o.preview === undefined || typeof o.preview === 'boolean');
}

/** An id of an entity or annotation: short, no markup. */
export function isId(a: unknown): a is string {
  return typeof a === 'string' && /^[\w.:@/-]{1,200}$/.test(a);
}

/** A `command:` URI for one of the extension's own commands with JSON-encoded arguments. */
export function commandLink(command: `policyLens.${string}`, ...args: unknown[]): string {
  // encodeURIComponent leaves ( ) ' ! * alone; a ")" inside markdown link syntax would end
  // the link early and let workspace text forge another one, so encode them too.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${command}?${encoded}`;
}
