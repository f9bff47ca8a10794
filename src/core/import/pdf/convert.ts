/**
 * PDF → Markdown with a `<!-- page N -->` marker at the start of every page. Pages are read
 * one at a time; running headers and footers are found across all pages, then each page is
 * laid out into headings, paragraphs, table rows and footnotes.
 */
import type { Problem } from '../../types';
import type { ConvertResult, SourceMeta } from '../types';
import { failure } from '../types';
import type { PdfLib } from './types';
import { openPdf, readPage, type PageRead } from './read';
import { marginLines } from './margins';
import { bodyStyle } from './layout';
import { blocksOf, headingSizesOf } from './blocks';
import { danglingHyphen, wordBook } from './join';
import { pageMarkdown } from './markdown';
import { infoText, isPrintout, pdfDate } from './pdfDate';
import { pageRanges } from './pageRanges';
import { resolveSoftSpaces, SOFT_SPACE } from './softSpaces';

/** pdf.js plus the operator codes that paint (to tell a scanned page from a blank one). */
export interface PdfRuntime extends PdfLib {
  readonly OPS?: Readonly<Record<string, number>>;
}

const PAINT = ['fill', 'eoFill', 'stroke', 'fillStroke', 'eoFillStroke', 'closeStroke', 'closeFillStroke', 'closeEOFillStroke',
  'paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintJpegXObject', 'shadingFill', 'constructPath'];

/** Convert a PDF's bytes. `path` names the source in problems. */
export async function convertPdf(bytes: Uint8Array, path: string, lib: PdfRuntime): Promise<ConvertResult> {
  const opened = await openPdf(lib, bytes);
  if ('error' in opened) return failure(path, opened.error);
  const { doc } = opened;
  try {
    const paintOps = new Set(PAINT.map((k) => lib.OPS?.[k]).filter((v): v is number => typeof v === 'number'));
    const pages: PageRead[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n, new Set()));
      } catch (e) {
        return failure(path, `page ${n} of the PDF cannot be read (${(e as Error).message})`);
      }
    }
    // In a document with text, a page without any may be a deliberately blank one: only those
    // few are checked for marks (a scan, outlined glyphs). A document without any text is
    // reported whole, without that costly check on every page.
    if (pages.some((p) => p.lines.length > 0)) {
      for (let n = 1; n <= pages.length; n++) if (pages[n - 1].lines.length === 0) pages[n - 1] = await readPage(doc, n, paintOps);
    }
    const info = ((await doc.getMetadata().catch(() => ({ info: undefined }))).info ?? {}) as Record<string, unknown>;
    return {
      ok: true,
      markdown: layOut(pages),
      converter: 'pdf.js',
      converterVersion: lib.version,
      pages: doc.numPages,
      meta: metaOf(info),
      problems: problemsOf(path, pages),
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function layOut(pages: readonly PageRead[]): string {
  const drops = marginLines(pages);
  const raw = pages.map((p, i) => p.lines.filter((_, j) => !drops[i].has(j)));
  const book = wordBook(raw.flat().map((l) => l.text));
  const kept = raw.map((lines) => lines.map((l) => (l.text.includes(SOFT_SPACE)
    ? { ...l, text: resolveSoftSpaces(l.text, book), cells: l.cells.map((c) => resolveSoftSpaces(c, book)) }
    : l)));
  const body = bodyStyle(kept);
  const headingSizes = headingSizesOf(kept.flat(), body);
  const out: string[] = [];
  let carry = '';
  kept.forEach((lines, i) => {
    const blocks = lines.length > 0 ? blocksOf(lines, body, headingSizes) : [];
    // A word hyphenated across a page break moves whole onto the next page.
    if (carry) {
      const first = blocks.find((b) => b.kind === 'paragraph');
      if (first && /^\p{Ll}/u.test(first.lines[0].text)) {
        const [line] = first.lines;
        first.lines[0] = { ...line, text: carry.slice(0, -1) + line.text };
        carry = '';
      } else out[out.length - 1] += carry;
      carry = '';
    }
    let md = pageMarkdown(i + 1, blocks, book);
    const lastBody = [...blocks].reverse().find((b) => b.kind !== 'footnote');
    if (lastBody?.kind === 'paragraph' && lastBody === blocks[blocks.length - 1] && i + 1 < kept.length) {
      const tail = danglingHyphen(md);
      if (tail) {
        carry = tail;
        md = md.slice(0, -tail.length).trimEnd();
      }
    }
    out.push(md);
  });
  if (carry) out[out.length - 1] += carry;
  return out.join('\n\n') + '\n';
}

function problemsOf(path: string, pages: readonly PageRead[]): Problem[] {
  const empty = pages.flatMap((p, i) => (p.noTextLayer ? [i + 1] : []));
  if (empty.length === 0) return [];
  const ranges = pageRanges(empty);
  const message = empty.length === 1
    ? `page ${ranges} has no text layer — OCR is not included`
    : `pages ${ranges} have no text layer — OCR is not included`;
  return [{ path, severity: 'warning', message }];
}

function metaOf(info: Record<string, unknown>): SourceMeta {
  const meta: SourceMeta = {};
  const title = infoText(info.Title);
  if (title && !/^(untitled|microsoft word - .*\.docx?)$/i.test(title)) meta.title = title.replace(/^microsoft word - /i, '');
  const author = infoText(info.Author);
  if (author) meta.author = author;
  // A browser's or print driver's PDF is dated when it was printed, not when it was issued.
  const date = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
  if (date && !isPrintout(info)) meta.date = date;
  else if (date) meta.printed = date;
  const subject = infoText(info.Subject);
  if (subject) meta.description = subject.length > 300 ? `${subject.slice(0, 297)}…` : subject;
  return meta;
}
