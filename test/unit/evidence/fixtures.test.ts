/**
 * The inference on invented documents in the style of issuers the project has never seen
 * (a provincial notice, a city regulation, a US agency's guidance, a university centre's
 * report, a company licence, a model README, a speech, a news story with no issuer): the
 * mechanisms, not names, must carry them.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { NodeFiles } from '../../../src/cli/nodeFiles';

const DIR = 'test/fixtures/inference';
interface FixtureLabel { issuer: string | null; type: string; jurisdiction: string[] }
const labels = JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8')) as Record<string, FixtureLabel>;

describe('inference on invented documents of unseen issuers', () => {
  let model: CorpusModel;
  const kb = new KnowledgeBase(BUILTIN_ENTITIES);
  before(async () => {
    model = await CorpusModel.load(new NodeFiles(DIR), kb, corpusOptions());
  });

  for (const [path, label] of Object.entries(labels)) {
    it(`${path}: ${label.issuer ?? 'unattributed'}, ${label.type}, ${label.jurisdiction.join(',') || 'no jurisdiction'}`, () => {
      const doc = model.get(path);
      assert.ok(doc, `${path} loaded`);
      const { meta } = doc;
      if (label.issuer === null) assert.deepStrictEqual(meta.institutions.map((a) => a.name), []);
      else {
        // The knowledge base may know the issuer by now: then any of its names will do.
        const first = meta.institutions[0];
        const entity = first && kb.get(first.id);
        const names = first ? [first.name, entity?.names.zh, entity?.names.en] : [];
        assert.ok(names.includes(label.issuer), meta.institutions.map((a) => `${a.name}: ${a.provenance}`).join('; '));
        assert.ok(meta.institutions[0].evidence?.length, 'the issuer carries its evidence');
      }
      assert.strictEqual(meta.type.value, label.type, meta.type.provenance);
      assert.deepStrictEqual([...meta.jurisdiction.codes].sort(), [...label.jurisdiction].sort(), meta.jurisdiction.provenance);
    });
  }

  it('an issuer the knowledge base does not know is a discovered entity, with the line it was read from', () => {
    const a = model.get('hangzhou-data-regulation.md')!.meta.institutions[0];
    assert.strictEqual(a.discovered, true);
    assert.strictEqual(a.id, a.name);
    const strongest = a.evidence![0];
    assert.strictEqual(strongest.kind, 'adoption');
    assert.strictEqual(strongest.line, 2);
    assert.match(strongest.excerpt, /会议通过$/);
  });
});
