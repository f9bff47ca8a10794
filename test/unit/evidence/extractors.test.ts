/** Each evidence extractor on a few lines of invented text: what it reads, and what it leaves alone. */
import * as assert from 'node:assert';
import { evidenceContext } from '../../../src/core/corpus/evidence';
import { adoptingBodies, promulgationEvidence } from '../../../src/core/corpus/evidence/promulgation';
import { signatureEvidence } from '../../../src/core/corpus/evidence/signature';
import { openingEvidence } from '../../../src/core/corpus/evidence/openings';
import { bylineEvidence, newsSourceEvidence, titleEvidence } from '../../../src/core/corpus/evidence/titleForms';
import { authorshipEvidence } from '../../../src/core/corpus/evidence/authorship';
import { folderEvidence, frontMatterEvidence } from '../../../src/core/corpus/evidence/provenance';
import { parseDocument } from '../../../src/core/parse';
import type { Extractor } from '../../../src/core/corpus/evidence/types';
import { testKnowledge } from '../corpus/testKnowledge';
import { subjectModelEvidence } from '../../../src/core/corpus/evidence/subjectModel';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { define } from '../../../src/core/knowledge/builtin/define';

const kb = testKnowledge();
function run(extract: Extractor, text: string, path = 'doc.md') {
  const parsed = parseDocument(path, text, 'utf-8');
  return extract(evidenceContext({ parsed, mentions: kb.findMentions(text), kb, language: 'en' })).filter((e) => e.facet === 'issuer');
}
const names = (items: ReturnType<typeof run>) => items.map((i) => i.value);

