/** Built-in agreements, declarations and non-binding principle sets. */
import { Entity } from '../types';
import { define } from './define';

/** International declarations and published principle documents. */
export const AGREEMENTS: readonly Entity[] = [
  define('bletchley-declaration', 'agreement', { en: 'Bletchley Declaration', zh: '布莱切利宣言' },
    ['The Bletchley Declaration', '布莱切利 AI 安全宣言', '布莱切利AI安全宣言', '布莱切利人工智能安全宣言'],
    'Statement on frontier-AI risks signed by 28 countries and the EU at the first AI Safety Summit, Bletchley Park, 1\u20132 November 2023.',
    { zh: '2023年11月首届人工智能安全峰会上28国及欧盟签署的前沿人工智能风险声明。', related: ['ai-safety-summit', 'ai-safety'] }),
  define('beijing-ai-principles', 'agreement', { en: 'Beijing AI Principles', zh: '人工智能北京共识' },
    ['Beijing Consensus on AI'],
    'Fifteen principles for AI research, use and governance published by BAAI with universities and companies in May 2019.',
    { zh: '2019年5月由智源研究院联合高校和企业发布的人工智能研发、使用与治理原则。', related: ['baai'] }),
  define('beijing-principles-children', 'agreement',
    { en: 'Artificial Intelligence for Children: Beijing Principles', zh: '面向儿童的人工智能北京共识' }, [],
    'Principles on AI and children\u2019s rights released by BAAI and partners in 2020; a separate document from the 2019 Beijing AI Principles.',
    { related: ['baai', 'beijing-ai-principles'] }),
  define('global-ai-governance-initiative', 'agreement', { en: 'Global AI Governance Initiative', zh: '全球人工智能治理倡议' }, [],
    'Chinese government proposal of October 2023 on the development, security and governance of AI.',
    { zh: '中国于2023年10月提出的关于人工智能发展、安全与治理的倡议。', related: ['ai-safety'] }),
];
