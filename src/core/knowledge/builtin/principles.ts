/** Built-in principles: Tsinghua AIR's "3R" framing of responsible AI work. */
import { Entity } from '../types';

/** The 3R principles and each of the three. */
export const PRINCIPLES: readonly Entity[] = [
  {
    id: '3r-principles',
    kind: 'principle',
    names: { en: '3R principles', zh: '3R原则' },
    aliases: ['three R principles', '3R principle', '3R 原则', '3R准则'],
    description: {
      en: 'Three principles, Responsive, Resilient and Responsible, that Ya-Qin Zhang set out in 2020 for how Tsinghua AIR chooses and conducts its AI research.',
      zh: '张亚勤于2020年提出的清华大学智能产业研究院科研准则，包括积极响应、适应发展和坚守价值三项。',
    },
    related: ['responsive-ai', 'resilient-ai', 'responsible-ai', 'air-tsinghua', 'zhang-yaqin'],
  },
  {
    id: 'responsive-ai',
    kind: 'principle',
    names: { en: 'Responsive AI', zh: '积极响应原则' },
    // Bare 'Responsive' and '积极响应' are everyday words; only the paired label or 'X AI' is the principle.
    aliases: [{ text: 'Responsive AI', caseSensitive: true }, 'Responsive(积极响应)', 'Responsive 积极响应'],
    description: {
      en: 'First of the 3R principles: pick research problems that answer real needs of society and industry.',
      zh: '3R原则之一：研究方向应回应社会与产业的实际需求。',
    },
    related: ['3r-principles'],
  },
  {
    id: 'resilient-ai',
    kind: 'principle',
    names: { en: 'Resilient AI', zh: '适应发展原则' },
    // Bare 'Resilient' and '适应发展' are everyday words; only the paired label or 'X AI' is the principle.
    aliases: [{ text: 'Resilient AI', caseSensitive: true }, 'Resilient(适应发展)', 'Resilient 适应发展'],
    description: {
      en: 'Second of the 3R principles: make AI systems more transparent, explainable and robust, and reduce their security risks.',
      zh: '3R原则之一：让技术更透明、可解释、稳健，降低安全风险。',
    },
    related: ['3r-principles'],
  },
  {
    id: 'responsible-ai',
    kind: 'principle',
    names: { en: 'Responsible AI', zh: '坚守价值原则' },
    // Bare 'Responsible' and '坚守价值' are everyday words; only the paired label or 'X AI' is the principle.
    aliases: [{ text: 'Responsible AI', caseSensitive: true }, 'Responsible(坚守价值)', 'Responsible 坚守价值'],
    description: {
      en: 'Third of the 3R principles: weigh the consequences and possible misuse of a technology and put ethics ahead of it.',
      zh: '3R原则之一：重视技术的后果与潜在滥用，把伦理与价值放在技术之上。',
    },
    related: ['3r-principles'],
  },
];
