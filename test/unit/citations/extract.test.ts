/** Citation extraction: each form, articles and versions, negatives, and original offsets. */
import * as assert from 'node:assert';
import { extractCitations } from '../../../src/core/citations/extract';
import { parseChineseNumber } from '../../../src/core/citations/numerals';
import { titleKey } from '../../../src/core/citations/keys';

const one = (text: string) => {
  const found = extractCitations(text);
  assert.strictEqual(found.length, 1, `one citation in "${text}", got ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0];
};
const texts = (text: string) => extractCitations(text).map((c) => c.text);

describe('citations: extraction', () => {
  it('reads Chinese numerals in article numbers', () => {
    assert.strictEqual(parseChineseNumber('二十四'), 24);
    assert.strictEqual(parseChineseNumber('十'), 10);
    assert.strictEqual(parseChineseNumber('一百零三'), 103);
    assert.strictEqual(parseChineseNumber('２４'), 24);
    assert.strictEqual(parseChineseNumber('甲'), undefined);
  });

  it('keys a title with and without 中华人民共和国 and its version note alike', () => {
    assert.strictEqual(titleKey('中华人民共和国网络安全法'), titleKey('《网络安全法》'));
    assert.strictEqual(titleKey('网络安全法（2016年）'), titleKey('网络安全法'));
    assert.strictEqual(titleKey('The CHIPS and Science Act of 2022'), titleKey('CHIPS and Science Act'));
    assert.notStrictEqual(titleKey('数据安全法'), titleKey('网络安全法'));
  });

  it('takes a 《》 title with its version note and article', () => {
    const c = one('依据《中华人民共和国个人信息保护法》（2021年修订）第十三条第一款处理。');
    assert.strictEqual(c.kind, 'title');
    assert.strictEqual(c.text, '《中华人民共和国个人信息保护法》（2021年修订）第十三条第一款');
    assert.strictEqual(c.article, '第十三条第一款');
    assert.strictEqual(c.articleNumber, 13);
    assert.strictEqual(c.version, '2021年修订');
    assert.ok(c.instrument);
  });

  it('marks 《》 around newspapers, books and reports as weak, not as instruments', () => {
    const found = extractCitations('见《光明日报》、《红楼梦》和《2030年发展白皮书》，以及《某某市数据条例》。');
    assert.deepStrictEqual(found.map((c) => [c.label, c.instrument]), [
      ['光明日报', false], ['红楼梦', false], ['2030年发展白皮书', false], ['某某市数据条例', true],
    ]);
  });

  it('lets a standard number inside a 《》 title give the title its key', () => {
    const c = one('《GB/T 12345-2030 信息技术 示例要求》');
    assert.deepStrictEqual(c.keys[0], 'std:gb/t 12345');
  });

  it('reads executive orders, one citation per number', () => {
    assert.deepStrictEqual(extractCitations('revokes Executive Order 15001, E.O. 15003 and Executive Orders 15004 and 15005.').map((c) => c.keys[0]),
      ['eo:15001', 'eo:15003', 'eo:15004', 'eo:15005']);
    assert.deepStrictEqual(texts('EO 1234 is no order; EO 15006 is.'), ['EO 15006']);
  });

  it('reads EU regulations, directives and decisions, lists after a plural, and the article before', () => {
    const found = extractCitations('Article 9(1) of Regulation (EU) 2030/12, Directive 2031/5/EU, REGULATION (EU) 2032/7 and Regulations (EU) 2033/1 and (EU) No 44/2034; Decision 3/4 of the jury.');
    assert.deepStrictEqual(found.map((c) => c.keys[0]), ['eu:regulation:2030/12', 'eu:directive:2031/5', 'eu:regulation:2032/7', 'eu:regulation:2033/1', 'eu:regulation:44/2034']);
    assert.strictEqual(found[0].article, 'Article 9(1)');
    assert.strictEqual(found[0].text, 'Article 9(1) of Regulation (EU) 2030/12');
  });

  it('merges a short title in parentheses into the numbered citation', () => {
    const c = one('see Regulation (EU) 2030/99 (Widget Safety Act) for details');
    assert.deepStrictEqual(c.keys, ['eu:regulation:2030/99', 'title:widget safety act']);
  });

  it('gives a full title\'s closing short title to the instrument the title opens with, not the one it amends', () => {
    const found = extractCitations('(15) Regulation (EU) 2030/5 of the Council on widgets and amending Directive 2000/31/EC (Widget Services Act) (OJ L 1).');
    assert.deepStrictEqual(found.map((c) => [c.text, c.keys]), [
      ['Regulation (EU) 2030/5', ['eu:regulation:2030/5', 'title:widget services act']],
      ['Directive 2000/31/EC', ['eu:directive:2000/31']],
    ]);
  });

  it('reads the U.S. Code, public laws, CFR, standards and UN resolutions', () => {
    const found = extractCitations('15 U.S.C. 9999, Pub. L. 120-7, 45 CFR 164.5, ISO/IEC 12345:2030, NIST AI 600-9, IEEE Std 7001-2030, GB/T 99999-2030, JR/T 0001-2030, TC260-009, A/RES/90/1, 第90/2号决议');
    assert.deepStrictEqual(found.map((c) => c.keys[0]), [
      'usc:15:9999', 'pl:120-7', 'cfr:45:164.5', 'std:iso/iec 12345', 'std:nist ai 600-9', 'std:ieee 7001', 'std:gb/t 99999', 'std:jr/t 0001',
      'std:tc260-009', 'un:a/res/90/1', 'un:a/res/90/2',
    ]);
  });

  it('reads articles of instruments named by a short name, not capitals that name nothing', () => {
    assert.deepStrictEqual(extractCitations('Article 22 XYZR applies; see Art. 6(1) of the ABCD and ARTICLE 5 AND 6 of nothing; Article 3 AND.')
      .map((c) => [c.label, c.article]), [['XYZR', 'Article 22'], ['ABCD', 'Article 6(1)']]);
  });

  it('follows a 《》 title to later bare references with an article, and only those', () => {
    const text = '根据《中华人民共和国示例法》，依照示例法第三条和中华人民共和国示例法第四条第二款处理；示例法另有规定的除外。';
    assert.deepStrictEqual(extractCitations(text).map((c) => [c.text, c.articleNumber, c.keys[0]]), [
      ['《中华人民共和国示例法》', undefined, 'title:示例法'],
      ['示例法第三条', 3, 'title:示例法'],
      ['中华人民共和国示例法第四条第二款', 4, 'title:示例法'],
    ]);
  });

  it('reads ISO guides and NIST series named in words', () => {
    assert.deepStrictEqual(extractCitations('(Source: ISO GUIDE 99) and NIST Special Publication 4321-5, but not ISO 12 alone').map((c) => c.keys[0]),
      ['std:iso guide 99', 'std:nist sp 4321-5']);
  });

  it('does not take ordinary numbers for standards or orders', () => {
    assert.deepStrictEqual(texts('the IEEE 2024 conference, ISO 800 film, a 100-1 vote, TC 260 members, 2024/2025, V2.3.4, tel. 0571-88001234, 24GB 4096-token cards'), []);
  });

  it('reads named acts with their year, and not "act" in prose or a bare "the Act"', () => {
    assert.deepStrictEqual(extractCitations('Under the Widget Safety Act of 2031 and the Data Rules Act 2030, agencies act. The Act applies; This Act too; an Act of Congress; Act now.')
      .map((c) => [c.label, c.version]), [['Widget Safety Act', '2031'], ['Data Rules Act', '2030']]);
  });

  it('keeps original UTF-16 offsets, also with full-width forms and astral characters before', () => {
    const text = '😀 按照《某某法》第２条和ＧＢ／Ｔ　１２３４５－２０３０执行';
    const found = extractCitations(text);
    assert.deepStrictEqual(found.map((c) => text.slice(c.start, c.end)), found.map((c) => c.text));
    assert.deepStrictEqual(found.map((c) => c.text), ['《某某法》第２条', 'ＧＢ／Ｔ　１２３４５－２０３０']);
    assert.strictEqual(found[0].articleNumber, 2);
    assert.strictEqual(found[1].keys[0], 'std:gb/t 12345');
  });
});
