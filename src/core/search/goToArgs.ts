/**
 * Arguments of `policyLens.goTo`: nothing (open the box), a string (open it with that
 * query), or `{ query, accept: true }` (run the query, take the first result as if the user
 * pressed Enter, and return what was opened — for scripts and integration tests).
 */
export interface GoToArgs {
  readonly query?: string;
  readonly accept?: boolean;
}

/** Longest accepted query; the engine reads no further anyway. */
const MAX_QUERY = 256;

/** Validated arguments, or undefined when `arg` has the wrong shape. */
export function parseGoToArgs(arg: unknown): GoToArgs | undefined {
  if (arg === undefined || arg === null) return {};
  if (typeof arg === 'string') return arg.length <= MAX_QUERY ? { query: arg } : undefined;
  if (typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const o = arg as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'query' && k !== 'accept')) return undefined;
  if (o.query !== undefined && (typeof o.query !== 'string' || o.query.length > MAX_QUERY)) return undefined;
  if (o.accept !== undefined && typeof o.accept !== 'boolean') return undefined;
  return { ...(o.query !== undefined ? { query: o.query as string } : {}), ...(o.accept !== undefined ? { accept: o.accept as boolean } : {}) };
}

/** What `{ accept: true }` returns: the row taken and where it led (1-based line). */
export interface GoToResult {
  readonly kind: string;
  readonly label: string;
  readonly path?: string;
  readonly line?: number;
  readonly entityId?: string;
  readonly annotationId?: string;
  readonly tag?: string;
  /** How long the query took in the extension host. */
  readonly ms: number;
}
