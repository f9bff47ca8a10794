/** `policy-lens link` and the links in `annotations --json` / `--check`. */
import * as assert from 'node:assert';
import * as link from '../../../src/cli/commands/link';
import * as list from '../../../src/cli/commands/annotations';
import * as annotate from '../../../src/cli/commands/annotate';
import { MemoryFiles } from '../support/memoryFiles';
import { CHINESE, ENGLISH } from './helpers';

function capture(): { out: (s: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { out: (s) => lines.push(s), lines };
}

const lineOf = (text: string, quote: string, n = 0): number => {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(quote, at + 1);
  return text.slice(0, at).split('\n').length;
};

describe('annotations/link CLI', () => {
  it('links by quotes; annotations --json lists each link with target path, line and status that follow edits', async () => {
    const files = new MemoryFiles({ 'e.txt': ENGLISH, 'c.txt': CHINESE });
    const c = capture();
    assert.strictEqual(await link.runWith(files, ['e.txt', '--quote', 'compute thresholds', '--to', 'c.txt', '--to-quote', '专家认为', '--to-occurrence', '2', '--relation', 'supports'], c.out), 0);
    const id = c.lines[0];
    // A second link on the same passage goes to the same annotation.
    assert.strictEqual(await link.runWith(files, ['e.txt', '--quote', 'compute thresholds', '--to', 'c.txt', '--to-quote', '数据跨境流动', '--relation', 'elaborates'], c.out), 0);
    assert.strictEqual(c.lines[1], id);
    const edited = '新增一行。\n另一行。\n' + CHINESE;
    files.set('c.txt', edited);
    const j = capture();
    assert.strictEqual(await list.runWith(files, ['--json', '--check'], j.out), 0);
    const rows = JSON.parse(j.lines.join('\n')).annotations;
    assert.strictEqual(rows.length, 1);
    assert.deepStrictEqual(rows[0].links.map((l: { target: unknown }) => l.target), [
      { path: 'c.txt', line: lineOf(edited, '专家认为', 1), status: 'moved' },
      { path: 'c.txt', line: lineOf(edited, '数据跨境流动'), status: 'moved' },
    ]);
    // The linked passage is deleted: the link is orphaned and --check fails on it.
    files.set('c.txt', edited.replace('会议还讨论了数据跨境流动的规则，以及国际合作的具体路径。', ''));
    const bad = capture();
    assert.strictEqual(await list.runWith(files, ['--check'], bad.out), 1);
    assert.ok(bad.lines.some((l) => /elaborates → c\.txt:\?\torphaned/.test(l)), bad.lines.join('\n'));
    // The other target lost the line before it: its context was edited, so it is changed.
    assert.ok(bad.lines.some((l) => /supports → c\.txt:\d+\tchanged/.test(l)), bad.lines.join('\n'));
    assert.ok(bad.lines.some((l) => /2 changed or orphaned link/.test(l)), bad.lines.join('\n'));
  });

  it('refuses unknown relations, missing quotes and ambiguous occurrences with a clear message', async () => {
    const files = new MemoryFiles({ 'e.txt': ENGLISH, 'c.txt': CHINESE });
    const c = capture();
    await assert.rejects(link.runWith(files, ['e.txt', '--quote', 'Geneva', '--to', 'c.txt', '--to-quote', '算力', '--relation', 'likes'], c.out), /--relation must be one of/);
    await assert.rejects(link.runWith(files, ['e.txt', '--quote', 'Geneva', '--to', 'c.txt', '--to-quote', '专家认为', '--relation', 'cites'], c.out), /occurs 2 times; pass --to-occurrence 1\.\.2/);
    await assert.rejects(link.runWith(files, ['e.txt', '--quote', 'Geneva', '--to', 'c.txt', '--to-quote', 'absent', '--relation', 'cites'], c.out), /quote not found/);
    assert.strictEqual(await link.runWith(files, ['e.txt', '--quote', 'Geneva'], c.out), 2);
    assert.strictEqual(await annotate.runWith(files, ['e.txt', '--quote', 'Geneva', '--tag', 'x'], c.out), 0);
  });
});
