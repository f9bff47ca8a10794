/** Property tests: random edit sequences on bilingual text never lose or mis-anchor annotations. */
import * as assert from 'node:assert';
import fc from 'fast-check';
import type { Annotation } from '../../../src/core/annotations/types';
import { createTarget } from '../../../src/core/annotations/selectors';
import { reanchor, withAnchor } from '../../../src/core/annotations/reanchor';
import { prepareText } from '../../../src/core/annotations/anchorText';
import { applyEdits, applyEditsToText, type TextChange } from '../../../src/core/annotations/edits';
import { AnnotationStore } from '../../../src/core/annotations/service';
import { MemoryFiles } from '../support/memoryFiles';

const PIECES = ['治理', '算力', '模型', '安全', '开源', '。', '，', 'AI ', 'risk ', 'model ', 'export ', 'GPT-3 ', '２．０', ' ', '\n', 'Ａ', '𠀀'];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 5, maxLength: 120 }).map((p) => p.join(''));

/** A random edit of `text`, as fractions so it is valid for any length. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')),
});

function toChange(text: string, e: { at: number; len: number; insert: string }): TextChange {
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  return { start, end: Math.min(text.length, start + e.len), text: e.insert };
}

function spansOf(text: string, picks: { a: number; b: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { a, b } of picks) {
    const start = Math.floor(a * (text.length - 1));
    const end = Math.min(text.length, start + 1 + Math.floor(b * 20));
    out.push({ start, end });
  }
  return out;
}

const pickArb = fc.array(fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 6 });

function make(text: string, span: { start: number; end: number }, i: number): Annotation {
  return {
    id: `id${i}`, target: createTarget('doc.md', text, span.start, span.end), tags: [], links: [],
    created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', status: 'anchored',
  };
}

describe('annotations/reanchor properties', () => {
  it('after random edit sequences every annotation survives; anchored/moved cover exactly their quote', () => {
    fc.assert(fc.property(textArb, pickArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, picks, edits) => {
      let annotations = spansOf(text, picks).map((s, i) => make(text, s, i));
      let current = text;
      for (const e of edits) {
        current = applyEditsToText(current, [toChange(current, e)]);
        const doc = prepareText(current);
        const next = annotations.map((a) => {
          const r = reanchor(a, current, doc);
          if (r.status === 'anchored' || r.status === 'moved') {
            assert.strictEqual(current.slice(r.span!.start, r.span!.end), a.target.selector[0].exact);
          } else if (r.status === 'changed') {
            assert.ok(r.span!.start >= 0 && r.span!.end <= current.length && r.span!.start < r.span!.end);
          } else assert.strictEqual(r.span, undefined);
          return withAnchor(a, r, doc);
        });
        assert.deepStrictEqual(next.map((a) => a.id), annotations.map((a) => a.id));
        annotations = next;
      }
    }), { numRuns: 2000 });
  });

  it('a span no edit touched still covers its quote after applyEdits', () => {
    fc.assert(fc.property(textArb, pickArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, picks, edits) => {
      for (const span of spansOf(text, picks)) {
        const quote = text.slice(span.start, span.end);
        let current = text;
        let s = span;
        let touched = false;
        for (const e of edits) {
          const c = toChange(current, e);
          if (c.end > s.start && c.start < s.end) touched = true;
          if (c.start === c.end && c.start > s.start && c.start < s.end) touched = true;
          s = applyEdits(s, [c]);
          current = applyEditsToText(current, [c]);
          assert.ok(s.start >= 0 && s.start <= s.end && s.end <= current.length);
        }
        if (!touched) assert.strictEqual(current.slice(s.start, s.end), quote);
      }
    }), { numRuns: 2000 });
  });

  it('through the store, re-anchoring after random edits keeps every annotation on disk', async () => {
    await fc.assert(fc.asyncProperty(textArb, pickArb, fc.array(editArb, { minLength: 1, maxLength: 5 }), async (text, picks, edits) => {
      const files = new MemoryFiles();
      let n = 0;
      const store = new AnnotationStore(files, { newId: () => `id-${n++}` });
      for (const s of spansOf(text, picks)) await store.add('doc.md', text, s, { tags: ['t'] });
      let current = text;
      for (const e of edits) current = applyEditsToText(current, [toChange(current, e)]);
      await store.reanchorDocument('doc.md', current);
      const reread = new AnnotationStore(files);
      assert.strictEqual((await reread.load('doc.md')).length, n);
    }), { numRuns: 200 });
  });
});
