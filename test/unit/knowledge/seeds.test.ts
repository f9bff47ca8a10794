import * as assert from 'node:assert';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { mentionAt } from '../../../src/core/knowledge/matcher';
import { scoreThemes } from '../../../src/core/knowledge/themeScores';
import { Mention } from '../../../src/core/knowledge/types';
import { describeWithSharedCorpus, listShared, readShared } from '../support/sharedCorpus';

const kb = new KnowledgeBase(BUILTIN_ENTITIES);

describeWithSharedCorpus('knowledge: mentions in the shared corpus', (dir) => {
  const seed = (prefix: string): string => {
    const file = listShared(dir, 'seeds').find((f) => f.startsWith(`seeds/${prefix}_`));
    assert.ok(file, `seed ${prefix} missing`);
    return new TextDecoder().decode(readShared(dir, file));
  };
  const texts = new Map<string, string>();
  const mentions = new Map<string, Mention[]>();
  before(() => {
    for (const p of ['000', '001', '002', '003', '004']) {
      texts.set(p, seed(p));
      mentions.set(p, kb.findMentions(texts.get(p)!));
    }
  });
  /** Surface forms of an entity's mentions in one seed. */
  const forms = (p: string, id: string): string[] =>
    [...new Set(mentions.get(p)!.filter((m) => m.entityId === id).map((m) => m.text))];

  it('every mention covers exactly its original text, sorted and without overlap', () => {
    for (const [p, ms] of mentions) {
      const text = texts.get(p)!;
      let last = 0;
      for (const m of ms) {
        assert.strictEqual(text.slice(m.start, m.end), m.text, `${p} ${m.entityId}`);
        assert.ok(m.start >= last, `${p}: overlap at ${m.start}`);
        assert.strictEqual(mentionAt(ms, m.start), m);
        last = m.end;
      }
    }
  });

  it('Xue Lan (000, 002) and 薛澜 (003) are one entity', () => {
    assert.deepStrictEqual(forms('000', 'xue-lan'), ['Xue Lan']);
    assert.deepStrictEqual(forms('002', 'xue-lan'), ['Xue Lan']);
    assert.deepStrictEqual(forms('003', 'xue-lan'), ['薛澜']);
  });

  it('federated learning (000) and 联邦学习 (004) are one entity', () => {
    assert.ok(forms('000', 'federated-learning').some((f) => /^federated learning/i.test(f)));
    assert.deepStrictEqual(forms('004', 'federated-learning'), ['联邦学习']);
  });

  it('full-width GPT－3 and 悟道2．0 in 001 resolve to GPT-3 and WuDao 2.0', () => {
    assert.ok(forms('001', 'gpt-3').includes('GPT－3'));
    assert.ok(forms('001', 'wudao-2').includes('悟道2．0'));
    assert.ok(forms('001', 'fastmoe').includes('FastMoE'));
    assert.ok(forms('001', 'wudaocorpora').length > 0);
    for (const id of ['cogview', 'p-tuning', 'glm', 'switch-transformer', 'clip', 'dall-e', 'turing-nlg', 'tang-jie', 'huang-tiejun', 'zhang-hongjiang', 'baai']) {
      assert.ok(forms('001', id).length > 0, `${id} not found in 001`);
    }
  });

  it('the 3R principles and each principle are recognised in 000, with their author and institute', () => {
    for (const id of ['3r-principles', 'responsive-ai', 'resilient-ai', 'responsible-ai', 'zhang-yaqin', 'air-tsinghua', 'gpt-3', 'alphafold-2']) {
      assert.ok(forms('000', id).length > 0, `${id} not found in 000`);
    }
    assert.ok(forms('000', 'zhang-yaqin').includes('张亚勤') && forms('000', 'zhang-yaqin').includes('Ya-Qin Zhang'));
  });

  it('003 names the laws, declarations and companies of its argument', () => {
    for (const id of ['bletchley-declaration', 'eu-ai-act', 'genai-interim-measures', 'global-ai-governance-initiative', 'shell-model', 'chatgpt', 'sora', 'groq-lpu', 'nvidia', 'openai']) {
      assert.ok(forms('003', id).length > 0, `${id} not found in 003`);
    }
  });

  it('002 names its forum, institutions and people', () => {
    for (const id of ['i-aiig', 'undp', 'andrew-yao', 'tsinghua-university']) assert.ok(forms('002', id).length > 0, id);
  });

  it('themes separate governance seeds (000, 002, 003) from model seeds (001, 004)', () => {
    const score = (p: string, id: string) => scoreThemes(kb, texts.get(p)!).find((t) => t.themeId === id)?.hits ?? 0;
    for (const p of ['000', '002', '003']) assert.ok(score(p, 'ai-governance') > score(p, 'large-models'), `${p} governance`);
    for (const p of ['001', '004']) {
      const tech = Math.max(score(p, 'large-models'), score(p, 'ai-research'));
      assert.ok(tech > 3 * score(p, 'ai-governance'), `${p} technology`);
    }
  });

  it('the realworld texts have mentions at exact offsets (EU AI Act, CRLF GLM-130B)', () => {
    for (const file of listShared(dir, 'realworld')) {
      const text = new TextDecoder().decode(readShared(dir, file));
      for (const m of kb.findMentions(text)) assert.strictEqual(text.slice(m.start, m.end), m.text, file);
    }
    const act = listShared(dir, 'realworld').find((f) => f.includes('eu_ai_act'))!;
    const ms = kb.findMentions(new TextDecoder().decode(readShared(dir, act)));
    assert.ok(ms.some((m) => m.entityId === 'eu-ai-act'));
    assert.ok(ms.some((m) => m.entityId === 'gdpr'));
  });
});
