/**
 * The discussion on an annotation: pure edits of its replies and resolved state, and the
 * merge of two copies' replies by reply id (newer `modified` wins; a deletion beats any copy
 * modified at or before it). The store applies these to the copy on disk.
 */
import type { Annotation, Reply } from './types';

const time = (iso: string | undefined): number => {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Replies a user sees (deleted ones left out), oldest first. */
export function visibleReplies(a: Annotation): Reply[] {
  return (a.replies ?? []).filter((r) => r.deleted === undefined).sort((x, y) => time(x.created) - time(y.created) || (x.id < y.id ? -1 : 1));
}

/** `a` with `reply` appended. */
export function withReply(a: Annotation, reply: Reply): Annotation {
  return { ...a, replies: [...(a.replies ?? []).filter((r) => r.id !== reply.id), reply] };
}

/** `a` with reply `id` changed by `change` (modified set to `now`); unchanged when it is missing or deleted. */
export function withEditedReply(a: Annotation, id: string, body: string, now: string): Annotation {
  const old = a.replies?.find((r) => r.id === id);
  if (!old || old.deleted !== undefined) return a;
  return { ...a, replies: a.replies!.map((r) => (r.id === id ? { ...r, body, modified: now } : r)) };
}

/** `a` with reply `id` deleted (kept as a dated deletion without its text). */
export function withDeletedReply(a: Annotation, id: string, now: string): Annotation {
  const old = a.replies?.find((r) => r.id === id);
  if (!old || old.deleted !== undefined) return a;
  return { ...a, replies: a.replies!.map((r) => (r.id === id ? { id: r.id, ...(r.author !== undefined ? { author: r.author } : {}), body: '', created: r.created, modified: now, deleted: now } : r)) };
}

/** Replies of two copies of one annotation, merged by id. */
export function mergeReplies(a: readonly Reply[] | undefined, b: readonly Reply[] | undefined): Reply[] | undefined {
  if (!a?.length && !b?.length) return a ?? b ? [] : undefined;
  const byId = new Map<string, Reply>();
  for (const r of [...(a ?? []), ...(b ?? [])]) {
    const had = byId.get(r.id);
    if (!had) { byId.set(r.id, r); continue; }
    const deletion = [had, r].find((x) => x.deleted !== undefined);
    const newer = time(r.modified) >= time(had.modified) ? r : had;
    byId.set(r.id, deletion && time(deletion.deleted) >= time(newer.modified) ? deletion : newer);
  }
  return [...byId.values()].sort((x, y) => time(x.created) - time(y.created) || (x.id < y.id ? -1 : 1));
}
