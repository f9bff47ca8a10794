import * as assert from 'node:assert';
import { distinctNames } from '../../../src/core/knowledge/distinctNames';

describe('distinct display names', () => {
  it('shows a name that is the same in both languages once', () => {
    assert.deepStrictEqual(distinctNames(['GLM', 'GLM']), ['GLM']);
    assert.deepStrictEqual(distinctNames(['WuDao 2.0', '悟道2.0']), ['WuDao 2.0', '悟道2.0']);
  });

  it('compares case-, width- and space-insensitively, keeping the first spelling', () => {
    assert.deepStrictEqual(distinctNames(['ChatGPT', 'chatgpt', 'ＣｈａｔＧＰＴ', 'Chat  GPT', 'chat gpt']), ['ChatGPT', 'Chat  GPT']);
  });

  it('leaves out names already shown next to them, and empty ones', () => {
    assert.deepStrictEqual(distinctNames(['GLM', undefined, '', 'General Language Model'], ['General Language Model']), ['GLM']);
    assert.deepStrictEqual(distinctNames(['glm'], ['GLM']), []);
  });
});
