/** Local congresses cited with their term number (上海市第十五届人民代表大会常务委员会). */
import * as assert from 'node:assert';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { chineseNumeral, sessionForms } from '../../../src/core/knowledge/sessionForms';

describe('knowledge/term-numbered congress names', () => {
  it('writes term numbers the way adoption lines do', () => {
    assert.deepStrictEqual([1, 9, 10, 11, 15, 20].map(chineseNumeral), ['一', '九', '十', '十一', '十五', '二十']);
  });

  it('derives forms only for local congress names without a term', () => {
    assert.ok(sessionForms('上海市人民代表大会常务委员会').includes('上海市第十五届人民代表大会常务委员会'));
    assert.strictEqual(sessionForms('上海市人民代表大会常务委员会').length, 20);
    assert.deepStrictEqual(sessionForms('深圳市第七届人民代表大会常务委员会'), []);
    assert.deepStrictEqual(sessionForms('国家互联网信息办公室'), []);
    assert.deepStrictEqual(sessionForms('Shanghai Municipal People\'s Congress'), []);
  });

  it('links an adoption line to the built-in standing committee', () => {
    const kb = new KnowledgeBase(BUILTIN_ENTITIES);
    const text = '2021年11月25日 上海市第十五届人民代表大会常务委员会第三十七次会议通过';
    assert.deepStrictEqual(kb.findMentions(text).map((m) => m.entityId), ['shanghai-peoples-congress-sc']);
    assert.deepStrictEqual(kb.findMentions('江苏省第十四届人民代表大会常务委员会公告').map((m) => m.entityId), ['jiangsu-peoples-congress-sc']);
  });
});
