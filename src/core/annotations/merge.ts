/**
 * Merging two copies of one document's annotations (two editor windows, or a window and a
 * `git pull`). Rule, by id:
 *  - both copies have it: the newer `modified` wins; on a tie the second argument wins;
 *  - a tombstone `{id, deleted}` beats any copy modified at or before `deleted`, so a window
 *    that still holds the old copy cannot resurrect it; an edit made after the deletion wins
 *    (the tombstone is then dropped), so no later work is lost;
 *  - tombstones are kept (ids are random and never reused, so they cost a line each);
 *  - the replies of the two copies merge by reply id (see `replies.ts`).
 */
import type { Annotation, AnnotationFile, SkippedEntry, Tombstone } from './types';
import { mergeReplies } from './replies';

/** Milliseconds of an ISO time; unparsable strings sort first. */
function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Whether `b` should replace `a` for the same id. */
export function isNewer(b: Annotation, a: Annotation): boolean {
  return time(b.modified) >= time(a.modified);
}

/** Merge annotations and tombstones of `base` and `incoming` (same document) by the rule above. */
export function mergeAnnotationFiles(base: AnnotationFile, incoming: AnnotationFile): AnnotationFile {
  const tombs = new Map<string, Tombstone>();
  for (const t of [...base.deleted, ...incoming.deleted]) {
    const had = tombs.get(t.id);
    if (!had || time(t.deleted) > time(had.deleted)) tombs.set(t.id, t);
  }
  const byId = new Map<string, Annotation>();
  for (const a of [...base.annotations, ...incoming.annotations]) {
    const had = byId.get(a.id);
    if (!had) byId.set(a.id, a);
    else {
      // Replies merge by their own ids, whichever copy of the annotation wins.
      const winner = isNewer(a, had) ? a : had;
      const replies = mergeReplies(had.replies, a.replies);
      byId.set(a.id, replies ? { ...winner, replies } : winner);
    }
  }
  const annotations: Annotation[] = [];
  for (const a of byId.values()) {
    const t = tombs.get(a.id);
    if (t && time(t.deleted) >= time(a.modified)) continue;
    if (t) tombs.delete(a.id);
    annotations.push(a);
  }
  // Entries that failed validation are carried along verbatim from both sides, once each.
  const skipped = new Map<string, SkippedEntry>();
  for (const e of [...(base.skipped ?? []), ...(incoming.skipped ?? [])]) skipped.set(JSON.stringify(e.raw), e);
  const merged: AnnotationFile = { version: 1, source: incoming.source, annotations, deleted: [...tombs.values()] };
  return skipped.size ? { ...merged, skipped: [...skipped.values()] } : merged;
}
