/**
 * Property test with known truth: bilingual texts built from a few repeated phrases (so every
 * quote has look-alikes in other surroundings), random edit sequences (phrase deleted or
 * inserted, one-character typo, range cut), and the true place of each annotation tracked
 * through the edits. After every step: no annotation is lost, and none is anchored or moved
 * onto a copy whose context differs from the stored one; when neither the quote nor its
 * context was touched it is found at its true place (or an indistinguishable copy).
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import type { Annotation } from '../../../src/core/annotations/types';
import type { Span } from '../../../src/core/types';
import { createTarget } from '../../../src/core/annotations/selectors';
import { reanchor, withAnchor } from '../../../src/core/annotations/reanchor';
import { prepareText } from '../../../src/core/annotations/anchorText';
import { applyEditsToText, type TextChange } from '../../../src/core/annotations/edits';

const PHRASES = ['开源模型的安全评测', '算力资源', '。', '，', 'export controls ', 'frontier model safety ', 'AI ', '数据跨境流动', '\n', ' ', 'incident reporting. ', '国际合作'];
const RUNS = 3000;

/** Texts as phrase lists, so annotations and edits can fall on phrase boundaries. */
const textArb = fc.array(fc.integer({ min: 0, max: PHRASES.length - 1 }), { minLength: 6, maxLength: 60 });

type Edit =
  | { kind: 'cut'; at: number; len: number }
  | { kind: 'insert'; at: number; phrase: number }
  | { kind: 'typo'; at: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), phrase: fc.integer({ min: 0, max: PHRASES.length - 1 }) }),
  fc.record({ kind: fc.constant('typo' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function toChange(text: string, e: Edit): TextChange {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  if (e.kind === 'cut') return { start: at, end: Math.min(text.length, at + e.len), text: '' };
  if (e.kind === 'insert') return { start: at, end: at, text: PHRASES[e.phrase] };
  return { start: at, end: Math.min(text.length, at + 1), text: 'x' };
}

/** Where the truth went: the quote's span and its context's span, or undefined once touched. */
interface Truth {
  quote?: Span;
  context?: Span;
}

function follow(s: Span | undefined, c: TextChange): Span | undefined {
  if (!s) return undefined;
  if (c.end > s.start && c.start < s.end) return undefined; // overlapped
  if (c.start === c.end && c.start > s.start && c.start < s.end) return undefined; // typed inside
  if (c.end <= s.start) {
    const d = c.text.length - (c.end - c.start);
    return { start: s.start + d, end: s.end + d };
  }
  return s;
}

function contextHolds(text: string, a: Annotation, span: Span): boolean {
  const [q] = a.target.selector;
  return text.slice(span.start - q.prefix.length, span.start) === q.prefix && text.slice(span.end, span.end + q.suffix.length) === q.suffix &&
    span.start >= q.prefix.length;
}

describe('annotations/look-alike property', () => {
  it(`${RUNS} random edit sequences: 0 lost, 0 anchored/moved onto a copy whose context differs`, () => {
    const stats = { sequences: 0, steps: 0, anchored: 0, moved: 0, changed: 0, orphaned: 0, truthIntact: 0 };
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (ids, picks, edits) => {
      stats.sequences++;
      const text = ids.map((i) => PHRASES[i]).join('');
      // Annotate whole phrases (the repeated units), so look-alikes abound.
      const units: Span[] = [];
      for (let i = 0, at = 0; i < ids.length; at += PHRASES[ids[i]].length, i++) if (PHRASES[ids[i]].trim().length > 1) units.push({ start: at, end: at + PHRASES[ids[i]].length });
      if (!units.length) return;
      const annotations: Annotation[] = [];
      const truths: Truth[] = [];
      picks.forEach((p, n) => {
        const span = units[p % units.length];
        const target = createTarget('doc.md', text, span.start, span.end);
        const [q] = target.selector;
        annotations.push({ id: `a${n}`, target, tags: [], links: [], created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', status: 'anchored' });
        truths.push({ quote: span, context: { start: span.start - q.prefix.length, end: span.end + q.suffix.length } });
      });
      let current = text;
      let list = annotations;
      for (const e of edits) {
        const c = toChange(current, e);
        current = applyEditsToText(current, [c]);
        for (const t of truths) {
          t.quote = follow(t.quote, c);
          t.context = follow(t.context, c);
        }
        const doc = prepareText(current);
        stats.steps++;
        list = list.map((a, i) => {
          const r = reanchor(a, current, doc);
          stats[r.status]++;
          const t = truths[i];
          if (t.quote && t.context) stats.truthIntact++;
          if (r.status === 'anchored' || r.status === 'moved') {
            assert.strictEqual(current.slice(r.span!.start, r.span!.end), a.target.selector[0].exact);
            const onTruth = !!t.quote && r.span!.start === t.quote.start;
            assert.ok(onTruth || contextHolds(current, a, r.span!), `${a.id} ${r.status} onto a copy whose context differs: ${JSON.stringify({ text, current, got: r.span, truth: t.quote })}`);
          } else if (t.quote && t.context) {
            assert.fail(`${a.id}: quote and context untouched, yet ${r.status}: ${JSON.stringify({ text, current, truth: t.quote })}`);
          }
          if (r.span) assert.ok(r.span.start >= 0 && r.span.start < r.span.end && r.span.end <= current.length);
          return withAnchor(a, r, doc);
        });
        assert.deepStrictEqual(list.map((a) => a.id), annotations.map((a) => a.id), 'no annotation is lost');
      }
    }), { numRuns: RUNS });
    console.log(`      ${stats.sequences} sequences, ${stats.steps} edit steps: anchored ${stats.anchored}, moved ${stats.moved}, changed ${stats.changed}, orphaned ${stats.orphaned}; lost 0`);
  });
});

