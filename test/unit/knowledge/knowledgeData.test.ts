/**
 * The built-in knowledge base as data: every data file against its JSON schema, the merged
 * list's referential integrity (parents, members, related), names that would mis-link
 * ordinary words, and the ids annotations and workspace files already rely on.
 */
import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { sharedAliases } from '../../../src/core/knowledge/patterns';
import { aliasIsCaseSensitive, aliasText, Entity } from '../../../src/core/knowledge/types';

const DIR = join(process.cwd(), 'src/core/knowledge/data');
const FILES = readdirSync(DIR).filter((n) => n.endsWith('.yaml')).sort();
const byId = new Map(BUILTIN_ENTITIES.map((e) => [e.id, e]));

/** Ids that existed before the move to data files; annotations and overrides may name them. */
const EARLIER_IDS = [
  'bletchley-declaration', 'beijing-ai-principles', 'beijing-principles-children', 'global-ai-governance-initiative',
  'large-language-model', 'pre-trained-model', 'generative-ai', 'agi', 'compute', 'ai-compute-centre', 'shell-model',
  'export-controls', 'chokepoint', 'ai-safety', 'ai-ethics', 'ai-safety-summit', 'baai-conference',
  'ai-cooperation-governance-forum', 'tsinghua-university', 'air-tsinghua', 'i-aiig', 'baai', 'zhipu-ai', 'undp', 'openai',
  'deepmind', 'nvidia', 'google', 'microsoft', 'meta', 'european-union', 'european-commission', 'white-house',
  'ontario-government', 'pauseai', 'shenzhen-peoples-congress', 'npc-standing-committee', 'eu-ai-act',
  'advancing-american-ai-act', 'us-ai-executive-order', 'genai-interim-measures', 'pipl', 'gdpr', 'shenzhen-ai-regulation',
  'gpt-3', 'chatgpt', 'sora', 'bert', 'alphafold', 'alphafold-2', 'wudao', 'wudao-2', 'glm', 'glm-130b', 'cogview',
  'switch-transformer', 'clip', 'dall-e', 'turing-nlg', 'zhang-yaqin', 'xue-lan', 'andrew-yao', 'tang-jie', 'huang-tiejun',
  'zhang-hongjiang', 'kamala-harris', '3r-principles', 'responsive-ai', 'resilient-ai', 'responsible-ai', 'transformer',
  'deep-learning', 'mixture-of-experts', 'fastmoe', 'p-tuning', 'federated-learning', 'differential-privacy', 'secure-mpc',
  'privacy-preserving-ml', 'brain-inspired-computing', 'groq-lpu', 'wudaocorpora', 'ai-governance',
  'international-cooperation', 'safety', 'large-models', 'ai-research', 'privacy-data', 'industry-policy', 'compute-hardware',
];

/** Words that name a kind of body, not one body: alone they must never link an entity. */
const GENERIC = [
  'council', 'office', 'committee', 'commission', 'department', 'ministry', 'agency', 'government', 'institute',
  'university', 'congress', 'parliament', 'court', 'bureau', 'administration', 'authority', 'board', 'state', 'union',
  'act', 'law', 'regulation', 'directive', 'standard', 'declaration', 'model', 'the', 'president', 'secretary',
  '部', '局', '署', '委', '办', '院', '会', '法', '委员会', '办公室', '政府', '法院', '人大', '中心', '研究院', '大学',
  '条例', '办法', '规定', '标准', '宣言', '模型',
];

function chain(e: Entity, next: (e: Entity) => string | undefined): string[] {
  const seen = [e.id];
  for (let cur = next(e); cur; cur = next(byId.get(cur)!)) {
    if (seen.includes(cur)) return [...seen, cur];
    seen.push(cur);
    if (!byId.has(cur)) break;
  }
  return seen;
}

