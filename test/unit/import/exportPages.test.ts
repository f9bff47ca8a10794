/** Pages of imported PDFs in the exports: a FragmentSelector (RFC 8118) in W3C, a CSV column. */
import * as assert from 'node:assert';
import { toCsv } from '../../../src/core/annotations/export/csv';
import { toW3c, PDF_FRAGMENT_SPEC, documentIri } from '../../../src/core/annotations/export/w3c';
import { importW3c } from '../../../src/core/annotations/export/importW3c';
import { pageFinder } from '../../../src/core/import/pageMap';
import { annotationOn } from '../annotations/helpers';

const DOC = 'imports/report.md';
const TEXT = '---\ntitle: R\n---\n\n<!-- page 1 -->\n\nIntroduction text here.\n\n<!-- page 2 -->\n\nThe measured outcome on page two.\n';
const PLAIN = 'notes.md';
const PLAIN_TEXT = 'No pages in this one at all.\n';

describe('import: pages in exports', () => {
  const a = annotationOn(DOC, TEXT, 'measured outcome', '0a1b2c3d-0000-4000-8000-00000000000a');
  const b = annotationOn(PLAIN, PLAIN_TEXT, 'pages in this', '0a1b2c3d-0000-4000-8000-00000000000b');
  const textOf = (p: string) => (p === DOC ? TEXT : p === PLAIN ? PLAIN_TEXT : undefined);

  it('W3C: a FragmentSelector page=N beside the text selectors, only for paged documents', () => {
    const items = (toW3c([a, b], { textOf }) as { first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> } }> } }).first.items;
    // Sources are document IRIs (the W3C model wants IRIs, not bare paths).
    const paged = items.find((i) => i.target.source === documentIri(DOC))!;
    assert.deepStrictEqual(paged.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);
    assert.deepStrictEqual(paged.target.selector[2], { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: 'page=2' });
    const plain = items.find((i) => i.target.source === documentIri(PLAIN))!;
    assert.ok(!plain.target.selector.some((s) => s.type === 'FragmentSelector'));
  });

  it('W3C import still reads an export with page selectors', () => {
    const json = JSON.stringify(toW3c([a], { textOf }));
    const back = importW3c(json, { textOf } as never);
    assert.strictEqual(back[0].target.selector[0].exact, 'measured outcome');
    assert.strictEqual(back[0].target.selector[1].start, a.target.selector[1].start);
  });

  it('CSV: a page column, empty for documents without pages', () => {
    const pageOf = (p: string, o: number) => (textOf(p) === undefined ? undefined : pageFinder(textOf(p)!)(o));
    const rows = toCsv([a, b], undefined, pageOf).replace(/^\ufeff/, '').trim().split('\r\n');
    assert.ok(rows[0].endsWith(',page'));
    assert.ok(rows.find((r) => r.includes(DOC))!.endsWith(',2'));
    assert.ok(rows.find((r) => r.includes(PLAIN))!.endsWith(','));
  });
});
