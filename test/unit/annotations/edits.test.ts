import * as assert from 'node:assert';
import { applyEdits, applyEditsToText } from '../../../src/core/annotations/edits';

const span = { start: 10, end: 20 };

describe('annotations/edits applyEdits', () => {
  it('shifts the range for edits before it', () => {
    assert.deepStrictEqual(applyEdits(span, [{ start: 0, end: 2, text: 'abcde' }]), { start: 13, end: 23 });
    assert.deepStrictEqual(applyEdits(span, [{ start: 10, end: 10, text: 'xy' }]), { start: 12, end: 22 });
  });

  it('ignores edits after it, including typing at its end', () => {
    assert.deepStrictEqual(applyEdits(span, [{ start: 20, end: 20, text: 'tail' }]), span);
    assert.deepStrictEqual(applyEdits(span, [{ start: 25, end: 30, text: '' }]), span);
  });

  it('grows and shrinks with edits inside', () => {
    assert.deepStrictEqual(applyEdits(span, [{ start: 12, end: 14, text: '12345' }]), { start: 10, end: 23 });
    assert.deepStrictEqual(applyEdits(span, [{ start: 12, end: 18, text: '' }]), { start: 10, end: 14 });
  });

  it('trims at an edge crossed by an edit', () => {
    assert.deepStrictEqual(applyEdits(span, [{ start: 5, end: 15, text: 'ab' }]), { start: 7, end: 12 });
    assert.deepStrictEqual(applyEdits(span, [{ start: 15, end: 25, text: 'ab' }]), { start: 10, end: 15 });
  });

  it('collapses when the whole range is deleted', () => {
    assert.deepStrictEqual(applyEdits(span, [{ start: 8, end: 22, text: 'new' }]), { start: 8, end: 8 });
  });

  it('applies several changes of one event against the old text', () => {
    const text = '0123456789abcdefghijKLMNOPQRST';
    const changes = [{ start: 25, end: 26, text: '' }, { start: 2, end: 3, text: 'two' }, { start: 15, end: 15, text: '+' }];
    const out = applyEditsToText(text, changes);
    const moved = applyEdits(span, changes);
    assert.strictEqual(out, '01two3456789abcde+fghijKLMNOQRST');
    assert.strictEqual(out.slice(moved.start, moved.end), 'abcde+fghij');
  });
});
