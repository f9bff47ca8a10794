import * as assert from 'node:assert';
import { countScripts, detectLanguage } from '../../../src/core/text/script';

describe('detectLanguage', () => {
  it('calls Chinese prose with inline English names Chinese', () => {
    assert.strictEqual(detectLanguage('智源研究院发布了悟道2.0模型，并开源了 FastMoE 系统，参数规模超过 GPT-3 的十倍。'), 'zh');
  });

  it('calls English prose English', () => {
    assert.strictEqual(detectLanguage('The Bletchley Declaration was signed by 28 countries and the EU in November 2023.'), 'en');
  });

  it('calls a text bilingual when both scripts carry a real share', () => {
    const zh = '积极响应：关注社会与产业的真实需求，推动可信的人工智能应用。';
    const en = 'Responsive AI: we work on technology that answers the needs of society and industry.';
    assert.strictEqual(detectLanguage(`${zh}\n${en}`), 'bilingual');
  });

  it('says unknown when there are too few letters to judge', () => {
    assert.strictEqual(detectLanguage('2020-12-30 | 123 ---'), 'unknown');
    assert.strictEqual(detectLanguage(''), 'unknown');
  });

  it('ignores HTML tags and URLs when counting', () => {
    const page = '<p style="text-indent: 2em; text-align: left;"><a href="https://example.org/path/to/page">人工智能</a>产业研究院成立。</p>';
    const c = countScripts(page);
    assert.deepStrictEqual(c, { cjk: 11, latin: 0, latinWords: 0 });
    assert.strictEqual(detectLanguage(page), 'zh');
  });

  it('counts Latin words and full-width letters', () => {
    assert.deepStrictEqual(countScripts('ＡＩ and GPT'), { cjk: 0, latin: 8, latinWords: 3 });
  });
});
