/**
 * Shared value types of the core. Every offset is a UTF-16 code-unit index into the
 * document's decoded text (BOM removed, line endings untouched), which is exactly what
 * VS Code's `TextDocument.offsetAt` uses.
 */

/** Half-open `[start, end)` span of UTF-16 code units in a document's original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Zero-based line and UTF-16 character, as VS Code counts them. */
export interface LineCol {
  readonly line: number;
  readonly character: number;
}

/** Something wrong with user input, tied to a file and (when known) a place in it. */
export interface Problem {
  readonly path: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** Zero-based line, when the problem has a place. */
  readonly line?: number;
  readonly column?: number;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type SourceFormat = 'markdown' | 'plain';
export type Language = 'zh' | 'en' | 'bilingual' | 'unknown';

/** A heading, real (markdown `#`) or inferred from plain-text structure. */
export interface Heading {
  readonly text: string;
  /** 1 = top level. */
  readonly level: number;
  /** Span of the heading line's text (no markers). */
  readonly span: Span;
  /** Span from the heading to the start of the next heading of the same or higher level. */
  readonly sectionSpan: Span;
}

export type PassageKind = 'paragraph' | 'item' | 'heading' | 'quote' | 'table' | 'code';

/** The unit a researcher reads, searches, cites and annotates. */
export interface Passage {
  /** Index within its document. */
  readonly index: number;
  readonly kind: PassageKind;
  readonly span: Span;
  /** The original text of the span, with markup stripped where it was markdown/HTML. */
  readonly text: string;
  /** Index into `ParsedDocument.headings` of the enclosing heading, or -1. */
  readonly heading: number;
}

/** Output of parsing one file: structure with source spans, no metadata inference yet. */
export interface ParsedDocument {
  /** Workspace-relative POSIX path. */
  readonly path: string;
  readonly text: string;
  readonly encoding: Encoding;
  readonly format: SourceFormat;
  /** Parsed YAML front matter, when present and valid. */
  readonly frontMatter?: Readonly<Record<string, unknown>>;
  readonly headings: readonly Heading[];
  readonly passages: readonly Passage[];
  /** Span of a recognised table of contents, if any. */
  readonly toc?: Span;
  /** Title found in the text (front matter title, first H1, or first title-like line). */
  readonly title?: string;
  readonly problems: readonly Problem[];
}
