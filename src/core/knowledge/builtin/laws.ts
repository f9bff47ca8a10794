/** Built-in laws and binding regulations. */
import { Entity } from '../types';
import { define, exact } from './define';

/** Statutes and regulations, Chinese, European and American. */
export const LAWS: readonly Entity[] = [
  define('eu-ai-act', 'law', { en: 'EU AI Act', zh: '欧盟人工智能法' },
    ['AI Act', 'Artificial Intelligence Act', 'Regulation (EU) 2024/1689', '欧盟《人工智能法》', '欧盟人工智能法案', '《人工智能法案》', '《AI法案》', '《AI 法案》'],
    'Regulation (EU) 2024/1689, the European Union\u2019s risk-based law on AI systems; in force from August 2024 with obligations phased in over the following years.',
    { zh: '欧盟基于风险分级的人工智能统一立法，2024年8月生效、分阶段适用。', related: ['european-union', 'european-commission'] }),
  define('advancing-american-ai-act', 'law', { en: 'Advancing American AI Act' }, [],
    'US federal law of 2022 on how federal agencies adopt AI; unrelated to the EU AI Act.',
    { related: ['white-house'] }),
  define('us-ai-executive-order', 'law', { en: 'Executive Order 14110' },
    ['EO 14110', 'Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence'],
    'US presidential order of 30 October 2023 on AI safety and security, including reporting duties for developers of the most powerful models; revoked in January 2025.',
    { related: ['white-house', 'kamala-harris'] }),
  define('genai-interim-measures', 'law', { en: 'Interim Measures for the Management of Generative AI Services', zh: '生成式人工智能服务管理暂行办法' },
    ['Interim Measures for the Management of Generative Artificial Intelligence Services', 'Generative AI Interim Measures'],
    'Chinese rules issued by seven agencies led by the Cyberspace Administration, in effect from 15 August 2023, for generative AI services offered to the public.',
    { zh: '国家网信办等七部门联合发布、2023年8月15日起施行的生成式人工智能服务管理规定。', related: ['generative-ai'] }),
  define('pipl', 'law', { en: 'Personal Information Protection Law', zh: '个人信息保护法' },
    [exact('PIPL'), '中华人民共和国个人信息保护法', 'Personal Information Protection Law of the PRC', "Personal Information Protection Law of the People's Republic of China"],
    'China\u2019s comprehensive personal-data law, adopted 20 August 2021 by the NPC Standing Committee and in force from 1 November 2021.',
    { zh: '2021年8月20日由全国人大常委会通过、同年11月1日施行的个人信息保护基本法律。', related: ['npc-standing-committee', 'gdpr'] }),
  define('gdpr', 'law', { en: 'General Data Protection Regulation', zh: '通用数据保护条例' },
    [exact('GDPR'), '欧盟通用数据保护条例', 'Regulation (EU) 2016/679'],
    'The EU data-protection regulation applied since May 2018.',
    { related: ['european-union', 'pipl'] }),
  define('shenzhen-ai-regulation', 'law',
    { en: 'Regulations of Shenzhen Special Economic Zone on Promoting the AI Industry', zh: '深圳经济特区人工智能产业促进条例' },
    ['Shenzhen AI Regulation', 'Shenzhen AI industry regulation'],
    'Local law adopted in 2022 by the Shenzhen Municipal People\u2019s Congress Standing Committee to promote the AI industry, among the first AI-specific laws in China.',
    { zh: '2022年深圳市人大常委会通过的地方性法规，国内较早的人工智能专门立法。', related: ['shenzhen-peoples-congress'] }),
];
