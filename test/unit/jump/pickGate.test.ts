import * as assert from 'node:assert';
import { PickGate, type GatedPick } from '../../../src/vscode/jump/pickGate';

/** A fake pick: records what happened, hides when told, restores the editor on a timer. */
function fakePick(log: string[], name: string, restoreMs: number) {
  let resolve!: (v: string) => void;
  const result = new Promise<string>((r) => { resolve = r; });
  let closed!: (settled: Promise<unknown>) => void;
  const pick: GatedPick<string> = { reuse: (q) => log.push(`${name} reused with ${q}`), result };
  return {
    show: (c: (settled: Promise<unknown>) => void): GatedPick<string> => { closed = c; log.push(`${name} shown`); return pick; },
    escape: (): void => {
      log.push(`${name} hidden`);
      closed(new Promise((r) => setTimeout(() => { log.push(`${name} restored the editor`); r(undefined); }, restoreMs)));
      resolve('');
    },
  };
}

describe('Go to… pick gate', () => {
  it('a pick asked for while the previous one is closing opens only after the editor is put back', async () => {
    const gate = new PickGate<string>();
    const log: string[] = [];
    const first = fakePick(log, 'first', 30);
    void gate.run(undefined, first.show);
    await Promise.resolve();
    first.escape(); // Escape…
    const second = fakePick(log, 'second', 0);
    const shown = gate.run('query', second.show); // …and the shortcut at once
    await new Promise((r) => setTimeout(r, 60));
    assert.deepStrictEqual(log, ['first shown', 'first hidden', 'first restored the editor', 'second shown']);
    second.escape();
    await shown;
  });

  it('asking again while a pick is open reuses it with the new query', async () => {
    const gate = new PickGate<string>();
    const log: string[] = [];
    const first = fakePick(log, 'first', 0);
    const a = gate.run(undefined, first.show);
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(gate.isOpen);
    const b = gate.run('again', fakePick(log, 'other', 0).show);
    assert.deepStrictEqual(log, ['first shown', 'first reused with again']);
    first.escape();
    assert.strictEqual(await a, await b);
    assert.ok(!gate.isOpen);
  });
});

describe('Go to… pick gate: scripted calls and taken picks', () => {
  it('a call that must not reuse gets its own pick even while one is open', async () => {
    const gate = new PickGate<string>();
    const log: string[] = [];
    const first = fakePick(log, 'first', 0);
    void gate.run(undefined, first.show);
    await new Promise((r) => setTimeout(r, 0));
    const second = fakePick(log, 'second', 0);
    void gate.run('q', second.show, false);
    await new Promise((r) => setTimeout(r, 0));
    assert.deepStrictEqual(log, ['first shown', 'second shown']);
  });
});
