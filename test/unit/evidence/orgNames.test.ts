/** Organisation names recognised by their form, and the short forms texts define. */
import * as assert from 'node:assert';
import { definedShortForms, enOrgName, findEnOrgNames, findZhOrgNames, zhOrgName } from '../../../src/core/corpus/evidence/orgNames';

describe('organisation names by form', () => {
  it('Chinese names end in an organisational word; ordinary words ending alike are not names', () => {
    for (const n of ['浙江省人民政府办公厅', '某某市人民代表大会常务委员会', '最高人民检察院', '长江大学人工智能研究院', '云帆科技有限公司', '国务院', '光华新闻社'])
      assert.strictEqual(zhOrgName(n), n, n);
    for (const n of ['全部', '内部', '结局', '社会', '医院', '我们的'] ) assert.strictEqual(zhOrgName(n), undefined, n);
    assert.strictEqual(zhOrgName('第十五届某某市人民代表大会常务委员会'), '某某市人民代表大会常务委员会', 'the session is not part of the name');
  });

  it('finds Chinese names inside running text, stopping at function words', () => {
    const found = findZhOrgNames('会议由长江大学人工智能研究院和云帆科技有限公司联合主办。').map((f) => f.name);
    assert.deepStrictEqual(found, ['长江大学人工智能研究院', '云帆科技有限公司']);
  });

  it('English names are capitalised runs built on a head word', () => {
    assert.strictEqual(enOrgName('the Federal Hiring Standards Agency'), 'Federal Hiring Standards Agency');
    assert.strictEqual(enOrgName('NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY'), 'National Institute of Standards and Technology');
    assert.strictEqual(enOrgName('Nimbus Robotics Ltd.'), 'Nimbus Robotics Ltd.');
    assert.strictEqual(enOrgName('The Department'), undefined, 'a head word alone names no one');
    assert.strictEqual(enOrgName('Our results show'), undefined);
    assert.deepStrictEqual(findEnOrgNames('Staff of the Lakeside University Center for Responsible Computing met.').map((f) => f.name),
      ['Lakeside University Center for Responsible Computing']);
  });

  it('reads short forms a text defines, in both languages', () => {
    const forms = definedShortForms('省经济和信息化厅（以下简称“省经信厅”）负责。The Office of Fair Hiring Practices (OFHP) will review.');
    assert.strictEqual(forms.get('省经信厅'), '省经济和信息化厅');
    assert.strictEqual(forms.get('OFHP'), 'Office of Fair Hiring Practices');
    assert.strictEqual(definedShortForms('Some Big Words (XYZ) here').get('XYZ'), undefined, 'initials must fit the name');
  });
});
