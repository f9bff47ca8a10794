import * as assert from 'node:assert';
import { parseDocument, readFrontMatter } from '../../../src/core/parse';

describe('front matter', () => {
  it('parses a YAML mapping and gives the block span', () => {
    const text = '---\ntitle: Seoul summit notes\ntags: [safety]\n---\nBody.\n';
    const fm = readFrontMatter('a.md', text)!;
    assert.deepStrictEqual(fm.data, { title: 'Seoul summit notes', tags: ['safety'] });
    assert.deepStrictEqual(fm.span, { start: 0, end: text.indexOf('Body') });
  });

  it('reports invalid YAML as a warning with the line, and keeps the text as markdown', () => {
    const text = '---\ntitle: ok\nbad: [unclosed\n---\n\nA paragraph.\n';
    const doc = parseDocument('b.md', text, 'utf-8');
    assert.strictEqual(doc.frontMatter, undefined);
    assert.strictEqual(doc.problems.length, 1);
    assert.strictEqual(doc.problems[0].severity, 'warning');
    assert.strictEqual(doc.problems[0].path, 'b.md');
    assert.ok((doc.problems[0].line ?? -1) >= 1, JSON.stringify(doc.problems[0]));
    assert.ok(doc.passages.some((p) => p.text === 'A paragraph.'));
  });

  it('accepts blank lines before the opening fence', () => {
    const doc = parseDocument('c.txt', '\n\n---\ntitle: 智源大会\n---\n\n<p>正文段落。</p>\n', 'utf-8');
    assert.deepStrictEqual(doc.frontMatter, { title: '智源大会' });
    assert.strictEqual(doc.title, '智源大会');
    assert.deepStrictEqual(doc.passages.map((p) => p.text), ['正文段落。']);
  });

  it('treats an empty block as empty front matter, and no fence as none', () => {
    assert.deepStrictEqual(readFrontMatter('d.md', '---\n---\n# T\n')?.data, {});
    assert.strictEqual(readFrontMatter('e.md', '# Title\n---\n'), undefined);
  });
});