describe('evidence extractors', () => {
  it('adoption lines name the body before 会议, without session, meeting count or organ', () => {
    assert.deepStrictEqual(adoptingBodies('某某省第十三届人民代表大会常务委员会第二十次会议通过'), ['某某省人民代表大会常务委员会']);
    assert.deepStrictEqual(adoptingBodies('某某信息办公室2022年第3次室务会议审议通过'), ['某某信息办公室']);
    assert.deepStrictEqual(adoptingBodies('甲市中级人民法院审判委员会第100次会议、甲市人民检察院第五届检察委员会第8次会议通过'),
      ['甲市中级人民法院审判委员会', '甲市人民检察院检察委员会']);
    const items = run(promulgationEvidence, '# 甲市数据条例\n\n2023年1月5日 甲市第九届人民代表大会常务委员会第四次会议通过\n\n第一条 为了……\n');
    assert.deepStrictEqual(names(items), ['甲市人民代表大会常务委员会']);
    assert.strictEqual(items[0].line, 2);
  });

  it('an order number and a 发布 line name their bodies; a later sentence does not', () => {
    assert.deepStrictEqual(names(run(promulgationEvidence, '# 某办法\n\n某某管理总局令 第12号\n\n正文。\n')), ['某某管理总局']);
    assert.deepStrictEqual(names(run(promulgationEvidence, '# 某指南\n\n（2024年3月1日某某标准化委员会发布）\n\n正文。\n')), ['某某标准化委员会']);
    const late = '# Notes\n\n' + 'Filler line.\n\n'.repeat(20) + '某某标准化委员会发布\n';
    assert.deepStrictEqual(names(run(promulgationEvidence, late)), []);
  });

  it('a closing body over a date signs the text; a bare personal name does not', () => {
    assert.deepStrictEqual(names(run(signatureEvidence, '# Order\n\nText of the order.\n\nJANE Q. PUBLIC\n\nTHE GOVERNOR’S OFFICE,\nMay 2, 2024.\n')), ['Governor’s Office']);
    assert.deepStrictEqual(names(run(signatureEvidence, '# 通知\n\n正文。\n\n某某市人民政府办公厅\n\n2024年5月2日\n')), ['某某市人民政府办公厅']);
    assert.deepStrictEqual(names(run(signatureEvidence, '# Essay\n\nThe end of a long essay.\n\nJANE Q. PUBLIC\n')), []);
  });

  it('title forms: statements, remarks, 关于 titles', () => {
    assert.deepStrictEqual(names(run(titleEvidence, '# Statement from the Harbor AI Institute on model audits\n\nText.\n')), ['Harbor AI Institute']);
    assert.deepStrictEqual(names(run(titleEvidence, '# Remarks by Ada Park at the policy forum\n\nThank you.\n')), ['Ada Park']);
    assert.strictEqual(run(titleEvidence, '# Remarks by Ada Park at the policy forum\n\nThank you.\n')[0].entityId, 'north-lab', 'a known person speaks for their institute');
    assert.deepStrictEqual(names(run(titleEvidence, '# 甲省教育厅 乙省科学技术厅关于开展试点工作的通知\n\n正文。\n')), ['甲省教育厅', '乙省科学技术厅']);
    assert.deepStrictEqual(names(run(titleEvidence, '# Notes on the Harbor AI Institute\n\nText.\n')), [], 'a title about a body is not by it');
  });

  it('bylines and news datelines', () => {
    assert.deepStrictEqual(names(run(bylineEvidence, '# 报告\n\n来源：某某市科学技术局\n\n正文。\n')), ['某某市科学技术局']);
    assert.deepStrictEqual(names(run(bylineEvidence, '# Post\n\nAuthor: Jane Doe\n\nText.\n')), [], 'a person is not a body');
    assert.deepStrictEqual(names(run(newsSourceEvidence, '据光华新闻社报道，某市发布新规。\n')), ['光华新闻社']);
  });

  it('opening formulas: "We, the Leaders of", "By the authority vested in me as Governor"', () => {
    assert.deepStrictEqual(names(run(openingEvidence, 'We, the Leaders of the Northern Forum (NF), welcome the plan.\n')), ['Northern Forum']);
    const eo = run(openingEvidence, 'By the authority vested in me as Governor by the Constitution and the laws of the State of\nOregon, it is hereby ordered:\n');
    assert.deepStrictEqual(names(eo), ['Governor of Oregon']);
  });

  it('licensor, copyright and a one-body citation author', () => {
    assert.deepStrictEqual(names(run(authorshipEvidence, '# Licence\n\nThis licence is granted by Quill Systems Inc. (“Licensor”) to you.\n')), ['Quill Systems Inc.']);
    assert.deepStrictEqual(names(run(authorshipEvidence, '# Report\n\nText.\n\n© 2023 Riverbend Policy Institute. All rights reserved.\n')), ['Riverbend Policy Institute']);
    assert.deepStrictEqual(names(run(authorshipEvidence, '# M\n\n```\n@misc{x, author={Ann Lee and Bo Chen}}\n```\n')), [], 'a list of people');
  });

  it('front matter publisher and provider, web address, folder', () => {
    assert.deepStrictEqual(names(run(frontMatterEvidence, '---\npublisher: Riverbend Policy Institute\nprovider:\n  name: Daily Ledger\n---\nText.\n')),
      ['Riverbend Policy Institute', 'Daily Ledger']);
    assert.deepStrictEqual(run(frontMatterEvidence, '---\nsource: https://www.harbor-ai.example/news/x\n---\nText.\n').map((i) => i.entityId), ['harbor-ai']);
    assert.deepStrictEqual(run(folderEvidence, 'Text.\n', 'Harbor AI Institute/brief.md').map((i) => i.entityId), ['harbor-ai']);
  });

  it('a README about a known model is by its developer; a news story about it is not', () => {
    const models = new KnowledgeBase([
      define('lab', 'institution', { en: 'Harbor AI Institute' }, [], 'A lab.'),
      define('orca', 'model', { en: 'Orca-9' }, [], 'A model.', { related: ['lab'] }),
    ]);
    const ctxOf = (path: string, text: string) => evidenceContext({ parsed: parseDocument(path, text, 'utf-8'), mentions: [], kb: models, language: 'en' });
    assert.deepStrictEqual(subjectModelEvidence(ctxOf('README.md', '# Orca-9\n\nWeights and code.\n')).map((i) => i.entityId), ['lab']);
    assert.deepStrictEqual(subjectModelEvidence(ctxOf('news.md', '# Orca-9 tops the charts\n\nA story.\n')), []);
  });
});
