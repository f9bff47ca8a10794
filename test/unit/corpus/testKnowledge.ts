/** A small hand-made knowledge base for corpus tests (fictional institutes, real structure). */
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { define, exact } from '../../../src/core/knowledge/builtin/define';

export function testKnowledge(): KnowledgeBase {
  return new KnowledgeBase([
    define('north-univ', 'institution', { en: 'Northfield University', zh: '北野大学' }, ['Northfield'], 'A university.',
      { homepage: 'https://www.northfield.example' }),
    define('north-lab', 'institution', { en: 'Northfield University Lab for Machine Policy', zh: '北野大学机器政策实验室' },
      [exact('NLMP'), '机器政策实验室'], 'A lab inside the university.', { related: ['north-univ', 'ada-park'] }),
    define('harbor-ai', 'institution', { en: 'Harbor AI Institute', zh: '海港智能研究院' }, [exact('HAI'), '海港研究院'],
      'An independent institute.', { homepage: 'https://harbor-ai.example' }),
    define('ada-park', 'person', { en: 'Ada Park', zh: '朴艾达' }, [], 'Director of the lab.', { related: ['north-lab', 'north-univ'] }),
    define('governance', 'theme', { en: 'Governance' }, [], 'Rules for AI.',
      { keywords: ['governance', 'regulation', 'oversight', '治理', '监管', '规则'] }),
    define('models', 'theme', { en: 'Models' }, [], 'Large models.',
      { keywords: ['model', 'parameters', 'pretraining', '模型', '参数', '预训练'] }),
  ]);
}
