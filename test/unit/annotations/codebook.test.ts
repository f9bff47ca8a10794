import * as assert from 'node:assert';
import { addTag, defaultTagColor, parseCodebook } from '../../../src/core/annotations/codebook';
import { AnnotationFileError } from '../../../src/core/annotations/errors';

const SOURCE = `# Codes for the governance reading group
version: 1
tags:
  # international work
  - id: governance/international-cooperation
    label: International cooperation
    labelZh: 国际合作
    color: "#336699"
  - id: governance/international-cooperation/un
  - id: compute
    description: Chips, clusters and export rules
`;

describe('annotations/codebook', () => {
  it('parses tags, implies parents and resolves colours', () => {
    const { codebook, problems } = parseCodebook('cb.yaml', SOURCE);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(codebook.tags.map((t) => [t.id, t.implied, t.parent]), [
      ['compute', false, undefined],
      ['governance', true, undefined],
      ['governance/international-cooperation', false, 'governance'],
      ['governance/international-cooperation/un', false, 'governance/international-cooperation'],
    ]);
    const un = codebook.tags.find((t) => t.id.endsWith('/un'))!;
    assert.strictEqual(un.color, '#336699', 'inherits the nearest ancestor colour');
    assert.strictEqual(codebook.tags[0].color, defaultTagColor('compute'));
    assert.strictEqual(codebook.tags[2].labelZh, '国际合作');
  });

  it('reports problems with lines and keeps the valid tags', () => {
    const text = 'version: 1\ntags:\n  - id: ok\n  - id: "bad//id"\n  - id: c\n    color: red\n  - label: no id\n  - id: ok\n  - id: x\n    colour: "#000000"\n';
    const { codebook, problems } = parseCodebook('cb.yaml', text);
    assert.deepStrictEqual(codebook.tags.map((t) => t.id), ['c', 'ok', 'x']);
    const lines = problems.map((p) => [p.line, p.severity, p.message.slice(0, 18)]);
    assert.deepStrictEqual(lines, [
      [3, 'error', 'invalid tag id "ba'],
      [5, 'error', 'colour "red" must '],
      [6, 'error', 'tag without "id"'],
      [7, 'error', 'duplicate tag id "'],
      [9, 'warning', 'unknown tag field '],
    ]);
  });

  it('reports YAML syntax errors with a line', () => {
    const { problems } = parseCodebook('cb.yaml', 'version: 1\ntags:\n  - id: a\n   - id: b\n');
    assert.ok(problems.length > 0 && problems[0].severity === 'error' && problems[0].line !== undefined);
  });

  it('addTag keeps comments and appends the tag', () => {
    const out = addTag(SOURCE, { id: 'ethics/fairness', labelZh: '公平' });
    assert.ok(out.startsWith('# Codes for the governance reading group\n'));
    assert.ok(out.includes('  # international work\n'));
    const { codebook, problems } = parseCodebook('cb.yaml', out);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(codebook.tags.find((t) => t.id === 'ethics/fairness')?.labelZh, '公平');
    assert.strictEqual(codebook.tags.length, 6);
  });

  it('addTag starts a codebook from nothing and refuses duplicates and broken files', () => {
    const out = addTag('', { id: 'risk', color: '#aa0000' });
    assert.deepStrictEqual(parseCodebook('cb.yaml', out).codebook.tags.map((t) => [t.id, t.color]), [['risk', '#aa0000']]);
    assert.throws(() => addTag(out, { id: 'risk' }), AnnotationFileError);
    assert.throws(() => addTag('version: 1\ntags: [\n', { id: 'x' }), AnnotationFileError);
    assert.throws(() => addTag(out, { id: 'x', color: 'blue' }), /#rrggbb/);
  });
});
