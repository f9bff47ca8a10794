/**
 * How many annotations a corrupt annotation file holds, estimated without parsing it: the
 * Annotations view says "3 annotations unreadable" instead of silently showing none. Every
 * stored annotation has exactly one `"created"` key and tombstones have none, so counting
 * that key is a fair estimate even when the JSON around it is broken.
 */
import type { Problem } from '../types';

/** A document whose annotation file is corrupt, as `AnnotationStore.brokenFiles()` reports it. */
export interface BrokenAnnotationFile {
  readonly docPath: string;
  readonly problem: Problem;
  /** Annotations still shown read-only: the last ones read from the file while it was valid. */
  readonly kept: number;
  /** Rough number of annotations in the corrupt text (0 when none could be recognised). */
  readonly unreadable: number;
}

const CREATED_KEY = /"created"\s*:/g;

/** Rough number of annotations in the (possibly broken) text of an annotation file. */
export function countAnnotationsInText(text: string): number {
  return text.match(CREATED_KEY)?.length ?? 0;
}
