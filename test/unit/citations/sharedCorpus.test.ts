/**
 * Citations on the real documents of ../shared/corpus (dev and realworld together, so a
 * regulation in one folder can cite a law in the other). There is no label file for them:
 * the test prints counts and a sample for a person to check, and asserts what must hold
 * whatever the documents are.
 */
import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { MemoryFiles } from '../support/memoryFiles';
import { describeWithSharedCorpus } from '../support/sharedCorpus';

describeWithSharedCorpus('citations: real documents of ../shared/corpus (dev + realworld)', (dir) => {
  let model: CorpusModel;
  before(async function () {
    this.timeout(60_000);
    const files = new MemoryFiles();
    for (const sub of ['dev', 'realworld']) {
      let names: string[] = [];
      try { names = readdirSync(join(dir, sub)); } catch { continue; }
      for (const n of names.filter((x) => /\.(md|txt)$/.test(x))) files.set(`${sub}/${n}`, readFileSync(join(dir, sub, n)));
    }
    model = await CorpusModel.load(files, new KnowledgeBase(BUILTIN_ENTITIES), corpusOptions());
  });

  it('finds citations, resolves some to documents of the corpus, and keeps every one at its place', () => {
    const all = model.citations().all();
    const toDoc = all.filter((c) => c.target.path);
    const toEntity = all.filter((c) => !c.target.path && c.target.entity);
    const byKind = new Map<string, number>();
    for (const c of all) byKind.set(c.citation.kind, (byKind.get(c.citation.kind) ?? 0) + 1);
    console.log(`      ${model.documents().length} documents, ${all.length} citations: ${toDoc.length} to documents, ${toEntity.length} to entities only, ${all.length - toDoc.length - toEntity.length} unresolved`);
    console.log(`      by form: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    const sample = [...new Map(all.map((c) => [`${c.path}|${c.citation.keys[0]}`, c])).values()].filter((_, i) => i % 7 === 0).slice(0, 15);
    for (const c of sample) console.log(`        ${c.path}:${model.get(c.path)!.lines.lineOf(c.citation.start) + 1}  ${c.citation.text.replace(/\s+/g, ' ')}  → ${JSON.stringify(c.target)}`);
    const missing = model.citations().unresolved().slice(0, 8).map((u) => `${u.label} ×${u.count}`);
    console.log(`      most cited instruments not in the corpus: ${missing.join('; ')}`);
    assert.ok(all.length > 0, 'no citation found in the real documents');
    assert.ok(toDoc.length > 0, 'no citation resolved to a document of the corpus');
    for (const c of all) {
      assert.strictEqual(model.get(c.path)!.parsed.text.slice(c.citation.start, c.citation.end), c.citation.text);
      assert.notStrictEqual(c.target.path, c.path, `self-citation listed: ${c.citation.text}`);
    }
  });
});
