/** Institution inference rules added for laws, speeches, READMEs and lists of names. */
import * as assert from 'node:assert';
import { buildMetadata } from '../../../src/core/corpus/metadata';
import { parseDocument } from '../../../src/core/parse';
import { fallbackTitle } from '../../../src/core/corpus/titles';
import { testKnowledge } from './testKnowledge';
import { inferYear } from '../../../src/core/corpus/dates';
import { namesOrganiser, qualifyingMentions } from '../../../src/core/corpus/institutionContext';

const kb = testKnowledge();
const institutions = (path: string, text: string) => {
  const parsed = parseDocument(path, text, 'utf-8');
  return buildMetadata(parsed, kb.findMentions(text), kb).meta.institutions;
};

describe('metadata: institution attribution rules', () => {
  it('the "adopted by" line under a law names its publisher', () => {
    const text = '# 港口数据条例\n\n2023年5月1日 海港智能研究院理事会第三次会议通过\n\n## 第一章 总则\n\n第一条 为了规范数据使用，制定本条例。\n\n第二条 本条例适用于本市。\n';
    const found = institutions('law.md', text);
    assert.deepStrictEqual(found.map((a) => a.id), ['harbor-ai']);
    assert.match(found[0].provenance, /byline/);
  });

  it('the same name in a later running sentence is not a publisher line', () => {
    const filler = 'Filler sentence about something else entirely. '.repeat(60);
    const text = `# Notes\n\n${filler}\n\nLater we read that the Harbor AI Institute council adopted a rule and it was 通过\n`;
    assert.deepStrictEqual(institutions('notes.md', text), []);
  });

  it('a person named in the title counts for their institute (speeches, interviews)', () => {
    const text = '# Remarks by Ada Park on public oversight\n\nThank you all for coming today. Ada Park spoke about oversight.\n';
    assert.deepStrictEqual(institutions('speech.md', text).map((a) => a.id), ['north-lab']);
  });

  it('names inside web addresses do not count', () => {
    const text = '# Tool\n\nInstall the helper from https://github.com/northfield/tool and see https://docs.northfield.org/guide.\n\nA mirror at www.northfield.org/x also works.\n';
    assert.deepStrictEqual(institutions('README.md', text), []);
  });

  it('a single passing mention in a list does not co-file a document', () => {
    const text = '# Harbor AI Institute campaign\n\nHarbor AI Institute volunteers met again.\n\nMembers of the network included Northfield University among many others.\n';
    assert.deepStrictEqual(institutions('campaign.md', text).map((a) => a.id), ['harbor-ai']);
  });

  it('a university is dropped when its own lab outranks it', () => {
    const text = '# NLMP annual note\n\nThe NLMP met twice. The NLMP wrote memos. Northfield hosted the NLMP.\n\nNorthfield University Lab for Machine Policy staff and Northfield University alumni attended.\n';
    const ids = institutions('lab.md', text).map((a) => a.id);
    assert.strictEqual(ids[0], 'north-lab');
    assert.ok(!ids.includes('north-univ'), ids.join());
  });

  it('companies named twice as examples in the body do not become issuers', () => {
    const text = '联邦学习简报\n\n海港智能研究院 · 编者摘要\n\n序言\n\n本简报仿照海港研究院年度报告的体例。\n\n' +
      '趋势 1：联邦学习\n\n北野大学在多年前提出这一思路。\n\n趋势 2：差分隐私\n\n一些高校和北野大学也在终端使用本地差分隐私。\n\n编者：海港智能研究院\n';
    assert.deepStrictEqual(institutions('brief.txt', text).map((a) => a.id), ['harbor-ai']);
  });

  it('two bodies named equally often, and nowhere a publisher stands, leave the text unattributed', () => {
    const text = '# Notes on two institutes\n\nHarbor AI Institute wrote memos. Harbor AI Institute met. HAI hosted guests.\n\n' +
      'Northfield University sent staff. Northfield University replied. Northfield University agreed.\n';
    assert.deepStrictEqual(institutions('notes.md', text).map((a) => a.id), []);
  });

  it('an institute named as the organiser is listed with (or before) its university', () => {
    const text = '# Northfield forum calls for shared rules\n\nOn May 3, 2022, Northfield University convened the annual forum on ' +
      'machine policy. The forum is run by the Northfield University Lab for Machine Policy (NLMP), whose director is Ada Park.\n\n' +
      'Northfield students attended, and the NLMP published a summary. Northfield thanked the guests.\n';
    const found = institutions('forum.md', text);
    assert.ok(found.some((a) => a.id === 'north-lab'), found.map((a) => a.id).join());
    assert.match(found.find((a) => a.id === 'north-lab')!.provenance, /organiser/);
  });

  it('a university named only to qualify its institute counts for the institute', () => {
    const text = 'Staff of Northfield’s NLMP met. Later the NLMP of Northfield spoke, then Northfield itself.';
    const mentions = kb.findMentions(text).filter((m) => kb.get(m.entityId)?.kind === 'institution').sort((a, b) => a.start - b.start);
    const qualifying = [...qualifyingMentions(text, mentions, (c, p) => c === 'north-lab' && p === 'north-univ')].map((i) => mentions[i]);
    assert.deepStrictEqual(qualifying.map((m) => [m.entityId, m.start]), [['north-univ', text.indexOf('Northfield')], ['north-univ', text.indexOf('Northfield spoke')]]);
  });

  it('recognises organiser phrases in English and Chinese, not other roles', () => {
    const at = (text: string, name: string) => namesOrganiser(text, text.indexOf(name), text.indexOf(name) + name.length);
    assert.ok(at('The event is run by Harbor AI Institute.', 'Harbor AI Institute'));
    assert.ok(at('Harbor AI Institute (HAI) convened the meeting.', 'Harbor AI Institute'));
    assert.ok(at('论坛由海港智能研究院主办。', '海港智能研究院'));
    assert.ok(!at('Harbor AI Institute published a model.', 'Harbor AI Institute'));
    assert.ok(!at('一些高校和海港智能研究院也在使用。', '海港智能研究院'));
  });
});

