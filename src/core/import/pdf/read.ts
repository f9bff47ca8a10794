/**
 * Opening a PDF with pdf.js and reading each page's text layer into lines. Failures become
 * messages a researcher can act on: not a PDF, damaged, needs a password.
 */
import type { Line, PdfDocumentLike, PdfLib } from './types';
import { linesOf, runsOf } from './lines';

/** One page's lines, or a note that it has no text. */
export interface PageRead {
  readonly height: number;
  readonly lines: Line[];
  /** True when the page has no text but paints something: a scan or outlined glyphs. */
  readonly noTextLayer: boolean;
}

/** Open `bytes` (copied: pdf.js takes ownership of the buffer it is given). */
export async function openPdf(lib: PdfLib, bytes: Uint8Array): Promise<{ doc: PdfDocumentLike } | { error: string }> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    const start = JSON.stringify(head.slice(0, 12).replace(/[^\x20-\x7e]/g, '.'));
    return { error: `not a PDF file (it starts with ${start}, not "%PDF-")` };
  }
  const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    return { doc: await task.promise };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name ?? '';
    const message = (e as Error).message ?? String(e);
    if (name === 'PasswordException') return { error: 'the PDF is encrypted and needs a password to open; remove the password and import again' };
    if (name === 'InvalidPDFException') return { error: `the PDF is damaged and cannot be read (${message})` };
    return { error: `the PDF cannot be read: ${message}` };
  }
}

/**
 * Read page `n` (1-based). A page without text is a scan (or outlined glyphs) when it paints
 * something; `paintOps` are the operator codes that put marks on a page, and an empty set
 * skips that check (the page then counts as having no text layer).
 */
export async function readPage(doc: PdfDocumentLike, n: number, paintOps: ReadonlySet<number>): Promise<PageRead> {
  const page = await doc.getPage(n);
  try {
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const lines = linesOf(runsOf(content.items, height));
    let noTextLayer = lines.length === 0;
    if (lines.length === 0 && paintOps.size > 0) {
      const ops = await page.getOperatorList();
      let marks = 0;
      for (let i = 0; i < ops.fnArray.length; i++) if (paintOps.has(ops.fnArray[i])) marks++;
      noTextLayer = marks >= 5;
    }
    return { height, lines, noTextLayer };
  } finally {
    page.cleanup();
  }
}