describe('knowledge/data files (built-in knowledge base)', () => {
  it('every data file validates against schemas/knowledge-data.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas/knowledge-data.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(FILES.length >= 8, `expected data files by category, found ${FILES.length}`);
    for (const f of FILES) {
      const ok = validate(parse(readFileSync(join(DIR, f), 'utf8')));
      assert.ok(ok, `${f}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
    }
  });

  it('the schema rejects an entry that breaks it (so the check above can fail)', () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas/knowledge-data.schema.json'), 'utf8'));
    const validate = new Ajv().compile(schema);
    const good = { id: 'x', kind: 'institution', names: { en: 'X' }, description: { en: 'An example body.' } };
    assert.ok(validate({ entities: [good] }));
    assert.ok(!validate({ entities: [{ ...good, jurisdiction: ['China'] }] }), 'jurisdiction must be a code');
    assert.ok(!validate({ entities: [{ ...good, kind: 'country' }] }), 'unknown kind');
    assert.ok(!validate({ entities: [{ ...good, names: {} }] }), 'needs a name');
    assert.ok(!validate({ entities: [{ ...good, parnet: 'y' }] }), 'misspelt field');
  });

  it('the bundle holds every entry of every file, at least 400', () => {
    const count = FILES.reduce((n, f) => n + (parse(readFileSync(join(DIR, f), 'utf8')).entities as unknown[]).length, 0);
    assert.strictEqual(BUILTIN_ENTITIES.length, count);
    assert.ok(count >= 400, `only ${count} built-in entities`);
  });

  it('has unique ids and keeps every id that existed before', () => {
    const ids = BUILTIN_ENTITIES.map((e) => e.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepStrictEqual(dup, []);
    assert.deepStrictEqual(EARLIER_IDS.filter((id) => !byId.has(id)), []);
  });

  it('parents are existing institutions, members point at existing wholes, related ids resolve, no cycles', () => {
    const broken: string[] = [];
    for (const e of BUILTIN_ENTITIES) {
      if (e.parent && byId.get(e.parent)?.kind !== 'institution') broken.push(`${e.id}: parent ${e.parent}`);
      if (e.parent && e.kind !== 'institution') broken.push(`${e.id}: only institutions have parents`);
      if (e.partOf && !byId.has(e.partOf)) broken.push(`${e.id}: partOf ${e.partOf}`);
      for (const r of e.related) if (!byId.has(r)) broken.push(`${e.id}: related ${r}`);
      for (const next of [(x: Entity) => x.parent, (x: Entity) => x.partOf]) {
        const c = chain(e, next);
        if (new Set(c).size !== c.length) broken.push(`cycle ${c.join(' > ')}`);
      }
    }
    assert.deepStrictEqual(broken, []);
  });

  it('every institution, law and agreement says where it belongs', () => {
    const missing = BUILTIN_ENTITIES.filter((e) => ['institution', 'law', 'agreement'].includes(e.kind) && !e.jurisdiction?.length);
    assert.deepStrictEqual(missing.map((e) => e.id), []);
  });

  it('never gives one name to two entities', () => {
    assert.deepStrictEqual(sharedAliases(BUILTIN_ENTITIES), []);
  });

  it('never uses a generic word alone as a name, and keeps short acronyms case-sensitive', () => {
    const bad: string[] = [];
    for (const e of BUILTIN_ENTITIES) {
      const names = [...e.aliases, ...[e.names.en, e.names.zh].filter((n): n is string => !!n)];
      for (const a of names) {
        const t = aliasText(a).normalize('NFKC').trim();
        if (GENERIC.includes(t.toLowerCase()) || GENERIC.includes(t.replace(/^the\s+/i, '').toLowerCase())) bad.push(`${e.id}: "${t}" is generic`);
        if (/^[\p{Script=Han}]$/u.test(t)) bad.push(`${e.id}: one-character name "${t}"`);
        if (/^[A-Za-z]{1,4}$/.test(t) && !aliasIsCaseSensitive(a) && e.kind !== 'theme') {
          // Case-insensitive is fine only if an identical case-sensitive alias also exists (it wins).
          const strict = e.aliases.some((b) => aliasIsCaseSensitive(b) && aliasText(b) === t);
          if (!strict) bad.push(`${e.id}: short "${t}" must be case-sensitive`);
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });
});
