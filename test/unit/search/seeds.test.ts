/** The search engine over the five real seed documents (read at test time, never copied). */
import * as assert from 'node:assert';
import { describeWithSharedCorpus, listShared, readShared } from '../support/sharedCorpus';
import { createJumpIndex } from '../../../src/core/search/jump';
import { pairTranslations } from '../../../src/core/search/translation';
import type { SearchDoc, SearchEntity } from '../../../src/core/search/searchTypes';
import { findMentions } from './searchFixture';

/** Names only (facts about the corpus), in both languages where the seeds use both. */
const seedEntities: SearchEntity[] = [
  { id: 'responsive', names: ['Responsive', '积极响应'], kind: 'principle' },
  { id: 'resilient', names: ['Resilient', '适应发展'], kind: 'principle' },
  { id: 'responsible', names: ['Responsible', '坚守价值'], kind: 'principle' },
  { id: 'bletchley', names: ['Bletchley Declaration', 'Bletchley', '布莱切利宣言'], kind: 'document' },
  { id: 'wudao', names: ['WuDao 2.0', '悟道2.0', '悟道'], kind: 'model' },
  { id: 'fastmoe', names: ['FastMoE'], kind: 'software' },
  { id: 'xue-lan', names: ['Xue Lan', '薛澜'], kind: 'person' },
  { id: 'zhang-yaqin', names: ['Ya-Qin Zhang', '张亚勤'], kind: 'person' },
];

/** Crude stand-in for the parser: every non-blank line is a passage. */
function lineDoc(path: string, text: string): SearchDoc {
  const passages: SearchDoc['passages'][number][] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) passages.push({ index: passages.length, text: m[0], span: { start: m.index, end: m.index + m[0].length }, kind: 'paragraph' });
  }
  return { path, passages, headings: [], mentions: findMentions(text, seedEntities) };
}

describeWithSharedCorpus('search over the seed documents', (dir) => {
  const docs = listShared(dir, 'seeds').map((rel) => lineDoc(rel, new TextDecoder().decode(readShared(dir, rel))));
  const j = createJumpIndex();
  j.setDocuments(docs);
  j.setEntities(seedEntities);
  const passagesFor = (q: string) => j.query(q).filter((h) => h.kind === 'passage');

  it('finds the Bletchley passage despite a typo', () => {
    const top = passagesFor('Bletchly')[0];
    assert.match(top.path!, /^seeds\/003_/);
    assert.ok(top.highlights.some(([s, e]) => top.label.slice(s, e) === 'Bletchley'));
  });

  it('finds 隐私保护 from 隐私保户', () => {
    assert.ok(passagesFor('隐私保户').slice(0, 5).some((h) => h.label.includes('隐私保护')));
  });

  it('ranks the line naming both 悟道 and FastMoE first for a mixed query', () => {
    const top = passagesFor('悟道 FastMoE')[0];
    assert.match(top.path!, /^seeds\/001_/);
    assert.ok(top.label.includes('FastMoE') && top.label.includes('悟道'), top.label);
  });

  it('reads full-width digits in 001 as ASCII', () => {
    assert.ok(passagesFor('悟道2.0').some((h) => h.path!.startsWith('seeds/001_')));
  });

  it('pairs the Chinese 3R principle lines of 000 with the English statements', () => {
    const d = docs.find((x) => x.path.startsWith('seeds/000_'))!;
    const pairs = pairTranslations(d).map((p) => [d.passages[p.zh].text, d.passages[p.en].text]);
    for (const [zh, en] of [['积极响应', 'Responsive AI'], ['适应发展', 'Resilient AI'], ['坚守价值', 'Responsible AI']]) {
      assert.ok(pairs.some(([z, e]) => z.includes(zh) && e.startsWith(en)), `${zh} ↔ ${en}`);
    }
  });
});
