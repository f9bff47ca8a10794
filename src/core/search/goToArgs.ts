/**
 * Arguments of `policyLens.goTo`: nothing (open the box), a string (open it with that
 * query), or `{ query, accept: true }` (run the query, take the first result as if the user
 * pressed Enter, and return what was opened — for scripts and integration tests).
 * `kind` limits the rows to one kind (like a prefix, but also for passages).
 */
import type { JumpKind } from './searchTypes';

export interface GoToArgs {
  readonly query?: string;
  readonly accept?: boolean;
  readonly kind?: JumpKind;
}

const KINDS: readonly string[] = ['passage', 'heading', 'entity', 'annotation', 'tag'];

/** Longest accepted query; the engine reads no further anyway. */
const MAX_QUERY = 256;

/** Validated arguments, or undefined when `arg` has the wrong shape. */
export function parseGoToArgs(arg: unknown): GoToArgs | undefined {
  if (arg === undefined || arg === null) return {};
  if (typeof arg === 'string') return arg.length <= MAX_QUERY ? { query: arg } : undefined;
  if (typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const o = arg as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'query' && k !== 'accept' && k !== 'kind')) return undefined;
  if (o.kind !== undefined && !(typeof o.kind === 'string' && KINDS.includes(o.kind))) return undefined;
  if (o.query !== undefined && (typeof o.query !== 'string' || o.query.length > MAX_QUERY)) return undefined;
  if (o.accept !== undefined && typeof o.accept !== 'boolean') return undefined;
  return {
    ...(o.query !== undefined ? { query: o.query as string } : {}),
    ...(o.accept !== undefined ? { accept: o.accept as boolean } : {}),
    ...(o.kind !== undefined ? { kind: o.kind as JumpKind } : {}),
  };
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
