/** Importing into a workspace: where the Markdown goes, re-import, protection of edits, errors. */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { importFile } from '../../../src/core/import/importFile';
import { readProvenance } from '../../../src/core/import/frontMatter';
import { runtime } from '../../../src/importer/entry';
import { MemoryFiles } from '../support/memoryFiles';

const pdf = new Uint8Array(readFileSync('test/fixtures/import/report.en.pdf'));
const html = new Uint8Array(readFileSync('test/fixtures/import/guidance.en.html'));

describe('import: importFile', function () {
  this.timeout(30000);

  it('writes Markdown beside the original with provenance and metadata in the front matter', async () => {
    const files = new MemoryFiles({ 'docs/report.pdf': pdf });
    const out = await importFile(files, 'docs/report.pdf', runtime);
    assert.strictEqual(out.status, 'imported');
    assert.strictEqual(out.path, 'docs/report.md');
    assert.strictEqual(out.pages, 3);
    const text = files.text('docs/report.md')!;
    assert.match(text, /^---\ntitle: Framework for Trustworthy Systems\n/);
    const prov = readProvenance(text)!;
    assert.strictEqual(prov.source, 'docs/report.pdf');
    assert.match(prov.sha256!, /^[0-9a-f]{64}$/);
    assert.match(text, /converter: pdf\.js 4\.10\.38\n\s+pages: 3\n/);
    assert.ok(files.text('docs/report.pdf') !== undefined, 'the original stays');
  });

  it('re-import writes the same path; an unchanged original is not converted again', async () => {
    const files = new MemoryFiles({ 'a/page.html': html });
    const first = await importFile(files, 'a/page.html', runtime, { outFolder: 'imported' });
    assert.strictEqual(first.path, 'imported/page.md');
    assert.strictEqual((await importFile(files, 'a/page.html', runtime, { outFolder: 'imported' })).status, 'unchanged');
    files.set('a/page.html', new TextEncoder().encode(new TextDecoder().decode(html).replace('Evaluation is proportionate', 'Evaluation is always proportionate')));
    const again = await importFile(files, 'a/page.html', runtime, { outFolder: 'imported' });
    assert.deepStrictEqual([again.status, again.path], ['reimported', 'imported/page.md']);
    assert.match(files.text('imported/page.md')!, /always proportionate/);
  });

  it('never overwrites a Markdown file it did not make, nor an imported file edited since', async () => {
    const files = new MemoryFiles({ 'page.html': html, 'page.md': '# My own notes\n' });
    const out = await importFile(files, 'page.html', runtime);
    assert.strictEqual(out.path, 'page.html.md');
    assert.strictEqual(files.text('page.md'), '# My own notes\n');
    files.set('page.html.md', files.text('page.html.md')!.replace('## 1. Purpose', '## 1. Purpose (my edit)'));
    files.set('page.html', new TextEncoder().encode(new TextDecoder().decode(html) + '<!-- changed -->'));
    const blocked = await importFile(files, 'page.html', runtime);
    assert.strictEqual(blocked.status, 'failed');
    assert.match(blocked.problems[0].message, /was edited after it was imported/);
    assert.match(files.text('page.html.md')!, /my edit/);
    assert.strictEqual((await importFile(files, 'page.html', runtime, { force: true })).status, 'reimported');
  });

  it('reads an encrypted PDF that opens without a password, and explains one that needs a password', async () => {
    const read = (f: string) => new Uint8Array(readFileSync(`test/fixtures/import/${f}`));
    const files = new MemoryFiles({ 'open.pdf': read('encrypted.pdf'), 'locked.pdf': read('password.pdf') });
    const open = await importFile(files, 'open.pdf', runtime);
    assert.strictEqual(open.status, 'imported');
    assert.match(files.text('open.md')!, /Framework for Trustworthy Systems/);
    const locked = await importFile(files, 'locked.pdf', runtime);
    assert.strictEqual(locked.status, 'failed');
    assert.match(locked.problems[0].message, /needs a password/);
  });

  it('says what is wrong with bad input', async () => {
    const files = new MemoryFiles({ 'fake.pdf': 'hello, not a pdf', 'broken.pdf': '%PDF-1.7\n1 0 obj garbage', 'old.docx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'notes.txt': 'x', 'empty.html': '' });
    const msg = async (p: string) => (await importFile(files, p, runtime)).problems[0]?.message ?? '';
    assert.match(await msg('fake.pdf'), /not a PDF file/);
    assert.match(await msg('broken.pdf'), /PDF|damaged|cannot be read/);
    assert.match(await msg('old.docx'), /old binary Word file/);
    assert.match(await msg('notes.txt'), /only PDF/);
    assert.match(await msg('empty.html'), /empty/);
    assert.match(await msg('missing.pdf'), /does not exist/);
    assert.match(await msg('../outside.pdf'), /outside the workspace/);
    assert.deepStrictEqual([...files.files.keys()].filter((k) => k.endsWith('.md')), []);
  });
});

describe('import: re-import keeps annotations', function () {
  this.timeout(30000);
  it('an annotation on the imported text re-anchors after the original changed and was re-imported', async () => {
    const { annotationOn } = await import('../annotations/helpers');
    const { reanchor } = await import('../../../src/core/annotations/reanchor');
    const files = new MemoryFiles({ 'web/guidance.html': html });
    const first = await importFile(files, 'web/guidance.html', runtime);
    const before = files.text(first.path!)!;
    const quote = 'a model used in critical infrastructure receives deeper testing';
    const annotation = annotationOn(first.path!, before, quote);
    const changed = new TextDecoder().decode(html).replace('<h2>1. Purpose</h2>', '<h2>1. Purpose</h2><p>A new opening paragraph was added to the page after the first import.</p>');
    files.set('web/guidance.html', new TextEncoder().encode(changed));
    const again = await importFile(files, 'web/guidance.html', runtime);
    assert.deepStrictEqual([again.status, again.path], ['reimported', first.path]);
    const after = files.text(first.path!)!;
    const result = reanchor(annotation, after);
    assert.strictEqual(result.status, 'moved');
    assert.strictEqual(after.slice(result.span!.start, result.span!.end), quote);
    assert.ok(result.span!.start > annotation.target.selector[1].start, 'the passage moved down');
  });
});
