import * as assert from 'node:assert';
import { MentionMatcher, mentionAt } from '../../../src/core/knowledge/matcher';
import { Mention } from '../../../src/core/knowledge/types';

const matcher = new MentionMatcher([
  { entityId: 'gpt-3', text: 'GPT-3' },
  { entityId: 'chatgpt', text: 'ChatGPT' },
  { entityId: 'wudao-2', text: '悟道2.0' },
  { entityId: 'wudao', text: '悟道' },
  { entityId: 'eu-ai-act', text: 'AI Act' },
  { entityId: 'us-act', text: 'Advancing American AI Act' },
  { entityId: 'air', text: 'AIR', caseSensitive: true },
  { entityId: 'fl', text: 'federated learning' },
  { entityId: 'fl', text: '联邦学习' },
  { entityId: 'xue-lan', text: 'Xue Lan' },
]);

const ids = (ms: Mention[]): string[] => ms.map((m) => m.entityId);
const check = (text: string, ms: Mention[]): void => {
  for (const m of ms) assert.strictEqual(text.slice(m.start, m.end), m.text, `offsets of ${m.entityId}`);
};

describe('knowledge/matcher', () => {
  it('matches full-width forms through NFKC and reports the original text', () => {
    const text = '规模是ＧＰＴ－３的10倍，“悟道2．0”发布';
    const ms = matcher.findMentions(text);
    assert.deepStrictEqual(ids(ms), ['gpt-3', 'wudao-2']);
    assert.deepStrictEqual(ms.map((m) => m.text), ['ＧＰＴ－３', '悟道2．0']);
    check(text, ms);
  });

  it('respects Latin word boundaries but not CJK ones', () => {
    assert.deepStrictEqual(ids(matcher.findMentions('ChatGPT-3 and GPT-3s and xGPT-3')), ['chatgpt']);
    assert.deepStrictEqual(ids(matcher.findMentions('是GPT-3的')), ['gpt-3']);
    assert.deepStrictEqual(ids(matcher.findMentions('(GPT-3)')), ['gpt-3']);
    assert.deepStrictEqual(ids(matcher.findMentions('federated learnings')), []);
    assert.deepStrictEqual(ids(matcher.findMentions('当前热门的联邦学习能够')), ['fl']);
  });

  it('links the leftmost-longest name and never a shorter one inside it', () => {
    assert.deepStrictEqual(ids(matcher.findMentions('the Advancing American AI Act and the AI Act')), ['us-act', 'eu-ai-act']);
    assert.deepStrictEqual(ids(matcher.findMentions('悟道2.0 and 悟道')), ['wudao-2', 'wudao']);
    assert.deepStrictEqual(ids(matcher.findMentions('ChatGPT')), ['chatgpt']);
  });

  it('findAll keeps the overlapping hits that findMentions drops', () => {
    const all = matcher.findAll('Advancing American AI Act');
    assert.deepStrictEqual(ids(all), ['us-act', 'eu-ai-act']);
  });

  it('maps offsets back through CRLF and surrogate pairs', () => {
    const text = '😀𝐀 line\r\n\r\n🙂 Xue Lan said 联邦学习\r\nGPT－3';
    const ms = matcher.findMentions(text);
    assert.deepStrictEqual(ids(ms), ['xue-lan', 'fl', 'gpt-3']);
    check(text, ms);
    assert.strictEqual(ms[0].start, text.indexOf('Xue'));
    assert.strictEqual(ms[2].end, text.length);
  });

  it('checks case-sensitive aliases against the original text', () => {
    assert.deepStrictEqual(ids(matcher.findMentions('At AIR we breathe air, Air and ＡＩＲ')), ['air', 'air']);
    const ms = matcher.findMentions('At AIR we breathe air, Air and ＡＩＲ');
    assert.deepStrictEqual(ms.map((m) => m.text), ['AIR', 'ＡＩＲ']);
  });

  it('does not report half of a character that expands under NFKC', () => {
    const m = new MentionMatcher([{ entityId: 'k', text: 'k' }, { entityId: 'kg', text: 'kg' }]);
    assert.deepStrictEqual(ids(m.findMentions('5 ㎏')), ['kg']);
    assert.deepStrictEqual(m.findMentions('5 ㎏')[0].text, '㎏');
  });

  it('returns nothing for empty text or no patterns', () => {
    assert.deepStrictEqual(matcher.findMentions(''), []);
    assert.deepStrictEqual(new MentionMatcher([]).findMentions('anything'), []);
  });

  it('mentionAt finds the mention under an offset by binary search', () => {
    const text = 'GPT-3, 悟道2.0 and Xue Lan';
    const ms = matcher.findMentions(text);
    assert.strictEqual(mentionAt(ms, 0)?.entityId, 'gpt-3');
    assert.strictEqual(mentionAt(ms, 4)?.entityId, 'gpt-3');
    assert.strictEqual(mentionAt(ms, 5), undefined);
    assert.strictEqual(mentionAt(ms, text.indexOf('悟') + 2)?.entityId, 'wudao-2');
    assert.strictEqual(mentionAt(ms, text.length - 1)?.entityId, 'xue-lan');
    assert.strictEqual(mentionAt(ms, text.length), undefined);
    assert.strictEqual(mentionAt([], 3), undefined);
  });
});
