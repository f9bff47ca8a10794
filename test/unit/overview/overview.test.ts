/**
 * The overview's data and the tables its charts draw: documents with their facets, network
 * edges from annotation links and shared entities, heat-map matrices and filters, and CSV
 * that cannot smuggle a formula into a spreadsheet.
 */
import * as assert from 'node:assert';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import type { Annotation } from '../../../src/core/annotations/types';
import { buildOverview } from '../../../src/core/overview/data';
import { dateValue, escapeHtml, networkOption, timelineOption } from '../../../src/webview/overview/charts';
import { cooccurrenceMatrix, filterDocuments, inDegree, institutionMatrix, matrixCsv, toCsv } from '../../../src/webview/overview/filters';
import { MemoryFiles } from '../support/memoryFiles';
import { testKnowledge } from '../corpus/testKnowledge';

const FILES = {
  'a/lab-2021.md': '---\ndate: 2021-05-02\n---\n# Lab notes\n\nThe NLMP reviewed oversight with Ada Park. Ada Park and the NLMP met.\n\nHarbor AI Institute was not there.\n',
  'b/harbor-2023.txt': '海港研究院发布报告 2023年3月1日\n\n海港研究院认为朴艾达的研究值得关注。\n',
  'c/undated.md': '# A note\n\nAda Park spoke about the Harbor AI Institute and the NLMP.\n',
};

function annotation(id: string, source: string, tags: string[], linkTo?: string, status: Annotation['status'] = 'anchored'): Annotation {
  return {
    id, tags, links: linkTo ? [{ target: { path: linkTo, start: 0, end: 3, quote: 'abc' }, relation: 'supports' } as never] : [],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } as never,
    created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', status,
  };
}

async function data() {
  const model = await CorpusModel.load(new MemoryFiles(FILES), testKnowledge(), corpusOptions());
  const annotations = [
    annotation('1', 'a/lab-2021.md', ['policy/oversight'], 'b/harbor-2023.txt'),
    annotation('2', 'a/lab-2021.md', ['policy/oversight', 'people']),
    annotation('3', 'c/undated.md', ['people'], 'b/harbor-2023.txt'),
    annotation('4', 'c/undated.md', ['lost'], undefined, 'orphaned'),
    annotation('5', 'c/undated.md', ['gone'], 'a/lab-2021.md', 'orphaned'),
  ];
  return buildOverview({ documents: model.documents(), annotations, entityName: (id) => `name:${id}` });
}

describe('overview data', () => {
  it('lists every document with date, year, language and first institution', async () => {
    const d = await data();
    assert.deepStrictEqual(d.documents.map((x) => x.path), ['a/lab-2021.md', 'b/harbor-2023.txt', 'c/undated.md']);
    const [lab, harbor, undated] = d.documents;
    assert.strictEqual(lab.year, 2021);
    assert.strictEqual(undated.year, undefined);
    assert.strictEqual(harbor.language, 'zh');
    assert.strictEqual(d.institutions[lab.institution].id, 'north-lab');
    assert.deepStrictEqual(lab.tags.map(([t, n]) => [d.tags[t], n]).sort(), [['people', 1], ['policy/oversight', 2]]);
    assert.ok(!d.tags.includes('lost') && !d.tags.includes('gone'), 'orphaned annotations are not counted');
    const ada = d.entities.findIndex((e) => e.id === 'ada-park');
    assert.strictEqual(d.entities[ada].name, 'name:ada-park');
    assert.deepStrictEqual(lab.entities.find(([e]) => e === ada), [ada, 2]);
  });

  it('joins documents by annotation links and by shared entities, and counts pairs per passage', async () => {
    const d = await data();
    const links = d.edges.filter((e) => e.kind === 'link').map((e) => [d.documents[e.from].path, d.documents[e.to].path]);
    assert.deepStrictEqual(links.sort(), [['a/lab-2021.md', 'b/harbor-2023.txt'], ['c/undated.md', 'b/harbor-2023.txt']]);
    assert.ok(d.edges.some((e) => e.kind === 'entity'), 'documents sharing an entity are joined');
    const deg = inDegree(d, new Set([0, 1, 2]));
    assert.strictEqual(deg.get(1), 2, 'the linked-to document is the most cited');
    const ada = d.entities.findIndex((e) => e.id === 'ada-park');
    const lab = d.entities.findIndex((e) => e.id === 'north-lab');
    const pair = d.cooccurrence.find(([a, b]) => (a === ada && b === lab) || (a === lab && b === ada));
    assert.ok(pair && pair[2] >= 2, `Ada Park and the NLMP share passages in two documents: ${JSON.stringify(pair)}`);
  });

  it('filters by facet, tag and year range, and builds matrices from what is left', async () => {
    const d = await data();
    assert.deepStrictEqual(filterDocuments(d, {}), [0, 1, 2]);
    assert.deepStrictEqual(filterDocuments(d, { language: 'zh' }), [1]);
    assert.deepStrictEqual(filterDocuments(d, { tag: d.tags.indexOf('people') }), [0, 2]);
    assert.deepStrictEqual(filterDocuments(d, { fromYear: 2022, toYear: 2030 }), [1], 'undated documents drop out of a year range');
    const m = institutionMatrix(d, [0, 2], 'tags', '?');
    const row = m.rows.indexOf('name:north-lab') >= 0 ? m.rows.indexOf('name:north-lab') : 0;
    assert.ok(m.cols.includes('policy/oversight'));
    assert.ok(m.cells.some(([r, c, n]) => r === row && m.cols[c] === 'policy/oversight' && n === 2));
    const co = cooccurrenceMatrix(d, [0]);
    assert.ok(co.cells.every(([r, c]) => r !== c), 'no entity co-occurs with itself');
    assert.strictEqual(co.rows.length, co.cols.length);
  });

  it('draws a timeline only of dated documents and a network of joined ones', async () => {
    const d = await data();
    const theme = { foreground: '#000', muted: '#777', background: '#fff', border: '#ccc', palette: ['#00f'], heat: ['#fff', '#00f'] as [string, string], highContrast: false };
    const labels = { unknown: '?', citation: 'c', link: 'l', sharedEntity: 's', citedTimes: '{0}', summary: '', all: '' };
    const tl = timelineOption(d, [0, 1, 2], 'institution', labels, theme);
    assert.strictEqual(tl.dated, 2);
    const net = networkOption(d, [0, 1, 2], labels, theme);
    assert.strictEqual(net.nodes, 3);
    assert.strictEqual(net.edges, d.edges.length);
    assert.strictEqual(dateValue('2021'), Date.UTC(2021, 6, 1));
    assert.strictEqual(dateValue('2021-05'), Date.UTC(2021, 4, 15));
    assert.strictEqual(dateValue('nonsense'), undefined);
  });

  it('escapes workspace text in tooltips and neutralises formulas in CSV', () => {
    assert.strictEqual(escapeHtml('<img src=x onerror="a()">'), '&lt;img src=x onerror=&quot;a()&quot;&gt;');
    assert.strictEqual(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a', 'ok, "q"', 3]]), `"'=HYPERLINK(""x"")",'+1,'-2,'@a,"ok, ""q""",3\r\n`);
    assert.strictEqual(matrixCsv({ rows: ['r'], cols: ['a', 'b'], cells: [[0, 1, 5]] }, 'x'), 'x,a,b\r\nr,0,5\r\n');
  });
});
