import * as assert from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../../src/core/text/lines';

/** Reference: split into lines exactly as VS Code does, the slow obvious way. */
function reference(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      out.push({ start, end: i });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

describe('LineIndex', () => {
  it('treats CRLF, CR and LF as one line break each', () => {
    const idx = new LineIndex('a\r\nbb\rccc\nd');
    assert.strictEqual(idx.lineCount, 4);
    assert.deepStrictEqual([0, 1, 2, 3].map((l) => idx.lineSpan(l)), [
      { start: 0, end: 1 }, { start: 3, end: 5 }, { start: 6, end: 9 }, { start: 10, end: 11 },
    ]);
  });

  it('counts the empty last line after a trailing break, and one line for empty text', () => {
    assert.strictEqual(new LineIndex('x\n').lineCount, 2);
    assert.strictEqual(new LineIndex('').lineCount, 1);
    assert.deepStrictEqual(new LineIndex('').positionAt(5), { line: 0, character: 0 });
  });

  it('clamps an offset inside CRLF to the end of the line, as VS Code does', () => {
    const idx = new LineIndex('ab\r\ncd');
    assert.deepStrictEqual(idx.positionAt(3), { line: 0, character: 2 });
    assert.deepStrictEqual(idx.positionAt(4), { line: 1, character: 0 });
  });

  it('clamps positions outside the document', () => {
    const idx = new LineIndex('one\ntwo');
    assert.strictEqual(idx.offsetAt({ line: 9, character: 0 }), 4);
    assert.strictEqual(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.strictEqual(idx.offsetAt({ line: -1, character: -1 }), 0);
    assert.deepStrictEqual(idx.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.positionAt(99), { line: 1, character: 3 });
  });

  it('counts UTF-16 code units (astral characters take two)', () => {
    const idx = new LineIndex('😀x\n中');
    assert.deepStrictEqual(idx.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(idx.positionAt(4), { line: 1, character: 0 });
  });

  it('agrees with a reference splitter on random mixed-EOL text', () => {
    const piece = fc.constantFrom('a', '中', ' ', '\r', '\n', '\r\n', '😀', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const idx = new LineIndex(text);
        const ref = reference(text);
        assert.strictEqual(idx.lineCount, ref.length);
        ref.forEach((span, line) => {
          assert.deepStrictEqual(idx.lineSpan(line), span);
          for (let ch = 0; ch <= span.end - span.start; ch++) {
            const off = idx.offsetAt({ line, character: ch });
            assert.strictEqual(off, span.start + ch);
            assert.deepStrictEqual(idx.positionAt(off), { line, character: ch });
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
