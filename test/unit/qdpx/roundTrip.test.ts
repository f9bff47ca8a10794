import * as assert from 'node:assert';
import * as annotate from '../../../src/cli/commands/annotate';
import * as exporter from '../../../src/cli/commands/export';
import * as importer from '../../../src/cli/commands/importQdpx';
import { parseAnnotationFile, annotationFilePath } from '../../../src/core/annotations/store';
import { CODEBOOK_PATH, parseCodebook } from '../../../src/core/annotations/codebook';
import { memoPath, setTagMemo } from '../../../src/core/annotations/memos';
import type { Annotation } from '../../../src/core/annotations/types';
import { MemoryFiles } from '../support/memoryFiles';

// Texts written for this test: Chinese with a character outside the BMP, CRLF line ends.
const ZH = '# 会议纪要\r\n\r\n𠀀 本次研讨会讨论了大模型的安全评测。\r\n专家认为，算力资源的分配应当兼顾效率与公平。\r\n';
const EN = 'Delegates agreed that testing before release should be proportionate to risk.\nA second line.\n';
const CODEBOOK = 'version: 1\ntags:\n  - id: governance\n    color: "#112233"\n    description: Rules and who makes them\n  - id: governance/testing\n    memo: |\n      Use for pre-release testing.\n      Not for audits.\n  - id: equity\n';

async function workspace(): Promise<MemoryFiles> {
  const files = new MemoryFiles({ 'docs/zh.md': ZH, 'en.txt': EN, [CODEBOOK_PATH]: CODEBOOK, [memoPath('en.txt')]: 'Why this *document* matters.\n' });
  const add = async (args: string[]): Promise<void> => assert.equal(await annotate.runWith(files, args, () => undefined, () => undefined), 0);
  await add(['docs/zh.md', '--quote', '算力资源的分配', '--tag', 'equity', '--tag', 'governance/testing', '--note', 'line one\r\nline two', '--author', '林']);
  await add(['docs/zh.md', '--quote', '安全评测', '--tag', 'governance/testing', '--author', 'Ann']);
  await add(['en.txt', '--quote', 'testing before release', '--tag', 'governance', '--author', 'Ann']);
  await add(['en.txt', '--quote', 'A second line']);
  return files;
}

const stored = (files: MemoryFiles, doc: string): Annotation[] => parseAnnotationFile('x', files.text(annotationFilePath(doc))!).annotations as Annotation[];
const essence = (a: Annotation) => ({ id: a.id, source: a.target.source, span: [a.target.selector[1].start, a.target.selector[1].end], exact: a.target.selector[0].exact, tags: [...a.tags].sort(), note: a.note, author: a.author, created: a.created, modified: a.modified });

describe('REFI-QDA round trip through the CLI', () => {
  it('export, then import into a workspace with the same documents and no .policylens, keeps everything', async () => {
    const src = await workspace();
    const written = new Map<string, Uint8Array>();
    assert.equal(await exporter.runWith(src, ['--format', 'qdpx', '--out', 'p.qdpx'], () => undefined, ((p: string, d: Uint8Array) => written.set(p, d)) as never), 0);
    const dst = new MemoryFiles({ 'docs/zh.md': ZH, 'en.txt': EN });
    const lines: string[] = [];
    const code = await importer.runWith(dst, ['p.qdpx', '--json'], (s) => lines.push(s), () => written.get('p.qdpx')!);
    const report = JSON.parse(lines.join('\n'));
    assert.equal(code, 0, lines.join('\n'));
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.coders, ['Ann', '林']);
    for (const doc of ['docs/zh.md', 'en.txt']) {
      assert.deepEqual(stored(dst, doc).map(essence), stored(src, doc).map(essence), doc);
    }
    const tags = (f: MemoryFiles) => parseCodebook(CODEBOOK_PATH, f.text(CODEBOOK_PATH)!).codebook.tags.filter((t) => !t.implied).map((t) => ({ id: t.id, color: t.color, description: t.description, memo: t.memo?.trim() }));
    assert.deepEqual(tags(dst), tags(src));
    assert.equal(dst.text(memoPath('en.txt')), 'Why this *document* matters.\n');
    // Importing again changes nothing (merge by id, memo already there).
    const before = dst.text(annotationFilePath('en.txt'));
    await importer.runWith(dst, ['p.qdpx'], () => undefined, () => written.get('p.qdpx')!);
    assert.equal(dst.text(annotationFilePath('en.txt')), before);
    assert.equal(dst.text(memoPath('en.txt')), 'Why this *document* matters.\n');
  });

  it('matches documents by content when renamed and whatever their line endings, else reports them', async () => {
    const src = await workspace();
    const written = new Map<string, Uint8Array>();
    await exporter.runWith(src, ['--format', 'qdpx', '--out', 'p.qdpx'], () => undefined, ((p: string, d: Uint8Array) => written.set(p, d)) as never);
    const dst = new MemoryFiles({ 'renamed/会议.md': ZH.replace(/\r\n/g, '\n') });
    const lines: string[] = [];
    const code = await importer.runWith(dst, ['p.qdpx', '--json'], (s) => lines.push(s), () => written.get('p.qdpx')!);
    const report = JSON.parse(lines.join('\n'));
    assert.equal(code, 1, 'a source with selections was left out');
    assert.deepEqual(report.sources.map((s: { source: string; path?: string; by?: string }) => [s.source, s.path ?? null, s.by ?? null]), [['docs/zh.md', 'renamed/会议.md', 'content'], ['en.txt', null, null]]);
    assert.ok(report.problems.some((p: string) => /2 selection\(s\) of "en.txt" not imported/.test(p)), report.problems.join('\n'));
    const lf = ZH.replace(/\r\n/g, '\n');
    const anns = stored(dst, 'renamed/会议.md');
    assert.deepEqual(anns.map((a) => lf.slice(a.target.selector[1].start, a.target.selector[1].end)).sort(), ['安全评测', '算力资源的分配'].sort());
  });

  it('the memo editor keeps comments and sets, replaces and removes a code memo', () => {
    const text = '# my codes\nversion: 1\ntags:\n  - id: a # first\n';
    const withMemo = setTagMemo(text, 'a', 'two\nlines');
    assert.ok(withMemo.includes('# my codes') && withMemo.includes('# first'));
    assert.equal(parseCodebook(CODEBOOK_PATH, withMemo).codebook.tags[0].memo, 'two\nlines');
    const added = setTagMemo(withMemo, 'b/c', 'new');
    assert.equal(parseCodebook(CODEBOOK_PATH, added).codebook.tags.find((t) => t.id === 'b/c')!.memo, 'new');
    assert.equal(parseCodebook(CODEBOOK_PATH, setTagMemo(added, 'a', '')).codebook.tags[0].memo, undefined);
  });
});
