/** The review's cases on the project's own demo corpus: who issued what, and when. */
import * as assert from 'node:assert';
import { resolve } from 'node:path';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { NodeFiles } from '../../../src/cli/nodeFiles';

describe('corpus model on demo-corpus', () => {
  let model: CorpusModel;
  before(async function () {
    this.timeout(30_000);
    model = await CorpusModel.load(new NodeFiles(resolve(process.cwd(), 'demo-corpus')), new KnowledgeBase(BUILTIN_ENTITIES), corpusOptions());
  });
  const doc = (path: string) => {
    const d = model.documents().find((x) => x.path === path);
    assert.ok(d, `${path} loaded`);
    return d;
  };
  const ids = (path: string) => doc(path).meta.institutions.map((a) => a.id);

  it('the privacy brief is BAAI alone (Google is only an example) and dated by its title', () => {
    const d = doc('baai/2021-privacy-computing-trends.txt');
    assert.deepStrictEqual(ids(d.path), ['baai']);
    assert.strictEqual(d.meta.date, '2021');
    assert.strictEqual(d.meta.origins.date?.provenance, 'year in the title');
  });

  it('the forum run by I-AIIG is filed under I-AIIG, not only under Tsinghua', () => {
    assert.ok(ids('i-aiig/2021-cooperation-governance-forum.md').includes('i-aiig'));
  });
});
