import * as assert from 'node:assert';
import { notificationKey, summarizeByFile } from '../../../src/core/annotations/problemSummary';
import { parseCodebook } from '../../../src/core/annotations/codebook';
import type { Problem } from '../../../src/core/types';

describe('annotations/problem summary', () => {
  it('one summary per file, naming its first error by position', () => {
    const problems: Problem[] = [
      { path: 'b.yaml', severity: 'warning', message: 'unknown field', line: 1 },
      { path: 'a.json', severity: 'error', message: 'late', line: 9, column: 0 },
      { path: 'a.json', severity: 'error', message: 'early', line: 3, column: 4 },
      { path: 'a.json', severity: 'warning', message: 'earliest but a warning', line: 0 },
    ];
    const s = summarizeByFile(problems);
    assert.deepStrictEqual(s.map((x) => x.path), ['a.json', 'b.yaml']);
    assert.strictEqual(s[0].first.message, 'early');
    assert.strictEqual(s[0].errors, 2);
    assert.strictEqual(s[0].total, 3);
    assert.strictEqual(s[1].errors, 0);
    assert.strictEqual(s[1].first.message, 'unknown field');
  });

  it('a YAML mistake with several parser messages becomes one notification', () => {
    const text = 'version: 1\ntags:\n  - id: a\n    label: [x, y\n  - id: b: c\n';
    const { problems } = parseCodebook('.policylens/codebook.yaml', text);
    assert.ok(problems.filter((p) => p.severity === 'error').length > 1, `expected several messages, got ${problems.length}`);
    const s = summarizeByFile(problems);
    assert.strictEqual(s.length, 1);
    assert.strictEqual(s[0].first.line, Math.min(...problems.map((p) => p.line ?? Infinity)));
  });

  it('the notification key changes when the first error changes, not otherwise', () => {
    const p = (line: number, message = 'bad'): Problem => ({ path: 'c.yaml', severity: 'error', message, line });
    const k1 = notificationKey(summarizeByFile([p(4), p(7)])[0]);
    assert.strictEqual(notificationKey(summarizeByFile([p(7), p(4)])[0]), k1);
    assert.notStrictEqual(notificationKey(summarizeByFile([p(2)])[0]), k1);
  });
});
