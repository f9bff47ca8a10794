/**
 * Word (.docx) → Markdown: mammoth turns the document into clean HTML (headings from the
 * paragraph styles, lists, tables, footnotes as an endnote list), which then takes the same
 * unified path as web pages, without main-content extraction.
 */
import * as mammoth from 'mammoth';
import type { ConvertResult } from '../types';
import { failure } from '../types';
import { htmlToMarkdown } from '../html/convert';
import { coreProperties } from './coreProperties';

/** The mammoth version written into front matter (kept in step with package.json). */
export const DOCX_CONVERTER_VERSION = '1.13.0';

/** Word's title styles, which mammoth leaves as plain paragraphs, read as headings. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='标题'] => h1:fresh"];

/** Convert a Word file's bytes. */
export async function convertDocx(bytes: Uint8Array, path: string): Promise<ConvertResult> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const legacy = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    return failure(path, legacy
      ? 'this is an old binary Word file (.doc), not .docx; save it as .docx in Word or LibreOffice and import again'
      : 'not a Word .docx file (it is not a zip package)');
  }
  let html: string;
  const problems: Array<{ path: string; severity: 'warning' | 'info'; message: string }> = [];
  try {
    // mammoth's Node build hands `buffer` straight to JSZip, which reads any Uint8Array.
    const result = await mammoth.convertToHtml({ buffer: bytes } as never, { styleMap: STYLE_MAP });
    html = result.value;
    const unknownStyles = result.messages.filter((m) => m.type === 'warning').length;
    if (unknownStyles > 0) problems.push({ path, severity: 'info', message: `${unknownStyles} Word styles had no Markdown equivalent and were read as plain paragraphs` });
  } catch (e) {
    return failure(path, `the Word file is damaged or not a .docx document (${(e as Error).message})`);
  }
  const meta = coreProperties(bytes);
  const md = await htmlToMarkdown(`<html><body>${html}</body></html>`, path, { extract: false });
  return { ok: true, markdown: md.markdown, converter: 'mammoth', converterVersion: DOCX_CONVERTER_VERSION, meta, problems: [...problems, ...md.problems] };
}
