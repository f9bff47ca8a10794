/**
 * The pdf.js runtime as one CommonJS file of its own (`dist/pdfjs.js`), loaded only when a PDF
 * is imported, so the extension bundle stays small and activation never pays for it.
 *
 * pdf.js normally parses in a Web Worker loaded from a separate file; in Node it falls back
 * to a "fake worker" in the same thread and takes the worker's message handler from
 * `globalThis.pdfjsWorker` when that is set, so no worker file has to be found at run time.
 * On load it also tries to polyfill canvas classes from an optional native package; text
 * extraction needs none of them, so the warnings it prints about that are silenced.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const log = console.log;
console.log = () => undefined;
let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
try {
  pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs');
} finally {
  console.log = log;
}

export const getDocument = pdfjs.getDocument;
export const version = pdfjs.version;
export const OPS = pdfjs.OPS;
