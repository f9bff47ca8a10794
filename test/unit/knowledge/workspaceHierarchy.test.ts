/**
 * The hierarchy fields of `.policylens/entities.yaml` (parent, jurisdiction, partOf): read
 * with line-numbered errors, merged over built-ins, checked against the JSON schema the
 * editor uses, and written back by the YAML view of an entity.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { entityToYaml } from '../../../src/core/knowledge/entityYaml';
import { mergeKnowledge } from '../../../src/core/knowledge/merge';
import { parseEntitiesYaml } from '../../../src/core/knowledge/workspace';

const FILE = `version: 1
entities:
  - id: example-lab
    kind: institution
    names: { en: Example Policy Lab }
    parent: tsinghua-university
    jurisdiction: CN-BJ
  - id: example-series
    kind: model
    names: { en: Example Series }
  - id: example-series-2
    kind: model
    names: { en: Example Series 2 }
    partOf: example-series
    jurisdiction: [CN, INT]
  - id: openai
    parent: example-lab
`;

describe('knowledge/workspace hierarchy fields', () => {
  it('sets parent, jurisdiction (one code or a list) and partOf, on new and built-in entities', () => {
    const kb = mergeKnowledge(BUILTIN_ENTITIES, parseEntitiesYaml(FILE));
    assert.deepStrictEqual(kb.problems, []);
    assert.strictEqual(kb.get('example-lab')?.parent, 'tsinghua-university');
    assert.deepStrictEqual(kb.get('example-lab')?.jurisdiction, ['CN-BJ']);
    assert.strictEqual(kb.get('example-series-2')?.partOf, 'example-series');
    assert.deepStrictEqual(kb.get('example-series-2')?.jurisdiction, ['CN', 'INT']);
    const openai = kb.get('openai')!;
    assert.strictEqual(openai.parent, 'example-lab', 'override sets the parent');
    assert.deepStrictEqual(openai.jurisdiction, ['US'], 'built-in jurisdiction kept');
  });

  it('rejects a malformed value on its own line and skips only that entry', () => {
    const text = 'version: 1\nentities:\n  - id: a\n    kind: institution\n    names: { en: A }\n    jurisdiction: [China]\n  - id: b\n    kind: institution\n    names: { en: B }\n    parent: "not an id"\n  - id: c\n    kind: institution\n    names: { en: C }\n';
    const ws = parseEntitiesYaml(text);
    assert.deepStrictEqual(ws.patches.map((p) => p.id), ['c']);
    const errors = ws.problems.filter((p) => p.severity === 'error');
    assert.deepStrictEqual(errors.map((p) => p.line), [5, 9]);
    assert.match(errors[0].message, /jurisdiction "China" must be an ISO 3166 code/);
    assert.match(errors[1].message, /"parent" must be an entity id/);
  });

  it('warns, with the entry line, about unknown targets and cycles', () => {
    const text = 'version: 1\nentities:\n  - id: x\n    kind: institution\n    names: { en: X }\n    parent: y\n  - id: y\n    kind: institution\n    names: { en: Y }\n    parent: x\n  - id: z\n    kind: model\n    names: { en: Z }\n    partOf: no-such-series\n';
    const kb = mergeKnowledge(BUILTIN_ENTITIES, parseEntitiesYaml(text));
    const warnings = kb.problems.map((p) => `${p.line}: ${p.message}`);
    assert.ok(warnings.includes('2: "x" is its own ancestor through "parent"'), warnings.join('\n'));
    assert.ok(warnings.includes('6: "y" is its own ancestor through "parent"'), warnings.join('\n'));
    assert.ok(warnings.includes('10: "z" has partOf "no-such-series", which is no known entity'), warnings.join('\n'));
    assert.ok(kb.get('z'), 'the entry is kept');
  });

  it('the entities.yaml JSON schema accepts the fields and rejects a bad code', () => {
    const schema = JSON.parse(readFileSync('schemas/entities.schema.json', 'utf8'));
    // `format: uri` is an editor hint; ajv needs a plug-in for formats, which this check does not need.
    const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);
    assert.ok(validate(parse(FILE)), JSON.stringify(validate.errors));
    assert.ok(!validate(parse('version: 1\nentities:\n  - id: a\n    jurisdiction: [cn]\n')));
  });

  it('the read-only YAML view of a built-in entity shows its parent and jurisdiction, and reads back', () => {
    const ostp = BUILTIN_ENTITIES.find((e) => e.id === 'ostp')!;
    const yaml = `version: 1\nentities:\n${entityToYaml(ostp)}`;
    assert.match(yaml, /parent: white-house/);
    const back = parseEntitiesYaml(yaml);
    assert.deepStrictEqual(back.problems, []);
    assert.strictEqual(back.patches[0].parent, 'white-house');
    assert.deepStrictEqual(back.patches[0].jurisdiction, ['US']);
  });
});
