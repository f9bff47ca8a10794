/**
 * On the real seed documents: wherever a paragraph occurs twice, annotate the later copy and
 * delete it. The annotation must become orphaned (or changed), never "moved" to the other
 * copy, and the other copy is offered as its candidate. Paragraphs are found at run time.
 */
import * as assert from 'node:assert';
import { reanchor } from '../../../src/core/annotations/reanchor';
import { decodeBytes } from '../../../src/core/text/decode';
import { describeWithSharedCorpus, listShared, readShared } from '../support/sharedCorpus';
import { annotationOn } from './helpers';

/** Lines of at least 40 characters that occur more than once in `text`. */
function repeatedParagraphs(text: string): string[] {
  const seen = new Map<string, number>();
  for (const line of text.split('\n')) if (line.trim().length >= 40) seen.set(line, (seen.get(line) ?? 0) + 1);
  return [...seen].filter(([, n]) => n === 2).map(([l]) => l);
}

describeWithSharedCorpus('annotations/look-alikes in the shared seeds', (dir) => {
  it('deleting an annotated repeated paragraph never moves the annotation to its twin', function () {
    let cases = 0;
    for (const rel of listShared(dir, 'seeds')) {
      const decoded = decodeBytes(readShared(dir, rel));
      if (!decoded.ok) continue;
      const text = decoded.text;
      for (const para of repeatedParagraphs(text)) {
        const second = text.lastIndexOf(para);
        const a = annotationOn(rel, text, para, 'twin', 1);
        const edited = text.slice(0, second) + text.slice(second + para.length);
        const r = reanchor(a, edited);
        assert.ok(r.status === 'orphaned' || r.status === 'changed', `${rel}: ${JSON.stringify(para.slice(0, 40))}… became ${r.status}`);
        if (r.status === 'orphaned') assert.deepStrictEqual(r.candidate, { start: edited.indexOf(para), end: edited.indexOf(para) + para.length }, rel);
        cases++;
      }
    }
    if (cases === 0) this.skip();
    console.log(`      ${cases} repeated paragraph(s) deleted: none moved to the twin`);
  });
});
