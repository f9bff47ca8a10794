/**
 * The CLI on the demo corpus: `tree` shows an institute under its university with the chain
 * of parents in JSON, and `refs` of a series lists its members' mentions, marked as such.
 */
import * as assert from 'node:assert';
import { resolve } from 'node:path';
import { run as refs } from '../../../src/cli/commands/refs';
import { run as tree } from '../../../src/cli/commands/tree';

const DEMO = resolve(process.cwd(), 'demo-corpus');

async function capture(cmd: (args: string[], out: (s: string) => void) => Promise<number>, args: string[]): Promise<string> {
  const lines: string[] = [];
  assert.strictEqual(await cmd(args, (s) => lines.push(s)), 0);
  return lines.join('\n');
}

describe('cli: parents in tree, members in refs', function () {
  this.timeout(60_000);

  it('tree --json gives each nested institution its parents, nearest first', async () => {
    const json = JSON.parse(await capture(tree, [DEMO, '--by', 'institution', '--json']));
    const air = json.groups.find((g: { key: string }) => g.key === 'air-tsinghua');
    assert.ok(air, 'the demo corpus has a Tsinghua AIR group');
    assert.deepStrictEqual(air.parents, ['tsinghua-university']);
    const text = await capture(tree, [DEMO]);
    assert.match(text, /^Tsinghua University › Institute for AI Industry Research, Tsinghua University \[air-tsinghua\]/m);
  });

  it('refs of a series includes its members, each mention marked', async () => {
    const json = JSON.parse(await capture(refs, [DEMO, '悟道', '--json']));
    const own = json.mentions.filter((m: { member?: string }) => !m.member);
    const members = json.mentions.filter((m: { member?: string }) => m.member === 'wudao-2');
    assert.ok(own.length > 0 && members.length > 0, `own ${own.length}, members ${members.length}`);
    const text = await capture(refs, [DEMO, '悟道']);
    assert.match(text, new RegExp(`${members.length} of them naming its members`));
    assert.match(text, /\(member: WuDao 2\.0\)/);
    const single = JSON.parse(await capture(refs, [DEMO, '悟道2.0', '--json']));
    assert.ok(single.mentions.every((m: { member?: string }) => !m.member), 'a member has no members of its own');
  });
});
