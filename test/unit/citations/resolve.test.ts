/** Citation resolution and the corpus index: documents by title, short title and own number; entities; self-citations; incremental updates. */
import * as assert from 'node:assert';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import { findArticle } from '../../../src/core/citations/articleLocation';
import { citationBoostsFor } from '../../../src/core/citations/modelBoosts';
import { citedArticles } from '../../../src/core/citations/citedArticles';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { MemoryFiles } from '../support/memoryFiles';

const LAW = '# 中华人民共和国示例法\n\n第一条 目的。\n\n第二十四条 示例义务。\n';
const RULES = '# 某市示例办法\n\n第一条 根据《中华人民共和国示例法》第二十四条和《示例法》，以及《某市示例办法（试行）》，制定本办法。\n\n第二条 参见《晨报》。\n';
const ORDER = '# Executive Order 15010 of May 1, 2031\n\nSec. 1. Purpose.\n\nSec. 3. Duties. Agencies shall report.\n';
const REVOKE = '# Executive Order 15011\n\nSec. 1. Executive Order 15010 is revoked. Section 3 of Executive Order 15010 ends. Also E.O. 15099.\n';
const kb = new KnowledgeBase([{ id: 'eo-15099', kind: 'law', names: { en: 'Executive Order 15099' }, aliases: [], description: { en: 'test' }, related: [] }]);

async function load(files: MemoryFiles): Promise<CorpusModel> {
  return CorpusModel.load(files, kb, corpusOptions());
}

describe('citations: resolution and index', () => {
  it('finds an article line by number, in Chinese numerals or digits', () => {
    assert.strictEqual(findArticle(LAW, '第24条'), LAW.indexOf('第二十四条'));
    assert.strictEqual(findArticle(ORDER, 'Section 3'), ORDER.indexOf('Sec. 3.'));
    assert.strictEqual(findArticle(LAW, '第九条'), undefined);
  });

  it('resolves titles with or without 中华人民共和国, own numbers and entities; leaves self-citations and weak titles out', async () => {
    const model = await load(new MemoryFiles({ 'law.md': LAW, 'rules.md': RULES, 'order.md': ORDER, 'revoke.md': REVOKE }));
    const index = model.citations();
    const rules = index.of('rules.md').map((c) => [c.citation.text, c.target]);
    assert.deepStrictEqual(rules, [
      ['《中华人民共和国示例法》第二十四条', { path: 'law.md', article: '第二十四条' }],
      ['《示例法》', { path: 'law.md' }],
      ['《某市示例办法（试行）》', {}],
    ]);
    const revoke = index.of('revoke.md').map((c) => [c.citation.text, c.target]);
    assert.deepStrictEqual(revoke, [
      ['Executive Order 15010', { path: 'order.md' }],
      ['Section 3 of Executive Order 15010', { path: 'order.md', article: 'Section 3' }],
      ['E.O. 15099', { entity: 'eo-15099' }],
    ]);
    assert.deepStrictEqual(index.citedBy('law.md'), [{ path: 'rules.md', count: 2, articles: ['第二十四条'] }]);
    assert.deepStrictEqual(index.cites('revoke.md'), [{ path: 'order.md', count: 2, articles: ['Section 3'] }]);
    assert.deepStrictEqual(index.unresolved().map((u) => [u.label, u.count, u.entity]), [
      ['Executive Order 15099', 1, 'eo-15099'], ['某市示例办法（试行）', 1, undefined],
    ]);
  });

  it('places citations of a document at its cited articles, the rest on the document as a whole', async () => {
    const model = await load(new MemoryFiles({ 'law.md': LAW, 'rules.md': RULES }));
    const { articles, whole } = citedArticles(model.citations(), 'law.md', LAW);
    assert.deepStrictEqual(articles.map((a) => [a.article, a.offset, a.citations.length]), [['第二十四条', LAW.indexOf('第二十四条'), 1]]);
    assert.deepStrictEqual(whole.map((c) => c.citation.text), ['《示例法》']);
  });

  it('follows file changes one at a time: a new citation, a removed target', async () => {
    const files = new MemoryFiles({ 'law.md': LAW, 'rules.md': '# 某市办法\n\n第一条 占位。\n' });
    const model = await load(files);
    assert.deepStrictEqual(model.citations().citedBy('law.md'), []);
    files.set('rules.md', RULES);
    await model.update('rules.md');
    assert.strictEqual(model.citations().citedBy('law.md')[0]?.count, 2);
    files.files.delete('law.md');
    await model.update('law.md');
    assert.deepStrictEqual(model.citations().of('rules.md').map((c) => c.target.path), [undefined, undefined, undefined]);
    assert.ok(model.citations().unresolved().some((u) => u.label === '中华人民共和国示例法' && u.count === 2));
  });

  it('lifts in Related the passage of the cited article and passages citing the same instrument', async () => {
    const other = '# 另一办法\n\n第一条 依照《示例法》第二十四条执行。\n';
    const model = await load(new MemoryFiles({ 'law.md': LAW, 'rules.md': RULES, 'other.md': other }));
    const rules = model.get('rules.md')!;
    const index = rules.parsed.passages.findIndex((p) => p.text.includes('第一条'));
    const boosts = citationBoostsFor(model, { path: 'rules.md', index });
    const law = model.get('law.md')!;
    const article = law.parsed.passages.findIndex((p) => p.text.startsWith('第二十四条'));
    assert.ok(boosts.some((b) => b.path === 'law.md' && b.index === article && b.reason === 'cited by this passage'), JSON.stringify(boosts));
    assert.ok(boosts.some((b) => b.path === 'other.md' && b.reason.startsWith('cites the same article')), JSON.stringify(boosts));
    const fromLaw = citationBoostsFor(model, { path: 'law.md', index: article });
    assert.ok(fromLaw.some((b) => b.path === 'other.md' && b.reason === 'cites this article'), JSON.stringify(fromLaw));
  });
});

