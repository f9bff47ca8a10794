import * as assert from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import type { Annotation } from '../../../src/core/annotations/types';
import { toCsv, csvField } from '../../../src/core/annotations/export/csv';
import { toQdpx } from '../../../src/core/annotations/export/qdpx';
import { toW3c, ANNO_CONTEXT } from '../../../src/core/annotations/export/w3c';
import { importW3c, W3cImportError } from '../../../src/core/annotations/export/importW3c';
import { CodePointIndex } from '../../../src/core/annotations/export/codePoints';
import { parseCodebook } from '../../../src/core/annotations/codebook';
import { annotationOn, bareLinkTarget, BILINGUAL, ENGLISH } from './helpers';

// Two characters outside the BMP before the quote make UTF-16 and code points differ by 2.
const RARE = '𠀀𠀁 开头。\n' + BILINGUAL;
const DOC = 'notes/m.md';

function sample(): Annotation[] {
  const a = { ...annotationOn(DOC, RARE, '算力资源的分配', '0a1b2c3d-0000-4000-8000-000000000001'), tags: ['governance/compute', 'equity'], note: 'Quote "fair", see p.2,\nline two', author: 'Lin' };
  const b = { ...annotationOn(DOC, RARE, 'export controls', '0a1b2c3d-0000-4000-8000-000000000002'), tags: [] as string[],
    links: [{ target: bareLinkTarget('other.md', 3, 9, 'chips'), relation: 'supports' as const }] };
  const c = { ...annotationOn('e.txt', ENGLISH, 'compute thresholds', '0a1b2c3d-0000-4000-8000-000000000003'), status: 'orphaned' as const };
  return [a, b, c];
}
const textOf = (p: string): string | undefined => (p === DOC ? RARE : p === 'e.txt' ? ENGLISH : undefined);

