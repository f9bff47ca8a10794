/** Discovered entities: organisations, cited instruments and defined terms the knowledge base does not know. */
import * as assert from 'node:assert';
import { buildDocument } from '../../../src/core/corpus/document';
import { discoverEntities, DiscoveryCollector, discoveredKey } from '../../../src/core/corpus/discovered';
import { testKnowledge } from '../corpus/testKnowledge';

const kb = testKnowledge();
const doc = (path: string, text: string) => buildDocument(path, text, 'utf-8', kb, undefined, '.policylens/catalog.yaml');

describe('discovered entities', () => {
  const a = doc('a.md', '# 甲市数据条例\n\n2023年1月5日 甲市第九届人民代表大会常务委员会第四次会议通过\n\n第一条 依据《甲市公共数据管理办法》制定。\n\n第二条 本条例所称“公共数据”是指机关收集的数据。\n');
  const b = doc('b.md', '# Note\n\nThe Office of Fair Hiring Practices (OFHP) cites the Records Retention Act. "Record" means any file. See also 《甲市公共数据管理办法》.\n\nHarbor AI Institute agreed.\n');

  it('lists issuers, short forms, instruments and terms with counts and sources; known names are left out', () => {
    const items = discoverEntities([a, b], kb);
    const byName = new Map(items.map((i) => [i.name, i]));
    assert.strictEqual(byName.get('甲市人民代表大会常务委员会')?.kind, 'organisation');
    assert.strictEqual(byName.get('Office of Fair Hiring Practices')?.kind, 'organisation');
    const rule = byName.get('甲市公共数据管理办法')!;
    assert.deepStrictEqual([rule.kind, rule.count, rule.documents], ['instrument', 2, 2]);
    assert.deepStrictEqual(rule.sources.map((s) => [s.path, s.line]), [['a.md', 4], ['b.md', 2]]);
    assert.strictEqual(byName.get('公共数据')?.kind, 'term');
    assert.strictEqual(byName.get('Record')?.kind, 'term');
    assert.strictEqual(byName.get('Records Retention Act')?.kind, 'instrument');
    assert.ok(!byName.has('Harbor AI Institute'), 'the knowledge base knows it');
    assert.strictEqual(items[0].name, '甲市公共数据管理办法', 'most documents first');
  });

  it('dismissed items stay hidden, and other extractors can add to the collector', () => {
    const c = new DiscoveryCollector();
    c.add('instrument', 'Model Audit Rule', { path: 'x.md', line: 3, how: 'citation' });
    c.add('instrument', 'Model Audit Rule', { path: 'y.md', line: 1, how: 'citation' });
    assert.deepStrictEqual(c.result(kb).map((i) => [i.name, i.count, i.documents]), [['Model Audit Rule', 2, 2]]);
    assert.deepStrictEqual(c.result(kb, new Set([discoveredKey('instrument', 'model audit rule')])), []);
  });
});
