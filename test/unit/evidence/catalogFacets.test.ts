/** The catalog and front matter set type and jurisdiction, over inference, and bad values are reported. */
import * as assert from 'node:assert';
import { parseCatalog } from '../../../src/core/corpus/catalog';
import { buildMetadata } from '../../../src/core/corpus/metadata';
import { parseDocument } from '../../../src/core/parse';
import { EMPTY_KNOWLEDGE } from '../../../src/core/corpus/entityNames';

const LAW = '# 某某条例\n\n2023年1月5日 甲市第九届人民代表大会常务委员会第四次会议通过\n\n第一条 正文。\n';

describe('type and jurisdiction from the catalog and front matter', () => {
  it('the catalog sets them, with validation', () => {
    const cat = parseCatalog('version: 1\ndocuments:\n  a.md:\n    type: report\n    jurisdiction: [cn-sh, US]\n  b.md:\n    type: memo\n    jurisdiction: China\n');
    assert.deepStrictEqual([cat.documents.get('a.md')?.type, cat.documents.get('a.md')?.jurisdiction], ['report', ['CN-SH', 'US']]);
    assert.strictEqual(cat.documents.get('b.md')?.type, undefined);
    assert.ok(cat.problems.some((p) => /type must be one of/.test(p.message)));
    assert.ok(cat.problems.some((p) => /jurisdiction "CHINA"/.test(p.message)));
  });

  it('catalog over front matter over inference', () => {
    const parsed = parseDocument('a.md', LAW, 'utf-8');
    const inferred = buildMetadata(parsed, [], EMPTY_KNOWLEDGE).meta;
    assert.deepStrictEqual([inferred.type.value, inferred.type.source, inferred.jurisdiction.codes], ['regulation', 'inferred', ['CN']]);
    const cat = buildMetadata(parsed, [], EMPTY_KNOWLEDGE, { line: 0, type: 'plan', jurisdiction: ['CN-ZJ'] }).meta;
    assert.deepStrictEqual([cat.type.value, cat.type.source, cat.jurisdiction.codes, cat.jurisdiction.source], ['plan', 'catalog', ['CN-ZJ'], 'catalog']);
    const fm = buildMetadata(parseDocument('f.md', `---\ntype: standard\njurisdiction: EU\n---\n${LAW}`, 'utf-8'), [], EMPTY_KNOWLEDGE).meta;
    assert.deepStrictEqual([fm.type.value, fm.type.source, fm.jurisdiction.codes], ['standard', 'frontmatter', ['EU']]);
  });
});
