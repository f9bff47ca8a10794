/** Re-anchoring on the real shared corpus (read at run time, never copied). */
import * as assert from 'node:assert';
import { decodeBytes } from '../../../src/core/text/decode';
import { createTarget } from '../../../src/core/annotations/selectors';
import { reanchor } from '../../../src/core/annotations/reanchor';
import { prepareText } from '../../../src/core/annotations/anchorText';
import type { Annotation } from '../../../src/core/annotations/types';
import { describeWithSharedCorpus, listShared, readShared } from '../support/sharedCorpus';

describeWithSharedCorpus('annotations on the shared corpus', (dir) => {
  for (const rel of [...listShared(dir, 'seeds'), ...listShared(dir, 'realworld')]) {
    it(`${rel}: a preface and a deleted line move annotations without losing any`, () => {
      const decoded = decodeBytes(readShared(dir, rel));
      assert.ok(decoded.ok);
      const text = decoded.text;
      const anns: Annotation[] = [];
      for (let i = 1; i <= 40; i++) {
        const start = Math.floor((text.length * i) / 42);
        const end = Math.min(text.length, start + 12 + (i % 20));
        anns.push({ id: String(i), target: createTarget(rel, text, start, end), tags: [], links: [], created: '', modified: '', status: 'anchored' });
      }
      const cut = text.indexOf('\n', Math.floor(text.length / 2));
      const cutEnd = text.indexOf('\n', cut + 1);
      const edited = '编者按：此为测试前言。\nA preface written for this test.\n' + (cut > 0 && cutEnd > 0 ? text.slice(0, cut) + text.slice(cutEnd) : text);
      const doc = prepareText(edited);
      let placed = 0;
      for (const a of anns) {
        const r = reanchor(a, edited, doc);
        if (r.status === 'moved' || r.status === 'anchored') {
          assert.strictEqual(edited.slice(r.span!.start, r.span!.end), a.target.selector[0].exact);
          placed++;
        }
      }
      // Only quotes overlapping the one deleted line may fail to move.
      assert.ok(placed >= anns.length - 2, `${placed} of ${anns.length} moved`);
    });
  }
});
