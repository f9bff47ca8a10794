/**
 * The annotation model. Names follow the W3C Web Annotation Data Model (TextQuoteSelector,
 * TextPositionSelector) so exports are a renaming, not a translation. Offsets are UTF-16 code
 * units into the decoded document text, like every other span in the core.
 */
import type { Problem } from '../types';

/** How an annotation's target relates to the current text of its document. */
export type AnnotationStatus = 'anchored' | 'moved' | 'changed' | 'orphaned';

/** How one annotated passage relates to another passage. */
export type LinkRelation = 'supports' | 'contradicts' | 'elaborates' | 'translates' | 'cites';

export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['anchored', 'moved', 'changed', 'orphaned'];
export const LINK_RELATIONS: readonly LinkRelation[] = ['supports', 'contradicts', 'elaborates', 'translates', 'cites'];

/** The quoted text plus enough context on each side to find it again after edits. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Where the quote was last seen: half-open `[start, end)` in UTF-16 code units. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** What an annotation is about: a stretch of one document. */
export interface AnnotationTarget {
  /** Workspace-relative POSIX path of the document. */
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  /** Hash of the document text the selectors were made or last anchored against. */
  readonly textHash: string;
}

/**
 * The passage a link points to, anchored like an annotation: its quote with context and its
 * last known position, re-anchored against its document's current text with the same states.
 */
export interface LinkTarget {
  /** Workspace-relative POSIX path of the linked document. */
  readonly path: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  /** Hash of the linked document's text the selectors were made or last anchored against. */
  readonly textHash: string;
  readonly status: AnnotationStatus;
}

/** A passage elsewhere that the annotated passage points to. */
export interface AnnotationLink {
  readonly target: LinkTarget;
  readonly relation: LinkRelation;
}

/**
 * One message in the discussion of an annotation. Replies merge by id like annotations: the
 * newer `modified` wins, and a deleted reply stays as a `deleted` time without its text so a
 * stale copy cannot bring it back.
 */
export interface Reply {
  /** Random UUID. */
  readonly id: string;
  readonly author?: string;
  /** Markdown; empty for a deleted reply. */
  readonly body: string;
  /** ISO 8601 timestamps. */
  readonly created: string;
  readonly modified: string;
  /** ISO 8601 time of deletion, when deleted. */
  readonly deleted?: string;
}

/** Where a link's target was last found: `[start, end)` in its document. */
export function linkSpan(l: AnnotationLink): { start: number; end: number } {
  const p = l.target.selector[1];
  return { start: p.start, end: p.end };
}

/** The words a link points to, as the researcher chose them. */
export function linkQuote(l: AnnotationLink): string {
  return l.target.selector[0].exact;
}

/** One researcher's note, tags and links on one passage. */
export interface Annotation {
  /** Random UUID (v4 form); never reused, so merges and tombstones can key on it. */
  readonly id: string;
  readonly target: AnnotationTarget;
  readonly tags: readonly string[];
  /** Markdown. */
  readonly note?: string;
  readonly links: readonly AnnotationLink[];
  readonly author?: string;
  /** ISO 8601 timestamps. `modified` decides which copy wins when two windows merge. */
  readonly created: string;
  readonly modified: string;
  readonly status: AnnotationStatus;
  /** The discussion of this annotation (Comments API thread), oldest first. */
  readonly replies?: readonly Reply[];
  /** Whether its discussion is marked resolved. */
  readonly resolved?: boolean;
}

/**
 * A record that an annotation was deleted, kept in the file so that a window still holding the
 * old copy cannot bring it back by merging. See `merge.ts` for the rule.
 */
export interface Tombstone {
  readonly id: string;
  /** ISO 8601 time of deletion. */
  readonly deleted: string;
}

/**
 * An entry of an annotation file that failed validation: kept verbatim (and written back
 * as it was) so nothing a user wrote is dropped, and reported, but not used.
 */
export interface SkippedEntry {
  /** The entry's JSON value as read. */
  readonly raw: unknown;
  /** What is wrong, with the file and the entry's line. */
  readonly problem: Problem;
}

/** Contents of one `.policylens/annotations/<doc>.json` file. */
export interface AnnotationFile {
  readonly version: 1;
  readonly source: string;
  readonly annotations: readonly Annotation[];
  readonly deleted: readonly Tombstone[];
  /** Entries that failed validation, in file order (absent when there are none). */
  readonly skipped?: readonly SkippedEntry[];
}

/** The quote selector of an annotation. */
export function quoteOf(a: Annotation): TextQuoteSelector {
  return a.target.selector[0];
}

/** The position selector of an annotation. */
export function positionOf(a: Annotation): TextPositionSelector {
  return a.target.selector[1];
}