describe('annotations/export', () => {
  it('CodePointIndex converts both ways around astral characters', () => {
    const text = 'a𠀀b𠀁c';
    const idx = new CodePointIndex(text);
    assert.deepStrictEqual([0, 1, 3, 4, 6, 7].map((o) => idx.toCodePoint(o)), [0, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((c) => idx.toUtf16(c)), [0, 1, 3, 4, 6, 7]);
    assert.strictEqual([...text].slice(idx.toCodePoint(3), idx.toCodePoint(7)).join(''), 'b𠀁c');
  });

  it('CSV: BOM, header, one row per annotation and tag, RFC 4180 quoting', () => {
    const csv = toCsv(sample(), (_p, o) => o + 1000);
    assert.ok(csv.startsWith('\ufeffid,source,line,start,end,quote,tag,note'));
    const lines = csv.slice(1).split('\r\n');
    assert.strictEqual(lines.at(-1), '');
    assert.ok(lines[1].includes('governance/compute') && lines[2].includes(',equity,'));
    assert.ok(lines[1].includes('"Quote ""fair"", see p.2,\nline two"'));
    // header + two tag rows (a) + one untagged row (b) + one tag row (c).
    assert.strictEqual(csv.split('\r\n').length - 1, 1 + 2 + 1 + 1);
    assert.strictEqual(csvField('plain'), 'plain');
    assert.strictEqual(csvField('a,b'), '"a,b"');
  });

  it('CSV: cells that a spreadsheet would run as a formula are neutralised (OWASP)', () => {
    const base = annotationOn('e.txt', ENGLISH, 'compute thresholds', '0a1b2c3d-0000-4000-8000-000000000009');
    const hostile = { ...base, tags: ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'safe'], note: '=cmd|\' /C calc\'!A0', author: '@evil' };
    const rows = toCsv([hostile]).slice(1).split('\r\n').slice(1, -1);
    const expected = [`,"'=HYPERLINK(""http://x"",""y"")",`, ",'+1,", ",'-2,", ",'@SUM(A1),", ",'\tTab,", `,"'\rCR",`, ',safe,'];
    rows.forEach((r, i) => assert.ok(r.includes(expected[i]), `${JSON.stringify(r)} lacks ${JSON.stringify(expected[i])}`));
    assert.ok(rows[0].includes(`'=cmd|' /C calc'!A0`));
    assert.ok(rows[0].includes(",'@evil,"));
    assert.strictEqual(csvField('-3'), "'-3");
    assert.strictEqual(csvField('a-3'), 'a-3');
  });

  it('W3C: collection with context, bodies for note/tags/links, code point positions', () => {
    const json = toW3c(sample(), { textOf }) as any;
    assert.strictEqual(json['@context'][0], ANNO_CONTEXT);
    assert.strictEqual(json.type, 'AnnotationCollection');
    assert.strictEqual(json.total, 3);
    const a = json.first.items.find((x: any) => x.id.endsWith('0001'));
    assert.deepStrictEqual(a.body.map((b: any) => b.purpose), ['commenting', 'tagging', 'tagging']);
    assert.strictEqual(a.body[0].format, 'text/markdown');
    const pos = a.target.selector[1];
    assert.strictEqual([...RARE].slice(pos.start, pos.end).join(''), '算力资源的分配');
    assert.strictEqual(a.creator.name, 'Lin');
    const b = json.first.items.find((x: any) => x.id.endsWith('0002'));
    assert.strictEqual(b.motivation, 'linking');
    assert.deepStrictEqual([b.body[0].type, b.body[0].purpose, b.body[0]['policylens:relation']], ['SpecificResource', 'linking', 'supports']);
  });

  it('W3C: export → JSON text → import round-trips every field', () => {
    const original = sample();
    const text = JSON.stringify(toW3c(original, { textOf, baseUri: 'file:///work/corpus/' }));
    const back = importW3c(text, { textOf, baseUri: 'file:///work/corpus/' });
    const byId = (xs: Annotation[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
    assert.deepStrictEqual(byId(back), byId(original));
  });

  it('W3C import accepts a bare annotation and reports clear errors', () => {
    const one = importW3c({ '@context': ANNO_CONTEXT, type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'risk' },
      target: { source: 'a.md', selector: { type: 'TextQuoteSelector', exact: 'audit' } } }, { newId: () => 'new-id', now: () => new Date('2024-01-01T00:00:00Z') });
    assert.deepStrictEqual([one[0].id, one[0].tags, one[0].status, one[0].target.textHash], ['new-id', ['risk'], 'orphaned', '']);
    assert.throws(() => importW3c({ type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'a.md', selector: [] } }] }),
      (e: unknown) => e instanceof W3cImportError && e.where === 'items[0].target.selector');
    assert.throws(() => importW3c('{"type": "Annotation",\n  "target": }'), /line 2, column 13/);
    assert.throws(() => importW3c({ type: 'Thing' }), W3cImportError);
  });

  it('REFI-QDA: zip with project.qde, nested codes, code point positions, skipped orphans', () => {
    const { codebook } = parseCodebook('cb.yaml', 'version: 1\ntags:\n  - id: governance\n    label: Governance\n    color: "#112233"\n    description: Rules & <institutions>\n');
    const result = toQdpx({ annotations: sample(), textOf, codebook, now: new Date('2024-06-01T00:00:00Z') });
    assert.deepStrictEqual(result.skipped.map((s) => s.id), ['0a1b2c3d-0000-4000-8000-000000000003']);
    const files = unzipSync(result.zip);
    const xml = strFromU8(files['project.qde']);
    assert.strictEqual(xml, result.projectXml);
    assert.match(xml, /<Project name="Policy Lens export" origin="Policy Lens" creationDateTime="2024-06-01T00:00:00Z" xmlns="urn:QDA-XML:project:1.0">/);
    assert.match(xml, /<Code guid="[0-9A-F-]{36}" name="governance" isCodable="true" color="#112233">\n\s+<Description>Rules &amp; &lt;institutions&gt;<\/Description>\n\s+<Code guid="[0-9A-F-]{36}" name="compute" isCodable="true" color="#112233"\/>/);
    const src = /<TextSource guid="([0-9A-F-]+)" name="notes\/m.md" plainTextPath="internal:\/\/\1.txt"/.exec(xml);
    assert.ok(src, 'text source with internal path');
    const stored = strFromU8(files[`sources/${src![1]}.txt`]);
    assert.strictEqual(stored, RARE);
    const sel = /<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-000000000001" name="([^"]*)" startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    const [s, e] = [Number(sel[2]), Number(sel[3])];
    assert.strictEqual([...stored].slice(s, e).join(''), '算力资源的分配');
    assert.strictEqual(s, RARE.indexOf('算力资源的分配') - 2, 'two astral characters before the quote');
    assert.ok(xml.includes('<Description>Quote "fair", see p.2,\nline two</Description>'));
    const codeGuid = /<Code guid="([0-9A-F-]+)" name="equity"/.exec(xml)![1];
    assert.ok(xml.includes(`<CodeRef targetGUID="${codeGuid}"/>`));
    assert.deepStrictEqual(toQdpx({ annotations: sample(), textOf, codebook, now: new Date('2024-06-01T00:00:00Z') }).zip, result.zip, 'deterministic');
  });
});
