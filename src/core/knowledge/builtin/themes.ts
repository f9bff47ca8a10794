/**
 * Built-in themes. A theme is an entity whose `keywords` suggest what a document is about;
 * the corpus model counts keyword hits to give each document one or several themes.
 * Keywords are matched like aliases (NFKC, case-insensitive, Latin word boundaries).
 */
import { Entity } from '../types';
import { define } from './define';

/** Facets for browsing the corpus by subject. */
export const THEMES: readonly Entity[] = [
  define('ai-governance', 'theme', { en: 'AI governance', zh: '人工智能治理' }, [],
    'How AI is steered by law, regulation, standards, principles and ethics.', {
      keywords: ['governance', 'govern', 'regulation', 'regulations', 'regulatory', 'regulate', 'policy', 'policies',
        'ethics', 'ethical', 'principles', 'accountability', 'law', 'legislation', 'oversight', 'rule of law',
        '治理', '监管', '伦理', '法规', '立法', '法律', '条例', '规范', '原则', '准则', '责任', '办法', '政策'],
    }),
  define('international-cooperation', 'theme', { en: 'International cooperation', zh: '国际合作' }, [],
    'Cross-border dialogue, diplomacy, summits and multilateral bodies on AI.', {
      keywords: ['international', 'cooperation', 'global', 'multilateral', 'United Nations', 'summit', 'dialogue', 'countries',
        '国际', '合作', '全球', '多边', '联合国', '峰会', '对话', '各国', '国家和地区'],
    }),
  define('safety', 'theme', { en: 'AI safety and security', zh: '安全' }, [],
    'Risks of AI systems, from misuse and security to loss of control.', {
      keywords: ['safety', 'safe', 'risk', 'risks', 'security', 'harm', 'harms', 'misuse', 'catastrophic', 'existential',
        'frontier AI', '安全', '风险', '滥用', '失控', '深度伪造'],
    }),
  define('large-models', 'theme', { en: 'Large models', zh: '大模型' }, [],
    'Large pre-trained language and multimodal models, their training and release.', {
      keywords: ['large language model', 'large model', 'pre-trained', 'pretrained', 'pre-training', 'parameters', 'GPT',
        'GPT-3', 'transformer', 'LLM', 'fine-tuning', 'few-shot', 'zero-shot', 'multimodal',
        '大模型', '预训练', '参数', '语言模型', '多模态', '微调', '少样本', '万亿', '悟道', '模型'],
    }),
  define('ai-research', 'theme', { en: 'AI research and technology', zh: '人工智能科研与技术' }, [],
    'Scientific and engineering advances: algorithms, benchmarks, breakthroughs.', {
      keywords: ['algorithm', 'algorithms', 'research', 'neural network', 'deep learning', 'benchmark', 'state-of-the-art', 'SOTA',
        'breakthrough', 'protein', 'open source', 'open-source', 'dataset', 'training',
        '算法', '研究', '神经网络', '深度学习', '突破', '进展', '开源', '数据集', '论文', '训练', '科研', '学者'],
    }),
  define('privacy-data', 'theme', { en: 'Privacy and data', zh: '隐私与数据' }, [],
    'Personal information, data protection and privacy-preserving computation.', {
      keywords: ['privacy', 'personal information', 'personal data', 'data protection', 'federated learning', 'differential privacy',
        'encryption', 'consent', '隐私', '个人信息', '数据保护', '联邦学习', '差分隐私', '加密', '同意', '数据安全'],
    }),
  define('industry-policy', 'theme', { en: 'Industry and innovation policy', zh: '产业政策' }, [],
    'Promoting AI industries: investment, companies, applications, economic development.', {
      keywords: ['industry', 'industrial', 'economy', 'economic', 'investment', 'commercial', 'enterprise', 'enterprises', 'startup',
        'innovation', '产业', '企业', '经济', '投资', '商业', '创新', '应用场景', '促进', '高质量发展'],
    }),
  define('compute-hardware', 'theme', { en: 'Compute and hardware', zh: '算力与芯片' }, [],
    'Chips, GPUs, supercomputers and computing infrastructure for AI.', {
      keywords: ['GPU', 'GPUs', 'chip', 'chips', 'semiconductor', 'compute', 'computing power', 'supercomputer', 'data center',
        'data centre', 'NVIDIA', '算力', '芯片', '超算', '计算中心', '数据中心', '英伟达', '类脑计算', '硬件'],
    }),
];
