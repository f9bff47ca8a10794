/** Institution inference rules added for laws, speeches, READMEs and lists of names. */
import * as assert from 'node:assert';
import { buildMetadata } from '../../../src/core/corpus/metadata';
import { parseDocument } from '../../../src/core/parse';
import { fallbackTitle } from '../../../src/core/corpus/titles';
import { testKnowledge } from './testKnowledge';

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
