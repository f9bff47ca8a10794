/**
 * The small part of pdf.js that the PDF converter uses, typed here so that core depends on an
 * interface rather than on the library's module: the runtime is loaded by an adapter (see
 * `src/pdfjs/`) and handed in, and tests can hand in the same runtime bundled directly.
 */

/** One run of text as pdf.js reports it from a page's text layer. */
export interface PdfTextItem {
  readonly str: string;
  /** [a, b, c, d, e, f]: scale/rotation and the baseline origin (e, f) in PDF units. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly fontName: string;
  readonly hasEOL?: boolean;
}

/** A marked-content marker, which pdf.js mixes into text items; it carries no text. */
export interface PdfMarkedContent {
  readonly type: string;
}

/** One page as the converter needs it. */
export interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem | PdfMarkedContent> }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number> }>;
  cleanup(): unknown;
}

/** An opened document. */
export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  getMetadata(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}

/** The pdf.js entry points the converter calls. */
export interface PdfLib {
  readonly version: string;
  getDocument(src: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    password?: string;
  }): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

/** A text run placed on the page, in top-down coordinates (y grows downwards). */
export interface Run {
  readonly text: string;
  readonly x: number;
  /** Baseline, measured from the top of the page. */
  readonly y: number;
  readonly width: number;
  /** Font size in PDF units. */
  readonly size: number;
  readonly font: string;
}

/** One visual line of a page. */
export interface Line {
  readonly runs: Run[];
  readonly text: string;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  /** The font carrying most of the line's characters. */
  readonly font: string;
  /** Gaps wide enough to separate table cells: the line's text split at them. */
  readonly cells: string[];
}
