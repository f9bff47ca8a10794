import * as assert from 'node:assert';
import { parseCatalog } from '../../../src/core/corpus/catalog';
import { CatalogEditError, setDocumentField } from '../../../src/core/corpus/catalogEdit';

const sample = [
  '# Catalog kept by hand; comments must survive edits.',
  'version: 1',
  'documents:',
  '  notes/alpha.md:',
  '    title: Alpha notes # my own title',
  '    date: 2023-05-01',
  '    institutions: [lab-one, lab-two]',
  '  "./notes/beta.txt":',
  '    language: zh',
  '    themes: governance',
  '',
].join('\n');

describe('catalog parsing', () => {
  it('reads entries and normalises their paths', () => {
    const c = parseCatalog(sample);
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.broken, false);
    const alpha = c.documents.get('notes/alpha.md')!;
    assert.strictEqual(alpha.title, 'Alpha notes');
    assert.strictEqual(alpha.date, '2023-05-01');
    assert.deepStrictEqual(alpha.institutions, ['lab-one', 'lab-two']);
    assert.strictEqual(alpha.line, 3);
    const beta = c.documents.get('notes/beta.txt')!;
    assert.strictEqual(beta.language, 'zh');
    assert.deepStrictEqual(beta.themes, ['governance'], 'a single id is read as a one-item list');
  });

  it('treats an empty file as an empty catalog', () => {
    for (const text of ['', '# only a comment\n']) {
      const c = parseCatalog(text);
      assert.strictEqual(c.documents.size, 0);
      assert.strictEqual(c.broken, false);
      assert.deepStrictEqual(c.problems, []);
    }
  });

  it('names the line of a YAML syntax error and marks the file broken', () => {
    const c = parseCatalog('version: 1\ndocuments:\n  a.md:\n    title: "unclosed\n');
    assert.strictEqual(c.broken, true);
    assert.ok(c.problems.length > 0);
    assert.strictEqual(c.problems[0].severity, 'error');
    assert.strictEqual(c.problems[0].path, '.policylens/catalog.yaml');
    assert.ok(typeof c.problems[0].line === 'number' && c.problems[0].line >= 3, JSON.stringify(c.problems));
  });

  it('rejects a wrong version and a non-mapping root', () => {
    const v2 = parseCatalog('version: 2\ndocuments: {}\n');
    assert.strictEqual(v2.broken, true);
    assert.match(v2.problems[0].message, /version/);
    assert.strictEqual(v2.problems[0].line, 0);
    assert.strictEqual(parseCatalog('- a\n- b\n').broken, true);
  });

  it('reports bad field values on their own line and keeps the rest', () => {
    const text = 'version: 1\ndocuments:\n  a.md:\n    title: Fine\n    date: June 2021\n    language: fr\n    colour: blue\n';
    const c = parseCatalog(text);
    assert.strictEqual(c.broken, false);
    assert.strictEqual(c.documents.get('a.md')!.title, 'Fine');
    assert.strictEqual(c.documents.get('a.md')!.date, undefined);
    const byLine = new Map(c.problems.map((p) => [p.line, p]));
    assert.match(byLine.get(4)!.message, /date/);
    assert.strictEqual(byLine.get(4)!.severity, 'error');
    assert.match(byLine.get(5)!.message, /language/);
    assert.strictEqual(byLine.get(6)!.severity, 'warning');
  });

  it('rejects paths that leave the workspace', () => {
    const c = parseCatalog('version: 1\ndocuments:\n  ../outside.md:\n    title: X\n');
    assert.strictEqual(c.documents.size, 0);
    assert.strictEqual(c.problems[0].line, 2);
  });

  it('accepts a year given as a number', () => {
    assert.strictEqual(parseCatalog('version: 1\ndocuments:\n  a.md: { date: 2021 }\n').documents.get('a.md')!.date, '2021');
  });
});

describe('catalog editing', () => {
  it('sets a field and keeps comments and other entries', () => {
    const out = setDocumentField(sample, 'notes/alpha.md', 'date', '2023-06-02');
    assert.ok(out.includes('# Catalog kept by hand; comments must survive edits.'));
    assert.ok(out.includes('# my own title'));
    const c = parseCatalog(out);
    assert.strictEqual(c.documents.get('notes/alpha.md')!.date, '2023-06-02');
    assert.strictEqual(c.documents.get('notes/beta.txt')!.language, 'zh');
    assert.deepStrictEqual(c.documents.get('notes/alpha.md')!.institutions, ['lab-one', 'lab-two']);
  });

  it('edits the entry written as ./path instead of adding a duplicate', () => {
    const out = setDocumentField(sample, 'notes/beta.txt', 'institutions', ['lab-three']);
    const c = parseCatalog(out);
    assert.deepStrictEqual(c.problems, []);
    assert.deepStrictEqual(c.documents.get('notes/beta.txt')!.institutions, ['lab-three']);
    assert.strictEqual((out.match(/beta\.txt/g) ?? []).length, 1);
  });

  it('adds a new entry and removes a field', () => {
    let out = setDocumentField(sample, 'new/gamma.md', 'title', 'Gamma');
    out = setDocumentField(out, 'notes/alpha.md', 'title', undefined);
    const c = parseCatalog(out);
    assert.strictEqual(c.documents.get('new/gamma.md')!.title, 'Gamma');
    assert.strictEqual(c.documents.get('notes/alpha.md')!.title, undefined);
    assert.strictEqual(c.documents.get('notes/alpha.md')!.date, '2023-05-01');
  });

  it('creates a catalog from nothing, keeping a leading comment', () => {
    const fresh = parseCatalog(setDocumentField('', 'a.md', 'themes', ['governance']));
    assert.deepStrictEqual(fresh.documents.get('a.md')!.themes, ['governance']);
    const commented = setDocumentField('# mine\n', 'a.md', 'language', 'en');
    assert.ok(commented.includes('# mine'));
    assert.strictEqual(parseCatalog(commented).documents.get('a.md')!.language, 'en');
  });

  it('refuses to touch a broken file', () => {
    const broken = 'version: 1\ndocuments:\n  a.md: [unclosed\n';
    assert.throws(() => setDocumentField(broken, 'a.md', 'title', 'X'), (e: unknown) => {
      assert.ok(e instanceof CatalogEditError);
      assert.ok(e.problems.length > 0);
      assert.match(e.message, /broken/);
      return true;
    });
  });

  it('refuses invalid values', () => {
    assert.throws(() => setDocumentField(sample, 'a.md', 'date', 'yesterday'), CatalogEditError);
    assert.throws(() => setDocumentField(sample, 'a.md', 'language', 'fr'), CatalogEditError);
  });
});
