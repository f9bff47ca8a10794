/** The shipped JSON schemas describe what the code writes and accepts. */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { serializeAnnotationFile } from '../../../src/core/annotations/store';
import { isValidTagId } from '../../../src/core/annotations/codebook';
import { ANNOTATION_STATUSES, LINK_RELATIONS } from '../../../src/core/annotations/types';
import { annotationOn, bareLinkTarget, BILINGUAL } from './helpers';

const schema = JSON.parse(readFileSync('schemas/annotations.schema.json', 'utf8'));
const codebook = JSON.parse(readFileSync('schemas/codebook.schema.json', 'utf8'));

describe('annotations/schemas', () => {
  it('annotation schema knows every key the store writes, and the same enums', () => {
    const a = { ...annotationOn('m.md', BILINGUAL, '算力资源'), note: 'n', author: 'x', links: [{ target: bareLinkTarget('b.md', 0, 1, 'q'), relation: 'cites' as const }] };
    const file = JSON.parse(serializeAnnotationFile({ version: 1, source: 'm.md', annotations: [a], deleted: [{ id: 'z', deleted: '2024-01-01T00:00:00Z' }] }));
    const def = schema.definitions.annotation;
    assert.deepStrictEqual(Object.keys(file).filter((k) => !(k in schema.properties)), []);
    assert.deepStrictEqual(Object.keys(file.annotations[0]).filter((k) => !(k in def.properties)), []);
    assert.deepStrictEqual(Object.keys(file.annotations[0].target).filter((k) => !(k in def.properties.target.properties)), []);
    assert.deepStrictEqual(def.properties.status.enum, [...ANNOTATION_STATUSES]);
    assert.deepStrictEqual(def.properties.links.items.properties.relation.enum, [...LINK_RELATIONS]);
    const linkTarget = def.properties.links.items.properties.target.oneOf[0];
    assert.deepStrictEqual(Object.keys(file.annotations[0].links[0].target).filter((k) => !(k in linkTarget.properties)), []);
    assert.deepStrictEqual(linkTarget.properties.status.enum, [...ANNOTATION_STATUSES]);
  });

  it('codebook id pattern agrees with isValidTagId', () => {
    const re = new RegExp(codebook.properties.tags.items.properties.id.pattern);
    for (const id of ['a', 'governance/international-cooperation', '治理/国际 合作', 'a//b', '/a', 'a/', ' a', 'a /b', '']) {
      assert.strictEqual(re.test(id), isValidTagId(id), id);
    }
  });
});
