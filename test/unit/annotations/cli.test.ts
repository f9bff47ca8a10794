import * as assert from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import * as annotate from '../../../src/cli/commands/annotate';
import * as list from '../../../src/cli/commands/annotations';
import * as exporter from '../../../src/cli/commands/export';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import { MemoryFiles } from '../support/memoryFiles';
import { BILINGUAL, ENGLISH } from './helpers';

function capture(): { out: (s: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { out: (s) => lines.push(s), lines };
}

describe('annotations/cli', () => {
  it('annotate adds by quote, chooses occurrences, matches full-width text', async () => {
    const files = new MemoryFiles({ 'notes/m.md': BILINGUAL, 'e.txt': ENGLISH });
    const c = capture();
    assert.strictEqual(await annotate.runWith(files, ['notes/m.md', '--quote', '算力资源', '--tag', 'compute', '--tag', 'equity', '--note', 'key', '--author', 'Lin'], c.out), 0);
    const stored = parseAnnotationFile('x', files.text(annotationFilePath('notes/m.md'))!).annotations;
    assert.deepStrictEqual([stored[0].id, stored[0].tags, stored[0].note, stored[0].author], [c.lines[0], ['compute', 'equity'], 'key', 'Lin']);
    await assert.rejects(annotate.runWith(files, ['e.txt', '--quote', 'testing before release'], c.out), /occurs 2 times; pass --occurrence 1..2/);
    assert.strictEqual(await annotate.runWith(files, ['e.txt', '--quote', 'testing before release', '--occurrence', '2'], c.out), 0);
    const second = parseAnnotationFile('x', files.text(annotationFilePath('e.txt'))!).annotations[0];
    assert.strictEqual(second.target.selector[1].start, ENGLISH.lastIndexOf('testing before release'));
    assert.strictEqual(await annotate.runWith(files, ['e.txt', '--quote', 'ＧＥＮＥＶＡ'], c.out), 0);
    await assert.rejects(annotate.runWith(files, ['e.txt', '--quote', 'not in the text'], c.out), /quote not found/);
    assert.strictEqual(await annotate.runWith(files, ['e.txt'], c.out), 2);
  });

  it('annotations lists with 1-based lines and --check fails on changed or orphaned', async () => {
    const files = new MemoryFiles({ 'notes/m.md': BILINGUAL });
    const c = capture();
    await annotate.runWith(files, ['notes/m.md', '--quote', '数据跨境流动', '--tag', 'data'], c.out);
    await annotate.runWith(files, ['notes/m.md', '--quote', 'compute thresholds', '--tag', 'compute'], c.out);
    const ok = capture();
    assert.strictEqual(await list.runWith(files, ['--check'], ok.out), 0);
    const line = BILINGUAL.slice(0, BILINGUAL.indexOf('数据跨境流动')).split('\n').length;
    assert.ok(ok.lines.some((l) => l.startsWith(`notes/m.md:${line}\tanchored\t"数据跨境流动"\tdata`)), ok.lines.join('\n'));
    files.set('notes/m.md', BILINGUAL.replace('compute thresholds and at how export controls', 'something else entirely now'));
    const bad = capture();
    assert.strictEqual(await list.runWith(files, ['--check', '--json'], bad.out), 1);
    const json = JSON.parse(bad.lines.join('\n'));
    assert.deepStrictEqual(json.annotations.map((r: { status: string }) => r.status).sort(), ['anchored', 'orphaned']);
    assert.strictEqual(await list.runWith(files, [], capture().out), 0, 'without --check it only reports');
    files.set(annotationFilePath('other.md'), '{ broken');
    assert.strictEqual(await list.runWith(files, ['--check'], capture().out), 1);
  });

  it('export writes w3c, csv and qdpx', async () => {
    const files = new MemoryFiles({ 'notes/m.md': BILINGUAL, '.policylens/codebook.yaml': 'version: 1\ntags:\n  - id: compute\n    color: "#123456"\n' });
    await annotate.runWith(files, ['notes/m.md', '--quote', '算力资源', '--tag', 'compute/allocation'], capture().out);
    const written = new Map<string, Uint8Array>();
    const write = (p: string, d: Uint8Array): void => { written.set(p, d); };
    for (const format of ['w3c', 'csv', 'qdpx']) assert.strictEqual(await exporter.runWith(files, ['--format', format, '--out', `x.${format}`], capture().out, write as never), 0);
    assert.strictEqual(JSON.parse(strFromU8(written.get('x.w3c')!)).total, 1);
    assert.ok(strFromU8(written.get('x.csv')!).includes(',算力资源,compute/allocation,'));
    const xml = strFromU8(unzipSync(written.get('x.qdpx')!)['project.qde']);
    assert.match(xml, /<Code guid="[^"]+" name="compute" isCodable="true" color="#123456">\s*<Code guid="[^"]+" name="allocation"/);
    assert.strictEqual(await exporter.runWith(files, ['--format', 'pdf', '--out', 'x'], capture().out, write as never), 2);
  });
});