describe('citations: resolution through the knowledge base', () => {
  it('finds an order known only by its title through the entity that names both its number and its title', async () => {
    const orderKb = new KnowledgeBase([{
      id: 'eo-15020', kind: 'law', names: { en: 'Executive Order 15020' },
      aliases: ['Executive Order on the Careful Testing of Widget Models'], description: { en: 'test' }, related: [],
    }]);
    const files = new MemoryFiles({
      'order.md': '---\ntitle: Careful Testing of Widget Models\n---\n\nBy the authority vested in me, it is ordered as follows.\n',
      'revoke.md': '# Later order\n\nExecutive Order 15020 is revoked.\n',
    });
    const model = await CorpusModel.load(files, orderKb, corpusOptions());
    assert.deepStrictEqual(model.citations().of('revoke.md').map((c) => c.target), [{ path: 'order.md', entity: 'eo-15020' }]);
  });
});

describe('citations: instruments named through the knowledge base', () => {
  it('counts a mention of a known law as a citation of the document that law is, outside front matter and other citations', async () => {
    const namedKb = new KnowledgeBase([{
      id: 'widget-act', kind: 'law', names: { en: 'Widget Safety Act' }, aliases: ['WSA'], description: { en: 'test' }, related: [],
    }, {
      id: 'widgets', kind: 'concept', names: { en: 'widget' }, aliases: [], description: { en: 'test' }, related: [],
    }]);
    const files = new MemoryFiles({
      'act.md': '# Widget Safety Act\n\nSection 1. Widgets shall be safe.\n',
      'note.md': '---\ntitle: Notes on the WSA\n---\n\nThe WSA changed how a widget is sold; see the Widget Safety Act of 2031.\n',
    });
    const model = await CorpusModel.load(files, namedKb, corpusOptions());
    assert.deepStrictEqual(model.citations().of('note.md').map((c) => [c.citation.kind, c.citation.text, c.target.path]), [
      ['named', 'WSA', 'act.md'],
      ['act', 'Widget Safety Act of 2031', 'act.md'],
    ]);
    assert.deepStrictEqual(model.citations().of('act.md'), [], 'the act naming itself is no citation');
  });
});
