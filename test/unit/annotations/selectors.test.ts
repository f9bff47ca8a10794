import * as assert from 'node:assert';
import { createTarget, CONTEXT_LENGTH, InvalidRangeError } from '../../../src/core/annotations/selectors';
import { hashText } from '../../../src/core/annotations/ids';
import { BILINGUAL, CHINESE, ENGLISH } from './helpers';

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

describe('annotations/selectors createTarget', () => {
  it('records quote, position and text hash', () => {
    const at = ENGLISH.indexOf('compute thresholds');
    const t = createTarget('notes/a.md', ENGLISH, at, at + 18);
    assert.strictEqual(t.source, 'notes/a.md');
    assert.strictEqual(t.selector[0].exact, 'compute thresholds');
    assert.deepStrictEqual({ ...t.selector[1] }, { type: 'TextPositionSelector', start: at, end: at + 18 });
    assert.strictEqual(t.textHash, hashText(ENGLISH));
    assert.ok(ENGLISH.slice(0, at).endsWith(t.selector[0].prefix));
    assert.ok(ENGLISH.slice(at + 18).startsWith(t.selector[0].suffix));
  });

  it('uses shorter context for Chinese than for English', () => {
    const zhAt = BILINGUAL.indexOf('算力资源');
    const zh = createTarget('m.md', BILINGUAL, zhAt, zhAt + 4).selector[0];
    const enAt = BILINGUAL.indexOf('export controls');
    const en = createTarget('m.md', BILINGUAL, enAt, enAt + 15).selector[0];
    assert.strictEqual(zh.prefix.length, CONTEXT_LENGTH.zh.base);
    assert.strictEqual(en.prefix.length, CONTEXT_LENGTH.en.base);
    assert.ok(zh.suffix.length < en.suffix.length);
  });

  it('grows context until the quote with context is unique', () => {
    // The same sentence twice, differing only far away from the quote.
    const line = 'x'.repeat(40) + ' the shared clause about audits ' + 'y'.repeat(40);
    const text = `first: ${line}\nsecond: ${line}\n`;
    const at = text.indexOf('audits');
    const q = createTarget('d.txt', text, at, at + 6).selector[0];
    assert.ok(q.prefix.length > CONTEXT_LENGTH.en.base, `prefix ${q.prefix.length}`);
    assert.strictEqual(countOf(text, q.prefix + q.exact + q.suffix), 1);
  });

  it('stops at the cap when no context can make it unique', () => {
    const text = 'ab '.repeat(200);
    const q = createTarget('d.txt', text, 300, 302).selector[0];
    assert.strictEqual(q.prefix.length, CONTEXT_LENGTH.en.cap);
    assert.ok(countOf(text, q.prefix + q.exact + q.suffix) > 1);
  });

  it('never splits a surrogate pair in the context', () => {
    const text = '𠀀'.repeat(30) + '治理' + '𠀀'.repeat(30);
    const q = createTarget('d.txt', text, 60, 62).selector[0];
    assert.strictEqual(q.prefix.length % 2, 0);
    assert.strictEqual(q.suffix.length % 2, 0);
  });

  it('rejects empty or out-of-range spans with a typed error', () => {
    assert.throws(() => createTarget('d.txt', CHINESE, 5, 5), InvalidRangeError);
    assert.throws(() => createTarget('d.txt', CHINESE, 0, CHINESE.length + 1), InvalidRangeError);
  });
});
