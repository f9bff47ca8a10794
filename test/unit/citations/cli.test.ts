/** `policy-lens cites` and `policy-lens refs` on an instrument, over the labelled fixture corpus. */
import * as assert from 'node:assert';
import { resolve } from 'node:path';
import { run as cites } from '../../../src/cli/commands/cites';
import { run as refs } from '../../../src/cli/commands/refs';

const DIR = resolve(process.cwd(), 'test/fixtures/citations/labelled');

async function capture(cmd: (args: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cmd(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('citations: CLI', () => {
  it('cites --json lists every citation with path, line, text and target', async () => {
    const r = await capture(cites, [DIR, '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const { citations } = JSON.parse(r.out) as { citations: Array<{ path: string; line: number; text: string; target: { path?: string; entity?: string; article?: string } }> };
    const revoke = citations.filter((c) => c.path === 'orders/eo-15002.md');
    assert.deepStrictEqual(revoke[0], { path: 'orders/eo-15002.md', line: 7, column: 21, text: 'Executive Order 15001', kind: 'executive-order', target: { path: 'orders/eo-15001.md' } });
    assert.ok(citations.some((c) => c.text === '《网络安全法》第二十一条' && c.target.path === 'laws/cyber-law.md' && c.target.article === '第二十一条'));
    // Unresolved citations are listed with an empty target, not dropped.
    assert.ok(citations.some((c) => c.text === 'NIST AI 100-1' && Object.keys(c.target).length === 0));
  });

  it('cites --unresolved lists instruments missing from the corpus with their forms', async () => {
    const r = await capture(cites, [DIR, '--unresolved', '--json']);
    const { unresolved } = JSON.parse(r.out) as { unresolved: Array<{ label: string; count: number; forms: Array<{ text: string }> }> };
    const dsl = unresolved.find((u) => u.label === '中华人民共和国数据安全法');
    assert.ok(dsl, JSON.stringify(unresolved.map((u) => u.label)));
    assert.deepStrictEqual(dsl.forms.map((f) => f.text).sort(), ['《中华人民共和国数据安全法》', '《数据安全法》（2021年修正）第二十一条'].sort());
  });

  it('refs on an instrument lists its citations, by title without 中华人民共和国 or by number', async () => {
    const byTitle = await capture(refs, [DIR, '网络安全法', '--json']);
    assert.strictEqual(byTitle.code, 0, byTitle.err);
    const rows = (JSON.parse(byTitle.out) as { citations: Array<{ path: string }> }).citations;
    assert.deepStrictEqual([...new Set(rows.map((c) => c.path))].sort(), ['laws/linjiang-data.md', 'notes/commentary.md', 'regs/genai-measures.md']);
    const byNumber = await capture(refs, [DIR, 'E.O. 15001']);
    assert.strictEqual(byNumber.code, 0, byNumber.err);
    assert.match(byNumber.out, /cited 3 times in 2 documents/);
    const none = await capture(refs, [DIR, 'Nothing Like This']);
    assert.strictEqual(none.code, 1);
  });
});
