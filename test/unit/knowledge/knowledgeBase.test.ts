import * as assert from 'node:assert';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { sharedAliases } from '../../../src/core/knowledge/patterns';
import { scoreThemes } from '../../../src/core/knowledge/themeScores';
import { aliasText, ENTITY_KINDS } from '../../../src/core/knowledge/types';

const kb = new KnowledgeBase(BUILTIN_ENTITIES);

describe('knowledge/KnowledgeBase (built-in)', () => {
  it('has unique ids, known kinds, descriptions and resolvable related ids', () => {
    const ids = BUILTIN_ENTITIES.map((e) => e.id);
    assert.strictEqual(new Set(ids).size, ids.length, 'duplicate ids');
    for (const e of BUILTIN_ENTITIES) {
      assert.ok(ENTITY_KINDS.includes(e.kind), e.id);
      assert.ok(e.description.en.length > 10, `${e.id} lacks a description`);
      assert.ok(e.names.en || e.names.zh, `${e.id} lacks a name`);
      for (const r of e.related) assert.ok(kb.get(r), `${e.id} relates to unknown ${r}`);
    }
  });

  it('never gives one name to two entities', () => {
    assert.deepStrictEqual(sharedAliases(BUILTIN_ENTITIES), []);
  });

  it('knows every entity the corpus README lists, by any of its names', () => {
    const expected: Record<string, string> = {
      '3R原则': '3r-principles', 'Responsive AI': 'responsive-ai', 'Resilient AI': 'resilient-ai',
      'Responsible AI': 'responsible-ai', 'GPT-3': 'gpt-3', 'AlphaFold2': 'alphafold-2', FastMoE: 'fastmoe',
      '悟道2.0': 'wudao-2', 'WuDao 2.0': 'wudao-2', GLM: 'glm', 'GLM-130B': 'glm-130b', CogView: 'cogview',
      'P-tuning': 'p-tuning', WuDaoCorpora: 'wudaocorpora', 'Switch Transformer': 'switch-transformer', CLIP: 'clip',
      'DALL-E': 'dall-e', 'Turing-NLG': 'turing-nlg', ChatGPT: 'chatgpt', Sora: 'sora', 'Groq LPU': 'groq-lpu',
      联邦学习: 'federated-learning', 'differential privacy': 'differential-privacy', 安全多方计算: 'secure-mpc',
      'Bletchley Declaration': 'bletchley-declaration', 'EU AI Act': 'eu-ai-act', 人工智能北京共识: 'beijing-ai-principles',
      全球人工智能治理倡议: 'global-ai-governance-initiative', 生成式人工智能服务管理暂行办法: 'genai-interim-measures',
      个人信息保护法: 'pipl', AIR: 'air-tsinghua', 清华大学智能产业研究院: 'air-tsinghua', 智源: 'baai', 智源研究院: 'baai',
      北京智源人工智能研究院: 'baai', 'I-AIIG': 'i-aiig', 清华大学人工智能国际治理研究院: 'i-aiig', 'Tsinghua University': 'tsinghua-university',
      UNDP: 'undp', OpenAI: 'openai', DeepMind: 'deepmind', 英伟达: 'nvidia', Google: 'google', Microsoft: 'microsoft',
      Facebook: 'meta', 'European Commission': 'european-commission', EU: 'european-union', 'White House': 'white-house',
      'Government of Ontario': 'ontario-government', PauseAI: 'pauseai', 深圳市人大常委会: 'shenzhen-peoples-congress',
      全国人大常委会: 'npc-standing-committee', 'Zhipu AI': 'zhipu-ai', 张亚勤: 'zhang-yaqin', 'Xue Lan': 'xue-lan',
      薛澜: 'xue-lan', 姚期智: 'andrew-yao', 'Andrew Chi-Chih Yao': 'andrew-yao', 唐杰: 'tang-jie', 黄铁军: 'huang-tiejun',
      张宏江: 'zhang-hongjiang', 'Kamala Harris': 'kamala-harris', 大模型: 'large-language-model', 类脑计算: 'brain-inspired-computing',
      人工智能计算中心: 'ai-compute-centre', 算力: 'compute', 套壳: 'shell-model', 出口管制: 'export-controls',
    };
    for (const [name, id] of Object.entries(expected)) assert.strictEqual(kb.lookup(name)?.id, id, name);
  });

  it('looks names up ignoring case and width, and ids too', () => {
    assert.strictEqual(kb.lookup('ｇｐｔ－３')?.id, 'gpt-3');
    assert.strictEqual(kb.lookup('  xue LAN ')?.id, 'xue-lan');
    assert.strictEqual(kb.lookup('zhang-yaqin')?.id, 'zhang-yaqin');
    assert.strictEqual(kb.lookup('no such thing'), undefined);
  });

  it('groups by kind and gives display names per language', () => {
    const people = kb.byKind('person');
    assert.ok(people.length >= 7 && people.every((e) => e.kind === 'person'));
    const xue = kb.get('xue-lan')!;
    assert.strictEqual(kb.displayName(xue), 'Xue Lan');
    assert.strictEqual(kb.displayName(xue, 'zh'), '薛澜');
    assert.strictEqual(kb.displayName(kb.get('openai')!, 'zh'), 'OpenAI');
  });

  it('has 6 to 10 themes, each with keywords, kept out of entity mentions', () => {
    const themes = kb.byKind('theme');
    assert.ok(themes.length >= 6 && themes.length <= 10, `${themes.length} themes`);
    for (const t of themes) assert.ok((t.keywords ?? []).length >= 5, t.id);
    const names = themes.map((t) => t.names.en!);
    assert.deepStrictEqual(kb.findMentions(names.join(' | ')).filter((m) => kb.get(m.entityId)?.kind === 'theme'), []);
  });

  it('builds its matcher once and reuses it', () => {
    assert.strictEqual(kb.matcher, kb.matcher);
    assert.ok(kb.matcher.patternCount >= BUILTIN_ENTITIES.length - kb.byKind('theme').length);
  });

  it('scores themes: governance prose versus model prose', () => {
    const gov = scoreThemes(kb, 'The new regulation sets governance principles and ethics rules; 监管与治理需要国际合作。');
    const tech = scoreThemes(kb, 'The pre-trained model has 100 billion parameters and beats GPT-3 at few-shot tasks; 大模型训练。');
    const rank = (s: ReturnType<typeof scoreThemes>, id: string) => s.findIndex((t) => t.themeId === id);
    assert.strictEqual(gov[0].themeId, 'ai-governance');
    assert.strictEqual(tech[0].themeId, 'large-models');
    assert.ok(rank(gov, 'large-models') === -1 || rank(gov, 'large-models') > 0);
  });

  it('every alias is a usable string', () => {
    for (const e of BUILTIN_ENTITIES) for (const a of e.aliases) assert.ok(aliasText(a).trim().length > 0, e.id);
  });
});
