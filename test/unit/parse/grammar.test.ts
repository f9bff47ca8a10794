/**
 * The policy-text TextMate grammar, run the way a TextMate engine picks among top-level
 * patterns on one line (earliest match wins, ties go to the first pattern listed). The
 * patterns are plain enough that JavaScript regular expressions read them like Oniguruma.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';

interface Rule { match: string; name?: string; captures?: Record<string, { name: string }> }
const grammar = JSON.parse(readFileSync('syntaxes/policy-text.tmLanguage.json', 'utf8')) as {
  patterns: { include: string }[];
  repository: Record<string, Rule>;
};

/** Name of the rule that claims the start of `line`, or undefined. */
function ruleAt(line: string): string | undefined {
  let best: { name: string; index: number } | undefined;
  for (const { include } of grammar.patterns) {
    const name = include.slice(1);
    const m = new RegExp(grammar.repository[name].match, 'u').exec(line);
    if (m && (!best || m.index < best.index)) best = { name, index: m.index };
  }
  return best?.index === 0 ? best.name : undefined;
}

describe('policy-text grammar', () => {
  it('reads table-of-contents entries as such, not as numbered headings', () => {
    assert.strictEqual(ruleAt('进展1: 超大规模预训练模型\t02'), 'toc-entry');
    assert.strictEqual(ruleAt('趋势 10：计算中心成为基础设施\t 12 '), 'toc-entry');
    assert.strictEqual(ruleAt('第一章 总则……………3'), 'toc-entry');
    const scopes = Object.values(grammar.repository['toc-entry'].captures ?? {}).map((c) => c.name).join(' ');
    assert.match(scopes, /markup\.list/);
    assert.ok(!/heading|entity\.name\.section/.test(scopes), scopes);
  });

  it('still highlights the headings themselves', () => {
    assert.strictEqual(ruleAt('进展1: 超大规模预训练模型'), 'numbered-section');
    assert.strictEqual(ruleAt('趋势 2：差分隐私成为常规手段'), 'numbered-section');
    assert.strictEqual(ruleAt('第一章 总则'), 'chapter');
    assert.strictEqual(ruleAt('整理：示例编写组 | 2024/4/4'), 'source');
  });
});
