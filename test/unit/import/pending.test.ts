/** The "Not yet imported" list: importable files that no imported document names as its source. */
import * as assert from 'node:assert';
import { importedSources, pendingImports } from '../../../src/core/import/pending';
import { importFrontMatter } from '../../../src/core/import/frontMatter';

describe('import: pending imports', () => {
  it('lists importable files without an imported document, skipping the rest', () => {
    const imported = importFrontMatter({ title: 'A' }, { source: 'docs/a.pdf', sha256: 'x', converter: 'pdf.js 4.10.38', textSha256: 'y' }) + 'text';
    const mentionOnly = '---\ntitle: notes\n---\nI imported: docs/b.pdf by hand\n';
    const sources = importedSources([imported, mentionOnly, '# plain']);
    assert.deepStrictEqual([...sources], ['docs/a.pdf']);
    assert.deepStrictEqual(pendingImports(['docs/c.docx', 'docs/a.pdf', 'docs/b.pdf'], sources), ['docs/b.pdf', 'docs/c.docx']);
  });
});
