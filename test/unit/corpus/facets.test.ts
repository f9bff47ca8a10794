import * as assert from 'node:assert';
import { groupDocuments, UNATTRIBUTED } from '../../../src/core/corpus/facets';
import type { CorpusDocument } from '../../../src/core/corpus/model';
import type { Attribution, DocumentMeta } from '../../../src/core/corpus/metadata';

function doc(path: string, m: Partial<DocumentMeta>): CorpusDocument {
  const meta = { title: path, language: 'en', institutions: [], themes: [], origins: {} as DocumentMeta['origins'], ...m } as DocumentMeta;
  return { path, meta } as unknown as CorpusDocument;
}
const inst = (id: string, name = id.toUpperCase()): Attribution => ({ id, name, source: 'inferred', provenance: 'test' });

describe('facets', () => {
  const docs = [
    doc('a', { institutions: [inst('x'), inst('y')], date: '2021-06-02', language: 'zh' }),
    doc('b', { institutions: [inst('x')], date: '2021', language: 'en' }),
    doc('c', { institutions: [], language: 'unknown', themes: [inst('gov')] }),
    doc('d', { institutions: [inst('z')], date: '2019-01-01', language: 'bilingual' }),
  ];

  it('by institution: sorted by count, a doc under each of its institutions, unattributed last', () => {
    const groups = groupDocuments(docs, 'institution');
    assert.deepStrictEqual(groups.map((g) => [g.key, g.label, g.documents.map((d) => d.path)]), [
      ['x', 'X', ['a', 'b']],
      ['y', 'Y', ['a']],
      ['z', 'Z', ['d']],
      [UNATTRIBUTED, 'Unattributed', ['c']],
    ]);
  });

  it('by year, language and theme', () => {
    assert.deepStrictEqual(groupDocuments(docs, 'year').map((g) => [g.key, g.documents.length]), [['2021', 2], ['2019', 1], ['', 1]]);
    assert.deepStrictEqual(groupDocuments(docs, 'language').map((g) => g.label), ['Bilingual', 'Chinese', 'English', 'Unattributed']);
    assert.deepStrictEqual(groupDocuments(docs, 'theme').map((g) => [g.key, g.documents.length]), [['gov', 1], ['', 3]]);
  });

  it('no documents, no groups', () => {
    assert.deepStrictEqual(groupDocuments([], 'theme'), []);
  });
});
