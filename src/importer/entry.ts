/**
 * The converters as a bundle of their own (`dist/importer.js`): pdf.js, mammoth and the
 * rehype/remark chain weigh more than the rest of the extension together, so they are loaded
 * on the first import rather than at activation.
 */
import type { ConverterRuntime } from '../core/import/importFile';
import { convertPdf } from '../core/import/pdf/convert';
import { convertHtml } from '../core/import/html/convert';
import { convertDocx } from '../core/import/docx/convert';
import * as pdfjs from '../pdfjs/entry';

/** The converter runtime. */
export const runtime: ConverterRuntime = {
  async convert(kind, bytes, path) {
    if (kind === 'pdf') return convertPdf(bytes, path, pdfjs as never);
    if (kind === 'html') return convertHtml(bytes, path);
    return convertDocx(bytes, path);
  },
};

/** pdf.js itself, for the bench's baseline. */
export { pdfjs };
