/** Shared assertion: every passage's span really covers its text in the original document. */
import type { ParsedDocument } from '../../../src/core/types';

/** Source slice with markup removed, for comparing against a passage's stripped text. */
function plainSlice(doc: ParsedDocument, start: number, end: number): string {
  return doc.text
    .slice(start, end)
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?\/?>/g, '')
    .replace(/&[a-z#0-9]+;/gi, '')
    .replace(/[\s*_`~[\]\\#>|]/g, '');
}

/** Descriptions of passages and headings whose span does not contain their text's start. */
export function badSpans(doc: ParsedDocument): string[] {
  const bad: string[] = [];
  for (const p of doc.passages) {
    const head = p.text.replace(/&[a-z#0-9]+;/gi, '').replace(/[\s*_`~[\]\\#>|&<"']/g, '').slice(0, 4);
    if (p.span.start < 0 || p.span.end > doc.text.length || p.span.start > p.span.end) bad.push(`passage ${p.index}: span out of range`);
    else if (!plainSlice(doc, p.span.start, p.span.end).includes(head)) bad.push(`passage ${p.index} ${JSON.stringify(p.text.slice(0, 20))} vs ${JSON.stringify(doc.text.slice(p.span.start, p.span.start + 30))}`);
  }
  doc.headings.forEach((h, i) => {
    const head = h.text.replace(/[\s*_`~[\]\\]/g, '').slice(0, 4);
    if (!plainSlice(doc, h.span.start, h.span.end).includes(head)) bad.push(`heading ${i} ${JSON.stringify(h.text)}`);
    if (h.sectionSpan.start > h.span.start || h.sectionSpan.end < h.span.end) bad.push(`heading ${i}: section does not contain the heading`);
  });
  return bad;
}
