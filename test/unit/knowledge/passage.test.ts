import * as assert from 'node:assert';
import { passageAround } from '../../../src/core/knowledge/passage';

/** The passage around the first occurrence of `needle`, joined back together. */
function around(text: string, needle: string, radius?: number): string {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  const p = passageAround(text, start, start + needle.length, radius);
  assert.strictEqual(p.match, needle);
  return p.before + '[' + p.match + ']' + p.after;
}

describe('knowledge/passageAround', () => {
  it('cuts at Western full stops but not inside numbers', () => {
    const text = 'First sentence. The WuDao 2.0 model was shown in June. Third one.';
    assert.strictEqual(around(text, 'WuDao 2.0'), 'The [WuDao 2.0] model was shown in June.');
  });

  it('cuts at Chinese punctuation', () => {
    const text = '会议开幕。悟道2.0发布，参数规模很大！随后讨论。';
    assert.strictEqual(around(text, '悟道2.0'), '[悟道2.0]发布，参数规模很大！');
  });

  it('joins hard-wrapped English lines but stops at blank lines and headings', () => {
    const text = '# Title\n\nThe panel discussed how\nfederated learning protects data and\nwhy it matters.\n\nNext paragraph.';
    assert.strictEqual(around(text, 'federated learning'), 'The panel discussed how [federated learning] protects data and why it matters.');
    assert.strictEqual(around('## Heading about GLM\nBody text.', 'GLM'), 'Heading about [GLM]');
  });

  it('treats a line break after Chinese text as a boundary', () => {
    assert.strictEqual(around('第一行没有句号\n薛澜发言\n第三行', '薛澜'), '[薛澜]发言');
  });

  it('clips long sentences to the radius at word boundaries and marks the cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} GLM ${words}.`;
    const s = around(text, 'GLM', 40);
    assert.ok(s.startsWith('…') && s.endsWith('…'), s);
    assert.ok(s.length < 40 * 2 + 10, s);
    assert.ok(/^…word\d+ /.test(s), `word cut in half: ${s}`);
    assert.ok(/ word\d+…$/.test(s), `word cut in half: ${s}`);
  });

  it('reports the span of the passage in the document and collapses whitespace', () => {
    const text = 'A.  The   FastMoE\tsystem  trains fast. B.';
    const start = text.indexOf('FastMoE');
    const p = passageAround(text, start, start + 7);
    assert.strictEqual(text.slice(p.start, p.end).trim(), 'The   FastMoE\tsystem  trains fast.');
    assert.strictEqual(p.before + p.match + p.after, 'The FastMoE system trains fast.');
  });
});
