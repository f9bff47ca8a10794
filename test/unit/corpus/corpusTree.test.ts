import * as assert from 'node:assert';
import { buildCorpusTree, PROBLEMS_KEY, sectionTree, SectionNode } from '../../../src/core/corpus/corpusTree';
import { buildDocument } from '../../../src/core/corpus/document';
import { UNATTRIBUTED } from '../../../src/core/corpus/facets';
import type { Heading } from '../../../src/core/types';
import { testKnowledge } from './testKnowledge';

const kb = testKnowledge();
const build = (path: string, text: string) => buildDocument(path, text, 'utf-8', kb, undefined, '.policylens/catalog.yaml');

const lab = build('lab.md', '# Lab notes 2021\n\nThe NLMP reviewed oversight. The NLMP met twice; NLMP staff wrote memos in 2021-03-04.\n\n## Findings\n\ntext\n\n### Detail\n\nmore\n\n## Outlook\n\nend\n');
const harbor = build('harbor.txt', '海港研究院发布报告\n\n海港研究院认为模型参数值得研究。海港研究院还谈到模型。\n');
const loose = build('loose.md', 'Just a short note without anyone in it.\n');
const broken = build('broken.md', '---\ntitle: [unclosed\n---\n\nThe NLMP and the NLMP again and NLMP.\n');

function shape(nodes: readonly SectionNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.heading.text, shape(n.children)] : n.heading.text));
}

describe('corpus tree model', () => {
  it('groups by institution with Unattributed after the facets and Problems last', () => {
    const groups = buildCorpusTree([lab, harbor, loose, broken], [{ path: 'big.md', reason: 'too large' }], 'institution');
    assert.deepStrictEqual(groups.map((g) => [g.kind, g.key, g.count]), [
      ['facet', 'north-lab', 2],
      ['facet', 'harbor-ai', 1],
      ['unattributed', UNATTRIBUTED, 1],
      ['problems', PROBLEMS_KEY, 2],
    ]);
    const problems = groups.at(-1)!;
    assert.deepStrictEqual(problems.documents.map((d) => d.path), ['broken.md']);
    assert.deepStrictEqual(problems.skipped.map((s) => s.path), ['big.md']);
  });

  it('has no Problems group when nothing is wrong', () => {
    const groups = buildCorpusTree([lab, harbor], [], 'institution');
    assert.ok(groups.every((g) => g.kind === 'facet'));
  });

  it('lists years newest first with undated documents after them', () => {
    const groups = buildCorpusTree([harbor, lab, loose], [], 'year');
    assert.strictEqual(groups[0].key, '2021');
    assert.strictEqual(groups.at(-1)!.kind, 'unattributed');
  });

  it('sorts the documents of a year newest first, then by title', () => {
    const dated = (path: string, date: string, title: string) => build(path, `---\ntitle: ${title}\ndate: ${date}\n---\n\nText.\n`);
    const docs = [dated('a.md', '2021', 'Alpha'), dated('b.md', '2021-03-04', 'Beta'), dated('c.md', '2021-12-01', 'Gamma'), dated('d.md', '2021-03-04', 'Aardvark')];
    const [year] = buildCorpusTree(docs, [], 'year');
    assert.deepStrictEqual(year.documents.map((d) => d.path), ['c.md', 'd.md', 'b.md', 'a.md']);
  });

  it('counts every document once per group and keeps documents in the given order', () => {
    const groups = buildCorpusTree([lab, harbor, loose], [], 'language');
    const total = groups.reduce((n, g) => n + g.count, 0);
    assert.strictEqual(total, 3);
    assert.ok(groups.every((g) => g.count === g.documents.length));
  });

  it('nests a parsed document\'s headings by level', () => {
    assert.deepStrictEqual(shape(sectionTree(lab.parsed.headings)), [['Lab notes 2021', [['Findings', ['Detail']], 'Outlook']]]);
  });

  it('nests across skipped levels and keeps heading indexes', () => {
    const h = (text: string, level: number): Heading => ({ text, level, span: { start: 0, end: 0 }, sectionSpan: { start: 0, end: 0 } });
    const tree = sectionTree([h('A', 1), h('a1', 3), h('a2', 2), h('B', 1), h('b1', 4)]);
    assert.deepStrictEqual(shape(tree), [['A', ['a1', 'a2']], ['B', ['b1']]]);
    assert.deepStrictEqual(tree[1].children.map((c) => c.index), [4]);
    assert.deepStrictEqual(sectionTree([]), []);
  });
});
