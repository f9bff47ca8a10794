/** Built-in people: researchers and officials who recur across the corpus. */
import { Entity } from '../types';
import { define } from './define';

/** Names in both scripts and both orders, as texts actually write them. */
export const PEOPLE: readonly Entity[] = [
  define('zhang-yaqin', 'person', { en: 'Ya-Qin Zhang', zh: '张亚勤' }, ['Zhang Ya-Qin', 'Yaqin Zhang', 'Zhang Yaqin'],
    'Computer scientist, former president of Baidu, founding dean of Tsinghua AIR; proposed the 3R principles.',
    { related: ['air-tsinghua', '3r-principles'] }),
  define('xue-lan', 'person', { en: 'Xue Lan', zh: '薛澜' }, ['Lan Xue'],
    'Tsinghua public-policy scholar, dean of Schwarzman College and of the Institute for AI International Governance.',
    { related: ['i-aiig', 'tsinghua-university'] }),
  define('andrew-yao', 'person', { en: 'Andrew Chi-Chih Yao', zh: '姚期智' }, ['Andrew Yao', 'Yao Qizhi', 'Andrew C. Yao'],
    'Theoretical computer scientist at Tsinghua, Turing Award 2000.', { related: ['tsinghua-university'] }),
  define('tang-jie', 'person', { en: 'Tang Jie', zh: '唐杰' }, ['Jie Tang'],
    'Tsinghua computer science professor; led the WuDao team at BAAI and the GLM work.', { related: ['baai', 'wudao-2', 'glm'] }),
  define('huang-tiejun', 'person', { en: 'Huang Tiejun', zh: '黄铁军' }, ['Tiejun Huang'],
    'Peking University professor and president of BAAI.', { related: ['baai'] }),
  define('zhang-hongjiang', 'person', { en: 'Zhang Hongjiang', zh: '张宏江' }, ['Hongjiang Zhang'],
    'Computer scientist and founding chairman of BAAI.', { related: ['baai'] }),
  define('kamala-harris', 'person', { en: 'Kamala Harris', zh: '卡玛拉·哈里斯' }, ['Vice President Harris', 'VP Harris', '哈里斯'],
    'US Vice President 2021\u20132025; spoke on AI safety in London at the time of the 2023 AI Safety Summit.',
    { related: ['white-house', 'ai-safety-summit'] }),
];
