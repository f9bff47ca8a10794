import * as assert from 'node:assert';
import { entityDefinitionLine } from '../../../src/core/knowledge/definitionLine';
import { appendEntity } from '../../../src/core/knowledge/entityYaml';
import { parseEntitiesYaml } from '../../../src/core/knowledge/workspace';

const FILE = [
  'version: 1',
  'entities:',
  '  - id: xue-lan',
  '    addAliases: [Prof. Xue]',
  '  - kind: model',
  '    names: { en: Tiny Model }',
  '    id: "tiny-model"',
  '  - id: xue-lan-2',
  '    kind: person',
  '    names: { en: Someone }',
  '',
].join('\n');

describe('knowledge/entityDefinitionLine', () => {
  it('finds the id line of an entry, also when id is not the first key', () => {
    assert.deepStrictEqual(entityDefinitionLine(FILE, 'xue-lan'), { line: 2, column: 4 });
    assert.deepStrictEqual(entityDefinitionLine(FILE, 'tiny-model'), { line: 6, column: 4 });
    assert.deepStrictEqual(entityDefinitionLine(FILE, 'xue-lan-2'), { line: 7, column: 4 });
  });

  it('is undefined for an id the file does not define', () => {
    assert.strictEqual(entityDefinitionLine(FILE, 'glm'), undefined);
    assert.strictEqual(entityDefinitionLine(FILE, 'xue'), undefined);
  });

  it('still finds the entry in a file the parser rejects', () => {
    const broken = FILE.replace('names: { en: Someone }', 'names: { en: Someone');
    assert.deepStrictEqual(entityDefinitionLine(broken, 'tiny-model'), { line: 6, column: 4 });
  });

  it('handles CRLF files', () => {
    assert.deepStrictEqual(entityDefinitionLine(FILE.replace(/\n/g, '\r\n'), 'xue-lan-2'), { line: 7, column: 4 });
  });
});

describe('knowledge/appendEntity with partial descriptions', () => {
  // Entries made by "Add Entity from Selection" may carry only a Chinese or no description.
  const base = { kind: 'person' as const, aliases: [], related: [] };
  it('writes a Chinese-only description without an empty English one, and none when blank', () => {
    const text = appendEntity(undefined, { ...base, id: 'li-si', names: { zh: '李四' }, description: { en: '', zh: '一位学者。' } });
    assert.ok(!/en: ""/.test(text), text);
    const parsed = parseEntitiesYaml(text);
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(parsed.patches[0].description, { zh: '一位学者。' });
    const none = appendEntity(text, { ...base, id: 'wang-wu', names: { en: 'Wang Wu' }, description: { en: '  ' } });
    const again = parseEntitiesYaml(none);
    assert.deepStrictEqual(again.problems, []);
    assert.deepStrictEqual(again.patches.map((p) => p.id), ['li-si', 'wang-wu']);
    assert.strictEqual(again.patches[1].description, undefined);
    assert.deepStrictEqual(entityDefinitionLine(none, 'wang-wu')?.line, none.split('\n').findIndex((l) => l.includes('id: wang-wu')));
  });
});
