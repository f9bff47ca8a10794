/** Loads every file of ../shared/corpus through NodeFiles and checks the seed metadata. */
import * as assert from 'node:assert';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { groupDocuments } from '../../../src/core/corpus/facets';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { describeWithSharedCorpus, listShared } from '../support/sharedCorpus';

describeWithSharedCorpus('corpus model on the shared corpus', (dir) => {
  let model: CorpusModel;
  const kb = new KnowledgeBase(BUILTIN_ENTITIES);
  before(async function () {
    this.timeout(60_000);
    model = await CorpusModel.load(new NodeFiles(dir), kb, corpusOptions());
  });

  const seed = (n: string) => {
    const doc = model.documents().find((d) => d.path.startsWith(`seeds/${n}_`));
    assert.ok(doc, `seed ${n} loaded`);
    return doc;
  };
  const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

  it('loads every seed and real-world document, skipping none', () => {
    const expected = [...listShared(dir, 'seeds'), ...listShared(dir, 'realworld')];
    const loaded = new Set(model.documents().map((d) => d.path));
    for (const p of expected) assert.ok(loaded.has(p), `${p} loaded`);
    assert.deepStrictEqual(model.skipped(), []);
  });

  it('000: Tsinghua AIR, bilingual, 2020-12-30', () => {
    const d = seed('000');
    assert.strictEqual(ids(d.meta.institutions)[0], 'air-tsinghua');
    assert.strictEqual(d.meta.language, 'bilingual');
    assert.strictEqual(d.meta.date, '2020-12-30');
    assert.ok(ids(d.meta.themes).includes('ai-governance'));
  });

  it('001: BAAI from its mentions (not the portal in `author`), zh, front-matter date', () => {
    const d = seed('001');
    assert.deepStrictEqual(ids(d.meta.institutions), ['baai']);
    assert.match(d.meta.institutions[0].provenance, /\d+ mentions of /);
    assert.strictEqual(d.meta.language, 'zh');
    assert.strictEqual(d.meta.date, '2021-06-02');
    assert.strictEqual(d.meta.origins.date?.source, 'frontmatter');
    assert.ok(ids(d.meta.themes).some((t) => t === 'large-models' || t === 'ai-research'));
    assert.ok(!ids(d.meta.themes).includes('ai-governance'));
  });

  it('002: Tsinghua / I-AIIG, en, December 2021', () => {
    const d = seed('002');
    const inst = ids(d.meta.institutions);
    assert.ok(inst.length > 0 && inst.every((i) => ['tsinghua-university', 'i-aiig', 'undp'].includes(i)), inst.join());
    assert.ok(inst.includes('tsinghua-university') || inst.includes('i-aiig'));
    assert.strictEqual(d.meta.language, 'en');
    assert.match(d.meta.date ?? '', /^2021-12/);
    assert.ok(ids(d.meta.themes).includes('ai-governance'));
  });

  it('003: I-AIIG (through its dean Xue Lan), zh, 2024-04-04', () => {
    const d = seed('003');
    assert.deepStrictEqual(ids(d.meta.institutions), ['i-aiig']);
    assert.match(d.meta.institutions[0].provenance, /Xue Lan/);
    assert.strictEqual(d.meta.language, 'zh');
    assert.strictEqual(d.meta.date, '2024-04-04');
    assert.ok(ids(d.meta.themes).includes('ai-governance'));
  });

  it('004: BAAI despite many affiliation lines of universities, zh, technology themes', () => {
    const d = seed('004');
    assert.deepStrictEqual(ids(d.meta.institutions), ['baai']);
    assert.strictEqual(d.meta.language, 'zh');
    assert.ok(ids(d.meta.themes).some((t) => t === 'large-models' || t === 'ai-research'));
    assert.ok(!ids(d.meta.themes).includes('ai-governance'));
  });

  const real = (n: string) => {
    const doc = model.documents().find((d) => d.path.startsWith(`realworld/${n}_`));
    assert.ok(doc, `realworld ${n} loaded`);
    return doc;
  };

  it('000 gets a title from its text, not its file name', () => {
    const d = seed('000');
    assert.notStrictEqual(d.meta.origins.title.provenance, 'file name');
    assert.ok(!d.meta.title.startsWith('000_'), d.meta.title);
  });

  it('real-world publishers: White House speech, Shenzhen and NPC laws, PauseAI alone, FastMoE not NVIDIA', () => {
    assert.deepStrictEqual(ids(real('12').meta.institutions), ['white-house']);
    assert.deepStrictEqual(ids(real('17').meta.institutions), ['shenzhen-peoples-congress']);
    assert.deepStrictEqual(ids(real('19').meta.institutions), ['npc-standing-committee']);
    // The campaign page names PauseAI twice in passing and nowhere a publisher stands: unattributed.
    assert.ok(ids(real('13').meta.institutions).every((i) => i === 'pauseai'));
    assert.ok(!ids(real('01').meta.institutions).includes('nvidia'));
  });

  it('facets put every document somewhere', () => {
    for (const by of ['institution', 'theme', 'year', 'language'] as const) {
      const seen = new Set(groupDocuments(model.documents(), by).flatMap((g) => g.documents.map((d) => d.path)));
      assert.strictEqual(seen.size, model.documents().length, by);
    }
  });
});
