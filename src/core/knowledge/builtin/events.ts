/** Built-in events: summits, conferences and forums that texts report on. */
import { Entity } from '../types';
import { define } from './define';

/** Recurring or one-off gatherings. */
export const EVENTS: readonly Entity[] = [
  define('ai-safety-summit', 'event', { en: 'AI Safety Summit', zh: '人工智能安全峰会' },
    ['AI Safety Summits', 'AI安全峰会', 'Bletchley Park summit', 'Bletchley summit'],
    'Series of intergovernmental summits on frontier-AI risks, starting at Bletchley Park, UK, in November 2023 and followed by Seoul (May 2024).',
    { related: ['bletchley-declaration', 'ai-safety'] }),
  define('baai-conference', 'event', { en: 'BAAI Conference', zh: '北京智源大会' }, ['智源大会', 'Beijing Academy of Artificial Intelligence Conference'],
    'Annual AI research conference hosted by BAAI in Beijing since 2019.',
    { related: ['baai'] }),
  define('ai-cooperation-governance-forum', 'event',
    { en: 'International AI Cooperation and Governance Forum', zh: '人工智能合作与治理国际论坛' }, [],
    'Annual forum on AI governance hosted by Tsinghua University since 2020.',
    { related: ['tsinghua-university', 'i-aiig', 'undp'] }),
];
