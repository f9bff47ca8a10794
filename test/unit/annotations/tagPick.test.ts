import * as assert from 'node:assert';
import { resolveTags } from '../../../src/core/annotations/codebook';
import { tagAcceptAction, tagRows } from '../../../src/core/annotations/tagPick';

describe('annotations/tag picker rows and accept', () => {
  const tags = resolveTags([
    { id: 'governance', label: 'Governance', labelZh: '治理', color: '#336699' },
    { id: 'governance/principles', label: 'Principles', labelZh: '治理原则', description: 'Stated values' },
    { id: 'privacy' },
  ]);

  it('label is the name, description the full id (parent path) and the other language', () => {
    const rows = tagRows(tags, ['governance/principles'], false, () => '#000000');
    const p = rows.find((r) => r.id === 'governance/principles')!;
    assert.strictEqual(p.label, 'Principles', 'no indentation in the label');
    assert.strictEqual(p.description, 'governance/principles · 治理原则');
    assert.strictEqual(p.detail, 'Stated values');
    assert.strictEqual(p.picked, true);
    assert.strictEqual(p.color, '#336699', 'children take the nearest ancestor colour');
    assert.strictEqual(rows.find((r) => r.id === 'privacy')!.label, 'privacy');
    assert.deepStrictEqual(rows.map((r) => r.id), ['governance', 'governance/principles', 'privacy']);
  });

  it('Chinese display puts the Chinese name first; unknown selected tags still appear', () => {
    const rows = tagRows(tags, ['method/interview'], true, () => '#123456');
    assert.strictEqual(rows.find((r) => r.id === 'governance')!.label, '治理');
    assert.strictEqual(rows.find((r) => r.id === 'governance')!.description, 'governance · Governance');
    const extra = rows.find((r) => r.id === 'method/interview')!;
    assert.strictEqual(extra.label, 'interview');
    assert.strictEqual(extra.color, '#123456');
    assert.ok(extra.picked);
  });

  it('Enter on "New tag…" creates one; an empty accept asks; ticked tags are kept', () => {
    assert.strictEqual(tagAcceptAction(true, false, 0), 'create');
    assert.strictEqual(tagAcceptAction(false, true, 2), 'create');
    assert.strictEqual(tagAcceptAction(false, false, 0), 'confirm-empty');
    assert.strictEqual(tagAcceptAction(false, false, 1), 'done');
    assert.strictEqual(tagAcceptAction(true, false, 1), 'done', 'focus left on the first row does not override ticked tags');
  });
});