describe('metadata: year of an undated document', () => {
  const meta = (path: string, text: string) => buildMetadata(parseDocument(path, text, 'utf-8'), [], kb).meta;

  it('takes the one year of the title when no full date is found', () => {
    const m = meta('brief.txt', '隐私计算：2021 年技术趋势简报\n\n编者摘要\n\n正文没有日期。\n');
    assert.strictEqual(m.date, '2021');
    assert.strictEqual(m.origins.date?.provenance, 'year in the title');
  });

  it('takes a yyyy年 of the first lines, and nothing when two years compete', () => {
    assert.deepStrictEqual(inferYear('Annual brief', 'Annual brief\n\n海港研究院 2019年度报告\n\nBody.\n'),
      { date: '2019', provenance: 'year on line 3' });
    assert.strictEqual(inferYear('2020年进展及2021年趋势', '2020年进展及2021年趋势\n\n正文\n'), undefined);
    assert.strictEqual(inferYear('Notes', 'Notes\n\na\nb\nc\nd\ne\n2019年的事\n'), undefined, 'too far down');
    assert.strictEqual(inferYear('Vectors of 2048 numbers', 'x'), undefined, 'not a plausible year');
  });

  it('a full date still wins over the year of the title', () => {
    assert.strictEqual(meta('r.md', '# Review of 2020\n\nPublished: 2021-03-04\n\nText.\n').date, '2021-03-04');
  });
});

describe('metadata: title fallbacks', () => {
  const title = (path: string, text: string) => {
    const parsed = parseDocument(path, text, 'utf-8');
    return buildMetadata(parsed, [], kb).meta;
  };

  it('takes an early specific heading when the parse found no title', () => {
    const m = title('p.md', '---\nx: 1\n---\n## Principles for careful machine policy\n\nBody text here.\n\n## Why it matters\n\nMore.\n');
    assert.strictEqual(m.title, 'Principles for careful machine policy');
    assert.strictEqual(m.origins.title.provenance, 'first heading');
  });

  it('skips generic and numbered headings and uses a short opening sentence', () => {
    const m = title('q.md', 'At the lab, we follow three simple rules:\n\n## 01 Careful\n\nText.\n\n## 02 Open\n\nText.\n');
    assert.strictEqual(m.title, 'At the lab, we follow three simple rules');
    assert.strictEqual(m.origins.title.provenance, 'opening sentence');
    const links = parseDocument('r.md', '<img src="logo.png"/>\n\n[Docs](a)\n| [Chat](b)\n\n## Introduction\n\nA tool.\n\n## Usage\n\nRun it.\n', 'utf-8');
    assert.strictEqual(fallbackTitle(links), undefined, 'neither a line of links nor a generic heading is a title');
  });
});
