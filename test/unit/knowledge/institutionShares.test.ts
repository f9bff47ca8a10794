import * as assert from 'node:assert';
import { primaryInstitutionShares } from '../../../src/core/knowledge/institutionShares';

describe('primary institution shares', () => {
  const owners: Record<string, { id: string; name: string }[]> = {
    'a.md': [{ id: 'tsinghua', name: 'Tsinghua University' }, { id: 'i-aiig', name: 'I-AIIG' }],
    'b.md': [{ id: 'i-aiig', name: 'I-AIIG' }],
    'c.md': [],
    'd.md': [{ id: 'tsinghua', name: 'Tsinghua University' }],
  };
  const docs = [{ path: 'a.md', mentions: 3 }, { path: 'b.md', mentions: 2 }, { path: 'c.md', mentions: 1 }, { path: 'd.md', mentions: 1 }];

  it('adds up to the totals even when a document names two institutions', () => {
    const shares = primaryInstitutionShares(docs, (p) => owners[p]);
    assert.strictEqual(shares.reduce((n, s) => n + s.mentions, 0), 7);
    assert.strictEqual(shares.reduce((n, s) => n + s.documents, 0), 4);
  });

  it('files each document under its first institution, unattributed last', () => {
    const shares = primaryInstitutionShares(docs, (p) => owners[p]);
    assert.deepStrictEqual(shares.map((s) => [s.id, s.mentions, s.documents]), [['tsinghua', 4, 2], ['i-aiig', 2, 1], ['', 1, 1]]);
    assert.strictEqual(shares[0].name, 'Tsinghua University');
  });

  it('treats an unknown document as unattributed', () => {
    assert.deepStrictEqual(primaryInstitutionShares([{ path: 'x.md', mentions: 2 }], () => undefined),
      [{ id: '', name: '', mentions: 2, documents: 1 }]);
  });
});
