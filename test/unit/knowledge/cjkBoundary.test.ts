/**
 * A Chinese name inside a longer word is not a mention: 教育部 in 教育部门, 北大 in 东北大学,
 * 网络安全法 in 网络安全法规; the same names standing alone still are.
 */
import * as assert from 'node:assert';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { onHanWordBoundaries } from '../../../src/core/knowledge/cjkBoundary';
import { define } from '../../../src/core/knowledge/builtin/define';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';

const kb = new KnowledgeBase([
  define('edu', 'institution', { zh: '教育部' }, [], 'Ministry.'),
  define('pku', 'institution', { zh: '北京大学' }, ['北大'], 'University.'),
  define('csl', 'law', { zh: '网络安全法' }, [], 'Law.'),
  define('hw', 'institution', { zh: '华为' }, [], 'Company.'),
]);
const ids = (text: string) => kb.findMentions(text).map((m) => `${m.entityId}:${m.text}`);

describe('knowledge/Chinese word boundaries', () => {
  it('drops a name that starts or ends inside a longer word', () => {
    assert.deepStrictEqual(ids('各级教育部门负责落实。'), []);
    assert.deepStrictEqual(ids('东北大学发布报告。'), []);
    assert.deepStrictEqual(ids('遵守网络安全法规。'), []);
  });

  it('keeps the same names where they stand as words, and next to Latin text or punctuation', () => {
    assert.deepStrictEqual(ids('教育部印发通知。'), ['edu:教育部']);
    assert.deepStrictEqual(ids('东北大学与北大合作。'), ['pku:北大']);
    assert.deepStrictEqual(ids('《网络安全法》第一条'), ['csl:网络安全法']);
    assert.deepStrictEqual(ids('他在华为工作，AI 与教育部'), ['hw:华为', 'edu:教育部']);
  });

  it('checks only sides that touch Han text', () => {
    assert.ok(onHanWordBoundaries('GPT-3的', 0, 5));
    assert.ok(onHanWordBoundaries('教育部', 0, 3));
    assert.ok(!onHanWordBoundaries('教育部门', 0, 3));
  });

  it('the built-in ministries are not linked inside 部门 (departments)', () => {
    const real = new KnowledgeBase(BUILTIN_ENTITIES);
    assert.deepStrictEqual(real.findMentions('公安部门、商务部门、司法部门和科技部门').map((m) => m.entityId), []);
    assert.deepStrictEqual(real.findMentions('公安部、商务部、科技部联合印发').map((m) => m.entityId), ['mps', 'mofcom', 'most']);
  });
});
