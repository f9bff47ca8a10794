/**
 * The institution grouping nested by parents: ancestors appear even with no document of
 * their own, counts are distinct documents of a subtree, cycles and unknown parents do not
 * break the tree, and the built-in knowledge base nests real bodies the same way.
 */
import * as assert from 'node:assert';
import { buildCorpusTree, TreeGroup } from '../../../src/core/corpus/corpusTree';
import { buildDocument } from '../../../src/core/corpus/document';
import { ancestorsOf } from '../../../src/core/corpus/institutionTree';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { define } from '../../../src/core/knowledge/builtin/define';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';

const kb = new KnowledgeBase([
  define('republic', 'institution', { en: 'Republic of Examplia' }, [], 'A state.'),
  define('exec-office', 'institution', { en: 'Examplia Executive Office' }, [], 'Its executive.', { parent: 'republic' }),
  define('science-office', 'institution', { en: 'Examplia Science Office' }, [], 'A science office.', { parent: 'exec-office' }),
  define('budget-office', 'institution', { en: 'Examplia Budget Office' }, [], 'A budget office.', { parent: 'exec-office' }),
  define('north-univ', 'institution', { en: 'Northfield University' }, [], 'A university.'),
  define('north-lab', 'institution', { en: 'Northfield Policy Lab' }, [], 'A lab.', { parent: 'north-univ' }),
  define('loop-a', 'institution', { en: 'Loop A' }, [], 'Cycle.', { parent: 'loop-b' }),
  define('loop-b', 'institution', { en: 'Loop B' }, [], 'Cycle.', { parent: 'loop-a' }),
  define('orphan', 'institution', { en: 'Orphan Agency' }, [], 'Parent unknown.', { parent: 'no-such-body' }),
]);
const doc = (path: string, ...institutions: string[]) =>
  buildDocument(path, `---\ninstitution: [${institutions.join(', ')}]\n---\n\nBody text.\n`, 'utf-8', kb, undefined, '.policylens/catalog.yaml');

/** [key, count, direct documents, children] for comparing shapes. */
function shape(groups: readonly TreeGroup[]): unknown[] {
  return groups.map((g) => [g.key, g.count, g.documents.map((d) => d.path), ...(g.children?.length ? [shape(g.children)] : [])]);
}

describe('corpus tree: institutions nested by parent', () => {
  it('nests a document three levels deep, showing ancestors without documents of their own', () => {
    const groups = buildCorpusTree([doc('a.md', 'Examplia Science Office')], [], 'institution', kb);
    assert.deepStrictEqual(shape(groups), [['republic', 1, [], [['exec-office', 1, [], [['science-office', 1, ['a.md']]]]]]]);
  });

  it('counts distinct documents of a subtree, a document filed under parent and child once', () => {
    const docs = [
      doc('a.md', 'Examplia Science Office'), doc('b.md', 'Examplia Budget Office'),
      doc('c.md', 'Examplia Executive Office', 'Examplia Budget Office'), doc('d.md', 'Northfield Policy Lab'), doc('e.md'),
    ];
    const groups = buildCorpusTree(docs, [], 'institution', kb);
    assert.deepStrictEqual(shape(groups), [
      ['republic', 3, [], [['exec-office', 3, ['c.md'], [['budget-office', 2, ['b.md', 'c.md']], ['science-office', 1, ['a.md']]]]]],
      ['north-univ', 1, [], [['north-lab', 1, ['d.md']]]],
      ['', 1, ['e.md']],
    ]);
    const check = (g: TreeGroup): void => {
      for (const c of g.children ?? []) { assert.ok(g.count >= c.count, `${g.key} ≥ ${c.key}`); check(c); }
    };
    groups.forEach(check);
  });

  it('survives a cycle of parents and a parent the knowledge base does not know', () => {
    const groups = buildCorpusTree([doc('a.md', 'Loop A'), doc('b.md', 'Orphan Agency')], [], 'institution', kb);
    const keys = (gs: readonly TreeGroup[]): string[] => gs.flatMap((g) => [g.key, ...keys(g.children ?? [])]);
    assert.deepStrictEqual(keys(groups).sort(), ['loop-a', 'loop-b', 'orphan']);
    assert.deepStrictEqual(ancestorsOf('loop-a', kb), ['loop-b']);
    assert.deepStrictEqual(ancestorsOf('orphan', kb), []);
    const both = buildCorpusTree([doc('a.md', 'Loop A'), doc('b.md', 'Loop B')], [], 'institution', kb);
    assert.deepStrictEqual(keys(both).sort(), ['loop-a', 'loop-b'], 'a cycle of two filed groups keeps both');
  });

  it('stays flat without a knowledge base, and for other facets', () => {
    const docs = [doc('a.md', 'Examplia Science Office')];
    assert.deepStrictEqual(buildCorpusTree(docs, [], 'institution').map((g) => g.key), ['science-office']);
    assert.ok(buildCorpusTree(docs, [], 'year', kb).every((g) => !g.children));
  });

  it('the built-in knowledge base nests real bodies: United States › White House › OSTP, Tsinghua › AIR', () => {
    const real = new KnowledgeBase(BUILTIN_ENTITIES);
    assert.deepStrictEqual(ancestorsOf('ostp', real), ['white-house', 'us-government']);
    assert.deepStrictEqual(ancestorsOf('air-tsinghua', real), ['tsinghua-university']);
    assert.deepStrictEqual(ancestorsOf('tc260', real), ['sac-standards', 'samr', 'state-council']);
    assert.deepStrictEqual(ancestorsOf('iso-iec-sc42', real), ['iso-iec-jtc1', 'iso']);
  });
});
