import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { appendEntity, EntitiesFileError, entityToYaml, suggestEntityId } from '../../../src/core/knowledge/entityYaml';
import { mergeKnowledge } from '../../../src/core/knowledge/merge';
import { Entity, ENTITY_KINDS } from '../../../src/core/knowledge/types';
import { loadWorkspaceKnowledge, parseEntitiesYaml } from '../../../src/core/knowledge/workspace';
import { MemoryFiles } from '../support/memoryFiles';

const GOOD = `version: 1
entities:
  - id: xue-lan
    addAliases: [薛教授]
    description: { zh: 清华大学公共管理学者。 }
  - id: openai
    aliases:
      - { text: OAI, caseSensitive: true }
  - id: ai-research-lab
    kind: institution
    names: { en: Example Robotics Lab, zh: 示例机器人实验室 }
    related: [tsinghua-university]
disable: [sora]
`;

describe('knowledge/workspace file', () => {
  it('merges: override keeps other fields, add creates, disable removes', () => {
    const kb = mergeKnowledge(BUILTIN_ENTITIES, parseEntitiesYaml(GOOD));
    assert.deepStrictEqual(kb.problems, []);
    const xue = kb.get('xue-lan')!;
    assert.strictEqual(xue.names.en, 'Xue Lan');
    assert.strictEqual(xue.description.zh, '清华大学公共管理学者。');
    assert.ok(xue.description.en.length > 0, 'English description kept');
    assert.strictEqual(kb.lookup('薛教授')?.id, 'xue-lan');
    assert.strictEqual(kb.lookup('Lan Xue')?.id, 'xue-lan', 'built-in alias kept by addAliases');
    assert.deepStrictEqual(kb.get('openai')!.aliases, [{ text: 'OAI', caseSensitive: true }]);
    assert.strictEqual(kb.get('ai-research-lab')?.kind, 'institution');
    assert.strictEqual(kb.get('sora'), undefined);
    assert.deepStrictEqual(kb.findMentions('Sora and 示例机器人实验室 and OAI, oai').map((m) => m.entityId), ['ai-research-lab', 'openai']);
    assert.strictEqual(kb.all().length, BUILTIN_ENTITIES.length);
  });

  it('reports a YAML syntax error with its 0-based line and applies nothing', () => {
    const ws = parseEntitiesYaml('version: 1\nentities:\n  - id: a\n    names: {en: "x"\n  - id: b\n', 'p/e.yaml');
    assert.ok(ws.problems.length > 0);
    assert.strictEqual(ws.problems[0].path, 'p/e.yaml');
    assert.strictEqual(ws.problems[0].severity, 'error');
    assert.ok(ws.problems[0].line! >= 3, `line ${ws.problems[0].line}`);
    assert.deepStrictEqual(ws.patches, []);
  });

  it('skips bad entries one by one, naming their lines, and keeps the rest', () => {
    const text = [
      'version: 1',                 // 0
      'entities:',                  // 1
      '  - id: good-one',           // 2
      '    kind: concept',          // 3
      '    names: { en: Good }',    // 4
      '  - id: bad kind',           // 5
      '    kind: gadget',           // 6
      '  - kind: model',            // 7
      '  - id: new-without-kind',   // 8
      '    names: { en: Nameless }',// 9
      '  - id: good-one',           // 10
      '  - id: gpt-3',              // 11
      '    colour: blue',           // 12
      '    aliases: [GPT three, { text: 3 }]', // 13
      'disable: [no-such-id, xue-lan]',        // 14
    ].join('\n');
    const kb = mergeKnowledge(BUILTIN_ENTITIES, parseEntitiesYaml(text));
    const at = (line: number) => kb.problems.filter((p) => p.line === line).map((p) => p.severity);
    assert.deepStrictEqual(at(5), ['error'], 'bad id characters');
    assert.deepStrictEqual(at(6), ['error'], 'unknown kind');
    assert.deepStrictEqual(at(7), ['error'], 'missing id');
    assert.deepStrictEqual(at(8), ['error'], 'new entity without kind');
    assert.deepStrictEqual(at(10), ['error'], 'duplicate id');
    assert.deepStrictEqual(at(12), ['warning'], 'unknown field');
    assert.deepStrictEqual(at(13), ['error'], 'alias text not a string');
    assert.deepStrictEqual(at(14), ['warning'], 'unknown disabled id');
    assert.ok(kb.problems.every((p) => p.path === '.policylens/entities.yaml'));
    assert.strictEqual(kb.get('good-one')?.names.en, 'Good');
    assert.strictEqual(kb.get('new-without-kind'), undefined);
    assert.strictEqual(kb.lookup('GPT three'), undefined, 'the bad gpt-3 entry was skipped whole');
    assert.strictEqual(kb.get('xue-lan'), undefined);
  });

  it('rejects a wrong version and a non-map root', () => {
    const v2 = parseEntitiesYaml('version: 2\nentities: []\n');
    assert.match(v2.problems[0].message, /version/);
    assert.strictEqual(v2.problems[0].line, 0);
    const list = parseEntitiesYaml('- a\n- b\n');
    assert.strictEqual(list.problems[0].severity, 'error');
    assert.deepStrictEqual(parseEntitiesYaml('').problems, []);
  });

  it('warns when a workspace alias is already another entity\u2019s name', () => {
    const kb = mergeKnowledge(BUILTIN_ENTITIES, parseEntitiesYaml('version: 1\nentities:\n  - id: my-lab\n    kind: institution\n    names: { en: OpenAI }\n'));
    assert.strictEqual(kb.problems.length, 1);
    assert.strictEqual(kb.problems[0].line, 2);
    assert.match(kb.problems[0].message, /openai/);
  });

  it('loads through the FilePort, and is absent when the file is', async () => {
    const files = new MemoryFiles({ '.policylens/entities.yaml': '\uFEFF' + GOOD });
    const ws = await loadWorkspaceKnowledge(files);
    assert.strictEqual(ws?.patches.length, 3);
    assert.strictEqual(await loadWorkspaceKnowledge(new MemoryFiles({})), undefined);
  });
});

