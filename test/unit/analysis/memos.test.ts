import { strict as assert } from 'node:assert';
import { memoSearchRows } from '../../../src/core/search/fromMemos';
import { documentOfMemo, memoPath } from '../../../src/core/annotations/memos';
import { parseCodebook } from '../../../src/core/annotations/codebook';

describe('memos', () => {
  it('a document memo lives at a path that maps back to its document', () => {
    assert.equal(memoPath('a/b 文件.md'), '.policylens/memos/a/b 文件.md.md');
    assert.equal(documentOfMemo(memoPath('a/b 文件.md')), 'a/b 文件.md');
    assert.equal(documentOfMemo('.policylens/annotations/x.json'), undefined);
  });
  it('the codebook reads a multi-line memo and the schema field is known', () => {
    const { codebook, problems } = parseCodebook('c', 'version: 1\ntags:\n  - id: risk\n    memo: |\n      First **para**.\n\n      Second.\n');
    assert.deepEqual(problems, []);
    assert.equal(codebook.tags[0].memo, 'First **para**.\n\nSecond.\n');
  });
  it('memos become Go to… rows that open the file they live in', () => {
    const rows = memoSearchRows([{ id: 'risk', memo: 'Use for **risk** tiers' }, { id: 'empty', memo: ' ' }], new Map([['eu/act.md', '# Why\nThis act matters']]));
    assert.deepEqual(rows.map((r) => [r.id, r.path, r.label]), [
      ['memo:code:risk', '.policylens/codebook.yaml', 'Memo · risk: Use for risk tiers'],
      ['memo:doc:eu/act.md', '.policylens/memos/eu/act.md.md', 'Memo · eu/act.md: Why This act matters'],
    ]);
  });
});
