import * as assert from 'node:assert';
import fc from 'fast-check';
import { codeSpan, longestBacktickRun } from '../../../src/core/text/markdownCode';

/** The content a CommonMark code span renders, per the spec's stripping rules. */
function renderSpan(span: string): string {
  const open = /^`+/.exec(span)![0].length;
  const close = /`+$/.exec(span)![0].length;
  assert.strictEqual(open, close, `unbalanced fences in ${span}`);
  let inner = span.slice(open, span.length - close);
  assert.ok(!new RegExp(`(^|[^\`])\`{${open}}([^\`]|$)`).test(inner), `a run as long as the fence ends ${span} early`);
  if (/^ [^]*[^ ][^]* $/.test(inner)) inner = inner.slice(1, -1);
  return inner;
}

describe('markdown code spans', () => {
  it('leaves markdown characters of a path alone (no backslash escapes)', () => {
    assert.strictEqual(codeSpan('baai/2021-privacy_computing[1].txt'), '`baai/2021-privacy_computing[1].txt`');
  });

  it('uses a fence longer than any backtick run in the text', () => {
    assert.strictEqual(longestBacktickRun('a``b`c'), 2);
    assert.strictEqual(codeSpan('a``b`c'), '```a``b`c```');
    assert.strictEqual(codeSpan('`x'), '`` `x ``');
    assert.strictEqual(codeSpan(' both '), '`  both  `');
  });

  it('renders back to the text for any input', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('`', ' ', 'a', '\\', '-', '\n'), minLength: 1 }), (text) => {
      const flat = text.replace(/\n/g, ' ');
      assert.strictEqual(renderSpan(codeSpan(text)), flat);
    }));
  });
});
