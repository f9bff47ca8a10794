/**
 * What every converter returns: Markdown (without front matter), the source's own metadata,
 * page count where the format has pages, and problems — or a failure that says what is wrong
 * with the file. Converters are pure: bytes in, text out.
 */
import type { Problem } from '../types';

/** The source's own description of itself. */
export interface SourceMeta {
  title?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) when the source gives one. */
  date?: string;
  /** When a browser or print driver made the PDF (not the document's own date). */
  printed?: string;
  site?: string;
  description?: string;
  language?: string;
  url?: string;
}

/** A file converted to Markdown. */
export interface Converted {
  readonly ok: true;
  readonly markdown: string;
  readonly converter: string;
  readonly converterVersion: string;
  readonly pages?: number;
  readonly meta: SourceMeta;
  readonly problems: Problem[];
}

/** A file that could not be converted, and why. */
export interface ConvertFailure {
  readonly ok: false;
  readonly problems: Problem[];
}

export type ConvertResult = Converted | ConvertFailure;

/** Shorthand for a failure with one error. */
export function failure(path: string, message: string): ConvertFailure {
  return { ok: false, problems: [{ path, severity: 'error', message }] };
}
