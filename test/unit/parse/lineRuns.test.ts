/** Runs of lines without blank lines: where one paragraph ends and the next begins. */
import * as assert from 'node:assert';
import { isNumberedItem, passageStarts } from '../../../src/core/parse/lineRuns';

describe('parse: passages inside a run of lines', () => {
  it('starts a passage at every numbered item', () => {
    assert.deepStrictEqual(passageStarts(['会议形成两点共识：', '1. 建立试点机制；', '2. 发布评估报告。']), [0, 1, 2]);
    for (const l of ['1. a', '(2) b', '（三）丙', '四、丁', '(a) item']) assert.ok(isNumberedItem(l), l);
    for (const l of ['2024年发布', '3.5 percent', '10^25 operations', 'Article 5']) assert.ok(!isNumberedItem(l), l);
  });

  it('ends a passage at each sentence-closing line of a long run', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `第${i}段：这是一整段话，写在同一行里，讲清楚了一件事情，然后以句号结束。`);
    assert.deepStrictEqual(passageStarts(lines), [0, 1, 2, 3, 4]);
  });

  it('keeps hard-wrapped prose and short runs together', () => {
    const wrapped = ['The study was written up by two staff members', 'who visited four terminals in the spring and', 'talked to the crane operators.'];
    assert.deepStrictEqual(passageStarts(wrapped), [0]);
    assert.deepStrictEqual(passageStarts(['U.S. Embassy', 'London, United Kingdom']), [0]);
    assert.deepStrictEqual(passageStarts(['One sentence that ends here, long enough to count.', 'Another one.']), [0]);
  });
});