describe('knowledge/entity YAML writing', () => {
  const lab: Entity = {
    id: 'shanghai-ai-lab', kind: 'institution', names: { en: 'Shanghai AI Laboratory', zh: '上海人工智能实验室' },
    aliases: ['Shanghai AI Lab', { text: 'SHLAB', caseSensitive: true }], description: { en: 'A research lab: "quoted" # not a comment' },
    related: ['tsinghua-university'],
  };

  it('round-trips an entity through entityToYaml and the parser', () => {
    const text = `version: 1\nentities:\n${entityToYaml(lab)}`;
    const ws = parseEntitiesYaml(text);
    assert.deepStrictEqual(ws.problems, []);
    const kb = mergeKnowledge([], ws);
    assert.deepStrictEqual(kb.get(lab.id), lab);
  });

  it('appends to an existing file, following its indentation and line endings', () => {
    const existing = '# team entities\r\nversion: 1\r\nentities:\r\n- id: openai\r\n  addAliases: [OAI]\r\n';
    const out = appendEntity(existing, lab);
    assert.ok(out.startsWith('# team entities\r\nversion: 1\r\nentities:\r\n- id: openai\r\n'), 'existing text untouched');
    assert.ok(!/[^\r]\n/.test(out), 'CRLF kept');
    const ws = parseEntitiesYaml(out);
    assert.deepStrictEqual(ws.patches.map((p) => p.id), ['openai', lab.id]);
    assert.ok(parseEntitiesYaml(appendEntity(undefined, lab)).patches.length === 1);
    assert.ok(parseEntitiesYaml(appendEntity('version: 1\nentities: []\n', lab)).patches.length === 1);
  });

  it('refuses to append to a broken file, a duplicate id or a block after entities', () => {
    assert.throws(() => appendEntity('version: 1\nentities: [\n', lab), EntitiesFileError);
    assert.throws(() => appendEntity(`version: 1\nentities:\n${entityToYaml(lab)}`, lab), /already exists/);
    assert.throws(() => appendEntity('version: 1\nentities:\n  - id: a\n    kind: concept\n    names: {en: A}\ndisable: []\n', lab), (e: unknown) =>
      e instanceof EntitiesFileError && e.line === 5);
  });

  it('suggests fresh ids', () => {
    assert.strictEqual(suggestEntityId('Shanghai AI Lab', () => false), 'shanghai-ai-lab');
    assert.strictEqual(suggestEntityId('智谱 ＡＩ', (id) => id === '智谱-ai'), '智谱-ai-2');
  });
});

describe('knowledge/entities.schema.json', () => {
  it('is valid draft-07 JSON whose kinds match the code', () => {
    const schema = JSON.parse(readFileSync('schemas/entities.schema.json', 'utf8'));
    assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepStrictEqual(schema.definitions.entry.properties.kind.enum, [...ENTITY_KINDS]);
    assert.strictEqual(schema.properties.version.const, 1);
  });
});
