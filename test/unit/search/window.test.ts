import * as assert from 'node:assert';
import { bestWindow } from '../../../src/core/search/window';
import { gramWidth } from '../../../src/core/search/tokenize';
import { WeightTable } from '../../../src/core/search/gramTable';
import { gramCode, queryGrams } from '../../../src/core/search/tokenize';

const weights = (q: string): WeightTable => new WeightTable(queryGrams(q));
const marks = (w: { label: string; highlights: [number, number][] }): string[] => w.highlights.map(([s, e]) => w.label.slice(s, e));

describe('passage windows', () => {
  it('returns a short passage whole, with the matched words marked', () => {
    const w = bestWindow('Chip export controls tightened again.', weights('export controls'));
    assert.strictEqual(w.label, 'Chip export controls tightened again.');
    assert.deepStrictEqual(marks(w), ['export controls']);
  });

  it('cuts a long passage around the match and says so with ellipses', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(12);
    const text = `${filler}the Bletchley Declaration was signed ${filler}`;
    const w = bestWindow(text, weights('Bletchly'));
    assert.ok(w.label.startsWith('…') && w.label.endsWith('…'));
    assert.ok(w.label.length <= 82, String(w.label.length));
    assert.deepStrictEqual(marks(w), ['Bletchley']);
    assert.strictEqual(text.slice(w.start, w.end), w.label.slice(1, -1));
    assert.strictEqual(text.slice(w.focus[0], w.focus[1]), 'Bletchley');
  });

  it('narrows very long passages through their best slice', () => {
    const filler = '这是一段没有关键词的填充文字，'.repeat(200);
    const text = `${filler}联邦学习保护隐私${filler}`;
    const w = bestWindow(text, weights('联邦学习'));
    assert.ok(w.label.length <= 82);
    assert.deepStrictEqual(marks(w), ['联邦学习']);
    assert.strictEqual(text.slice(w.focus[0], w.focus[1]), '联邦学习');
  });

  it('maps marks back to the original full-width text', () => {
    const text = '发布了悟道２．０模型';
    const w = bestWindow(text, weights('悟道2.0'));
    assert.ok(marks(w).some((m) => m.startsWith('悟道')));
    assert.ok(marks(w).join('').includes('２'));
  });

  it('centres on an anchor when one is given', () => {
    const text = `${'x '.repeat(100)}WuDao${' y'.repeat(100)}`;
    const at = text.indexOf('WuDao');
    const w = bestWindow(text, weights('unrelated'), 40, at);
    assert.ok(w.start <= at && at < w.end);
  });

  it('measures gram widths without padding', () => {
    assert.strictEqual(gramWidth(gramCode(0x20, 0x61, 0x62)), 2);
    assert.strictEqual(gramWidth(gramCode(0x61, 0x62, 0x63)), 3);
    assert.strictEqual(gramWidth(gramCode(0x4e00, 0x4e01)), 2);
    assert.strictEqual(gramWidth(0x4e00), 1);
  });
});
