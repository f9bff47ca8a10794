/**
 * What search needs to know about the corpus, kept deliberately small so the parser's
 * `ParsedDocument`, the knowledge base and the annotation store can be adapted to it
 * without search importing them. All offsets are UTF-16 offsets into the document text.
 */
import type { PassageKind, Span } from '../types';

/** One passage as search sees it: its original text and where it sits. */
export interface SearchPassage {
  readonly index: number;
  readonly text: string;
  readonly span: Span;
  readonly kind: PassageKind;
  /** Index of the enclosing heading, or -1 (parsed passages carry it; optional for tests). */
  readonly heading?: number;
}

export interface SearchHeading {
  readonly text: string;
  readonly span: Span;
  readonly level: number;
}

/** A recognised entity mention, at document offsets. */
export interface SearchMention {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
}

export interface SearchDoc {
  /** Workspace-relative POSIX path. */
  readonly path: string;
  readonly institution?: string;
  /** The document's title (catalog, front matter or first line): searchable like a heading. */
  readonly title?: string;
  readonly passages: readonly SearchPassage[];
  readonly headings: readonly SearchHeading[];
  readonly mentions: readonly SearchMention[];
  /**
   * Content hash, when the caller has one (e.g. of the file bytes); lets a cached index
   * skip re-indexing unchanged documents. Computed from the passages when absent.
   */
  readonly hash?: string;
}

export interface SearchEntity {
  readonly id: string;
  /** Canonical name first, then every alias in every language. */
  readonly names: readonly string[];
  readonly kind: string;
}

export interface SearchAnnotation {
  readonly id: string;
  readonly path: string;
  readonly span: Span;
  readonly label: string;
  readonly tags: readonly string[];
}

/** Where a passage lives: a document and a passage index. */
export interface PassageRef {
  readonly path: string;
  readonly index: number;
}

/** An annotation link between two places, e.g. "supports" or "contradicts". */
export interface SearchLink {
  readonly from: { readonly path: string; readonly span: Span };
  readonly to: { readonly path: string; readonly span: Span };
  readonly relation: string;
}

export type JumpKind = 'passage' | 'heading' | 'entity' | 'annotation' | 'tag';

/** One result of the jump box. */
export interface JumpHit {
  readonly kind: JumpKind;
  readonly path?: string;
  /** Where to jump in `path` (document offsets). */
  readonly span?: Span;
  /** What to show: for passages a ~80-character window around the best match. */
  readonly label: string;
  readonly detail: string;
  /** Higher is better, roughly 0..1. */
  readonly score: number;
  /** Matched `[start, end)` ranges within `label`. */
  readonly highlights: readonly (readonly [number, number])[];
  readonly entityId?: string;
  readonly annotationId?: string;
  readonly tag?: string;
}
