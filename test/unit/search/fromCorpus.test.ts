import * as assert from 'node:assert';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { createJumpIndex } from '../../../src/core/search/jump';
import { toSearchDoc } from '../../../src/core/search/fromCorpus';
import { MemoryFiles } from '../support/memoryFiles';
import { testKnowledge } from '../corpus/testKnowledge';

const files = (): MemoryFiles => new MemoryFiles({
  'lab.md': '---\ntitle: Lab notes\n---\n\n# Lab notes\n\nThe NLMP reviewed oversight rules for large models. The NLMP met twice; NLMP staff wrote memos.\n\n## Next steps\n\nA second paragraph about pretraining budgets.\n',
  'harbor.txt': '海港研究院发布报告\n\n海港研究院认为模型参数与预训练值得研究。\n',
});

describe('search: corpus documents as search documents', () => {
  it('keeps passages, headings and mentions with their document offsets', async () => {
    const model = await CorpusModel.load(files(), testKnowledge(), corpusOptions());
    const lab = model.get('lab.md')!;
    const doc = toSearchDoc(lab);
    assert.strictEqual(doc.path, 'lab.md');
    assert.strictEqual(doc.institution, 'north-lab');
    // The title is part of the fingerprint: a catalog title change re-indexes the document.
    assert.strictEqual(doc.title, 'Lab notes');
    assert.ok(doc.hash!.startsWith(lab.hash) && doc.hash!.includes('Lab notes'));
    assert.deepStrictEqual(doc.headings.map((h) => [h.text, h.level]), [['Lab notes', 1], ['Next steps', 2]]);
    assert.ok(doc.passages.length >= 2);
    for (const p of doc.passages) assert.strictEqual(lab.parsed.text.slice(p.span.start, p.span.end).includes(p.text.slice(0, 10)), true);
    assert.ok(doc.mentions.some((m) => m.entityId === 'north-lab' && lab.parsed.text.slice(m.start, m.end) === 'NLMP'));
  });

  it('leaves the institution out when none is known', async () => {
    const model = await CorpusModel.load(new MemoryFiles({ 'x.txt': 'Nothing named here at all.\n' }), testKnowledge(), corpusOptions());
    assert.strictEqual('institution' in toSearchDoc(model.get('x.txt')!), false);
  });

  it('feeds the jump index, and an unchanged document is not re-indexed from a cache', async () => {
    const model = await CorpusModel.load(files(), testKnowledge(), corpusOptions());
    const docs = model.documents().map(toSearchDoc);
    const jump = createJumpIndex();
    assert.deepStrictEqual(jump.setDocuments(docs), { indexed: 2, reused: 0, removed: 0 });
    const hit = jump.query('pretrainng budgets', { limit: 5 })[0];
    assert.strictEqual(hit?.path, 'lab.md');
    const text = model.get('lab.md')!.parsed.text;
    assert.match(text.slice(hit.span!.start, hit.span!.end), /pretraining/);
    const warm = createJumpIndex(jump.serialize());
    assert.deepStrictEqual(warm.setDocuments(docs), { indexed: 0, reused: 2, removed: 0 });
    assert.strictEqual(warm.query('pretrainng budgets', { limit: 5 })[0]?.path, 'lab.md');
  });
});
