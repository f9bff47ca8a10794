import * as assert from 'node:assert';
import { parseCatalog } from '../../../src/core/corpus/catalog';
import { dateFromValue, findDates, inferDateFromText } from '../../../src/core/corpus/dates';
import { buildMetadata } from '../../../src/core/corpus/metadata';
import { parseDocument } from '../../../src/core/parse';
import { testKnowledge } from './testKnowledge';

const kb = testKnowledge();

function meta(path: string, text: string, catalog?: string) {
  const parsed = parseDocument(path, text, 'utf-8');
  const entry = catalog ? parseCatalog(catalog).documents.get(path) : undefined;
  return buildMetadata(parsed, kb.findMentions(text), kb, entry);
}

const labBody = [
  'The NLMP met in March to review oversight rules for public agencies.',
  'Ada Park said the NLMP will publish governance guidance and regulation checklists.',
  'A reviewer from Harbor AI Institute also attended.',
  'Further work on oversight and governance continues at the NLMP next year.',
].join('\n\n');

describe('metadata: dates', () => {
  it('finds numeric, Chinese and English dates and rejects impossible ones', () => {
    assert.deepStrictEqual(findDates('a 2024/4/4 b 2020年10月14日 c Dec 4, 2021 d 3 June 2022 e 2023-02-30').map((d) => d.date),
      ['2024-04-04', '2020-10-14', '2021-12-04', '2022-06-03']);
  });

  it('reads front-matter date forms', () => {
    assert.strictEqual(dateFromValue('Wed, 02 Jun 2021 09:04:00 GMT'), '2021-06-02');
    assert.strictEqual(dateFromValue('2019-03-07'), '2019-03-07');
    assert.strictEqual(dateFromValue(2018), '2018');
    assert.strictEqual(dateFromValue(new Date(Date.UTC(2017, 0, 9))), '2017-01-09');
    assert.strictEqual(dateFromValue('soon'), undefined);
  });

  it('prefers a labelled date over an earlier unlabelled one, and a byline date', () => {
    const labelled = inferDateFromText('首页 > 新闻\n\n见 2019-01-01 的报道\n来源:   发布时间:2020-12-30\n\n正文');
    assert.strictEqual(labelled?.date, '2020-12-30');
    assert.match(labelled!.provenance, /发布时间/);
    assert.strictEqual(inferDateFromText(`${'导航 '.repeat(300)}\n作者:某人 | 2024/4/4 11:15:27 | 浏览:5\n正文`)?.date, '2024-04-04');
  });

  it('combines "on Dec 4" with the year of the same sentence', () => {
    assert.strictEqual(inferDateFromText('The university held its 2021 forum on Dec 4 with partners.')?.date, '2021-12-04');
    assert.strictEqual(inferDateFromText('The forum on Dec 4 was busy.'), undefined);
  });
});

describe('metadata: precedence and provenance', () => {
  it('infers institution, themes, language from the text with provenance', () => {
    const { meta: m } = meta('lab.md', labBody);
    assert.strictEqual(m.institutions[0].id, 'north-lab');
    assert.strictEqual(m.institutions[0].source, 'inferred');
    assert.match(m.institutions[0].provenance, /3 mentions of NLMP/);
    assert.ok(!m.institutions.some((a) => a.id === 'harbor-ai'), 'a single passing mention is not an attribution');
    assert.deepStrictEqual(m.themes.map((t) => t.id), ['governance']);
    assert.match(m.themes[0].provenance, /keywords .*governance/);
    assert.strictEqual(m.language, 'en');
    assert.strictEqual(m.origins.language.source, 'inferred');
  });

  it('front matter beats inference; unknown loose fields are reported, not used', () => {
    const text = `---\ntitle: Lab review\ndate: 2022-05-06\nauthor: Harbor AI Institute\ntags: [governance, misc]\n---\n\n${labBody}`;
    const { meta: m } = meta('lab.md', text);
    assert.strictEqual(m.title, 'Lab review');
    assert.strictEqual(m.origins.title.source, 'frontmatter');
    assert.strictEqual(m.date, '2022-05-06');
    assert.deepStrictEqual(m.institutions.map((a) => [a.id, a.source, a.provenance]), [['harbor-ai', 'frontmatter', 'front matter `author`']]);
    assert.deepStrictEqual(m.themes.map((a) => a.id), ['governance']);
    assert.strictEqual(m.themes[0].source, 'frontmatter');
    const personAuthor = meta('p.md', `---\nauthor: Jane Writer\n---\n\n${labBody}`);
    assert.strictEqual(personAuthor.meta.institutions[0].id, 'north-lab', 'falls back to inference');
    assert.ok(personAuthor.problems.some((p) => p.severity === 'info' && /Jane Writer/.test(p.message)));
  });

  it('an explicit unknown institution in front matter is kept, not dropped', () => {
    const { meta: m } = meta('x.md', `---\ninstitution: Small Town Council\n---\n\nText.`);
    assert.deepStrictEqual(m.institutions.map((a) => [a.id, a.source]), [['Small Town Council', 'frontmatter']]);
  });

  it('the catalog beats front matter field by field and flags unknown ids', () => {
    const text = `---\ntitle: Lab review\ndate: 2022-05-06\nauthor: Harbor AI Institute\n---\n\n${labBody}`;
    const catalog = 'version: 1\ndocuments:\n  lab.md:\n    date: 2023\n    institutions: [north-univ, mystery-org]\n';
    const { meta: m, problems } = meta('lab.md', text, catalog);
    assert.strictEqual(m.title, 'Lab review', 'fields the catalog leaves out still come from front matter');
    assert.strictEqual(m.date, '2023');
    assert.deepStrictEqual(m.origins.date, { source: 'catalog', provenance: 'catalog.yaml' });
    assert.deepStrictEqual(m.institutions.map((a) => [a.id, a.name, a.source]), [
      ['north-univ', 'Northfield University', 'catalog'],
      ['mystery-org', 'mystery-org', 'catalog'],
    ]);
    const warning = problems.find((p) => /mystery-org/.test(p.message))!;
    assert.strictEqual(warning.path, '.policylens/catalog.yaml');
    assert.strictEqual(warning.line, 2);
  });

  it('a person tied to an institute counts for the most specific one', () => {
    const text = '朴艾达在会上发言。\n\n朴艾达认为治理需要新的规则。\n\n朴艾达还谈到监管。\n\n北野大学机器政策实验室随后发布报告。';
    const { meta: m } = meta('talk.txt', text);
    assert.deepStrictEqual(m.institutions.map((a) => a.id), ['north-lab']);
    assert.match(m.institutions[0].provenance, /Ada Park/);
    assert.strictEqual(m.language, 'zh');
  });

  it('publisher evidence (byline, web domain) outweighs frequent mentions of a discussed institute', () => {
    const body = Array.from({ length: 6 }, (_, i) => `第${i + 1}节：北野大学的研究进展与模型参数。`).join('\n\n');
    const text = `年度报告\n\n海港研究院的学者总结了一年的进展。\n\n${body}\n\n作者 / 海港研究院\n\n官网：harbor-ai.example`;
    const { meta: m } = meta('report.txt', text);
    assert.deepStrictEqual(m.institutions.map((a) => a.id), ['harbor-ai'], 'the discussed university is not co-attributed');
    assert.match(m.institutions[0].provenance, /byline/);
    assert.match(m.institutions[0].provenance, /harbor-ai\.example/);
  });

  it('falls back to the file name for a title', () => {
    assert.strictEqual(meta('dir/notes-2020.txt', '').meta.title, 'notes-2020');
  });
});
