/**
 * Labelled cases for Go to… and Related, written for this project: what a researcher types
 * or points at, and which rows must be in the top five. Places are named by path and a
 * quoted substring; demo-corpus paths sit under `demo/`, shared ones under their folder.
 */
import type { QueryCase, RelatedCase } from './harness';

const GPAI = 'demo/eu/gpai-model-notes.md';
const US = 'demo/us/foundation-model-definitions.md';
const NEWS = 'demo/news/bletchley-declaration.md';
const GLOSSARY = 'demo/cn/generative-ai-glossary.md';
const EU = 'realworld/10_eu_ai_act_2024-1689.en.md';
const PIPL = 'realworld/19_pipl_2021.zh.md';

export const QUERY_CASES: readonly QueryCase[] = [
  { query: 'general purpose AI model', expect: [{ path: GPAI, has: '‘general-purpose AI model’ means' }, { path: GPAI, has: 'GENERAL-PURPOSE AI MODELS' }] },
  { query: 'general-purpose AI models', expect: [{ path: GPAI, has: '‘general-purpose AI model’ means' }, { path: GPAI, has: 'GENERAL-PURPOSE AI MODELS' }] },
  { query: 'Bletchly', expect: [{ path: NEWS, has: 'Bletchley declaration: 28 countries' }, { entity: 'Bletchley Declaration' }] },
  { query: '>Bletchley', expect: [{ path: NEWS, has: 'Bletchley declaration: 28 countries' }] },
  { query: 'pretraining', expect: [{ path: GPAI, has: 'pre-training on synthetic data' }] },
  { query: 'pre training', expect: [{ path: GPAI, has: 'pre-training on synthetic data' }] },
  { query: 'pre-training', expect: [{ path: GPAI, has: 'pre-training on synthetic data' }] },
  { query: 'dual use foundation models', expect: [{ path: US, has: '“dual-use foundation model” means' }] },
  { query: 'synthetic content', expect: [{ path: US, has: '“synthetic content” means' }] },
  { query: "downstream provider's", expect: [{ path: GPAI, has: '‘downstream provider’ means' }] },
  { query: 'xue lan', expect: [{ entity: 'Xue Lan' }, { has: ['薛澜', 'Xue Lan'] }] },
  // Simplified and Traditional find each other: the Traditional heading for a Simplified query and back.
  { query: '预训练', expect: [{ entity: '预训练模型' }, { path: GLOSSARY, has: '預訓練與微調' }, { has: ['预训练', '預訓練'] }] },
  { query: '預訓練', expect: [{ path: GLOSSARY, has: '預訓練與微調' }, { has: '预训练' }] },
  { query: 'shengchengshi rengong zhineng', expect: [{ path: GLOSSARY, has: '术语：生成式人工智能' }, { path: GLOSSARY, has: '生成式人工智能术语笔记' }] },
  { query: '生成式人工智能服务提供者', expect: [{ path: GLOSSARY, has: '“生成式人工智能服务提供者”是指' }] },
  { query: 'ＦａｓｔＭｏＥ', expect: [{ entity: 'FastMoE' }, { has: 'FastMoE' }] },
  { shared: true, query: 'general purpose AI model', expect: [{ path: EU, has: '‘general-purpose AI model’ means' }, { path: EU, has: 'GENERAL-PURPOSE AI MODELS' }, { path: GPAI, has: '‘general-purpose AI model’ means' }] },
  { shared: true, query: '个人信息处理者', expect: [{ path: PIPL, has: '个人信息处理者，是指' }] },
  { shared: true, query: 'high risk AI systems', expect: [{ path: EU, has: 'HIGH-RISK AI SYSTEMS' }] },
  { shared: true, query: '>FastMoE', expect: [{ path: 'realworld/01_fastmoe_README.en.md', has: 'Using FastMoE as a PyTorch module' }] },
  { shared: true, query: 'xue lan', expect: [{ entity: 'Xue Lan' }, { has: ['薛澜', 'Xue Lan'] }] },
  { shared: true, query: 'pre-trained model', expect: [{ has: ['pre-trained model', 'pretrained model', 'pre-trained language model'] }] },
  { shared: true, query: 'Bletchly', expect: [{ entity: 'Bletchley Declaration' }, { path: NEWS, has: 'Bletchley declaration: 28 countries' }, { has: ['Bletchley'] }] },
];

export const RELATED_CASES: readonly RelatedCase[] = [
  { from: { path: GPAI, has: '‘general-purpose AI model’ means' }, expect: [{ path: US, has: '“dual-use foundation model” means' }] },
  { from: { path: 'demo/tsinghua-air/3r-principles.txt', has: 'Responsive AI: AIR wants' }, expect: [{ path: 'demo/tsinghua-air/3r-principles.txt', has: '研究方向要回应社会' }, { path: 'demo/tsinghua-air/3r-principles.txt', has: '优先投入公共卫生' }] },
  { shared: true, from: { path: EU, has: '‘general-purpose AI model’ means' }, expect: [{ path: GPAI, has: '‘general-purpose AI model’ means' }, { path: US, has: '“dual-use foundation model” means' }] },
  { shared: true, from: { path: 'seeds/000_fb3d3697c67e7aa1.txt', has: 'Responsible AI: When we work' }, expect: [{ path: 'seeds/000_fb3d3697c67e7aa1.txt', has: '在研究理论' }, { path: 'seeds/000_fb3d3697c67e7aa1.txt', has: '在做科研时' }] },
];
