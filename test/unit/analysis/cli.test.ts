import { strict as assert } from 'node:assert';
import * as annotate from '../../../src/cli/commands/annotate';
import * as agreement from '../../../src/cli/commands/agreement';
import * as segments from '../../../src/cli/commands/segments';
import * as matrix from '../../../src/cli/commands/matrix';
import * as cooc from '../../../src/cli/commands/cooccurrence';
import { annotationFilePath, parseAnnotationFile } from '../../../src/core/annotations/store';
import { MemoryFiles } from '../support/memoryFiles';

function capture(): { out: (s: string) => void; lines: string[]; json: () => any } {
  const lines: string[] = [];
  return { out: (s) => lines.push(s), lines, json: () => JSON.parse(lines.join('\n')) };
}

// a.md: 20 characters on one line, then a second line. Written for this test.
const A = 'abcdefghijklmnopqrst\nsecond line here.';
const B = '# Notes\n\nFirst passage about openness.\n\nSecond passage about risk.\n';

async function coded(): Promise<MemoryFiles> {
  const files = new MemoryFiles({ 'a.md': A, 'b.md': B });
  const add = async (path: string, quote: string, tags: string[], author: string): Promise<void> => {
    const args = [path, '--quote', quote, '--author', author, ...tags.flatMap((t) => ['--tag', t])];
    assert.equal(await annotate.runWith(files, args, () => undefined, () => undefined), 0);
  };
  await add('a.md', 'abcdefghij', ['X'], 'ann'); // [0,10)
  await add('a.md', 'fghijklmno', ['X'], 'bob'); // [5,15)
  await add('b.md', 'openness', ['gov/open'], 'ann');
  await add('b.md', 'Second passage', ['risk', 'gov'], 'bob');
  return files;
}

describe('analysis CLI on a hand-computed fixture', () => {
  it('agreement --json gives the hand-computed percent, κ and α', async () => {
    const files = await coded();
    const c = capture();
    assert.equal(await agreement.runWith(files, ['--coders', 'ann,bob', '--tag', 'X', '--json'], c.out), 0);
    const r = c.json();
    assert.deepEqual(r.coders, ['ann', 'bob']);
    // Both coders coded a.md and b.md. Code X on a.md (A.length chars) and b.md (B.length chars):
    // disagree on 10 characters (ann-only 5, bob-only 5), agree on the rest.
    const n = A.length + B.length;
    const x = r.codes[0];
    assert.equal(x.tag, 'X');
    assert.equal(x.units, n);
    assert.equal(x.agreement, (n - 10) / n);
    // κ: pₒ = (n−10)/n, p(ann) = p(bob) = 10/n, pₑ = (10/n)² + (1 − 10/n)².
    const p = 10 / n;
    const pe = p * p + (1 - p) * (1 - p);
    assert.ok(Math.abs(x.kappa - ((n - 10) / n - pe) / (1 - pe)) < 1e-12);
    // α: o₁₁ = 10, o₀₀ = 2(n − 15), o₁₀ = o₀₁ = 10; n₁ = 20, n₀ = 2n − 20 → α = 1 − (2n−1)·20 / (2·20·(2n−20)).
    assert.ok(Math.abs(x.alpha - (1 - ((2 * n - 1) * 20) / (2 * 20 * (2 * n - 20)))) < 1e-12);
  });

  it('agreement on a.md alone (as in the core test) is 0.5, κ 0, α 0.025; errors are clear', async () => {
    const files = new MemoryFiles({ 'a.md': 'abcdefghijklmnopqrst' });
    await annotate.runWith(files, ['a.md', '--quote', 'abcdefghij', '--tag', 'X', '--author', 'ann'], () => undefined);
    await annotate.runWith(files, ['a.md', '--quote', 'fghijklmno', '--tag', 'X', '--author', 'bob'], () => undefined);
    const c = capture();
    await agreement.runWith(files, ['--json'], c.out);
    const { codes, overall } = c.json();
    assert.deepEqual([codes[0].tag, codes[0].agreement, codes[0].kappa, codes[0].units, codes[0].coded], ['X', 0.5, 0, 20, [10, 10]]);
    assert.ok(Math.abs(codes[0].alpha - 0.025) < 1e-12);
    assert.equal(overall.agreement, 0.5);
    await assert.rejects(agreement.runWith(files, ['--coders', 'ann,zed'], capture().out), /no annotations by zed/);
  });

  it('segments combines codes and reports place, text, codes and author', async () => {
    const files = await coded();
    const c = capture();
    assert.equal(await segments.runWith(files, ['--tag', 'gov', '--json'], c.out), 0);
    assert.deepEqual(c.json().segments, [
      { path: 'b.md', line: 3, text: 'openness', tags: ['gov/open'], author: 'ann' },
      { path: 'b.md', line: 5, text: 'Second passage', tags: ['risk', 'gov'], author: 'bob' },
    ]);
    const notRisk = capture();
    await segments.runWith(files, ['--tag', 'gov', '--not', 'risk', '--json'], notRisk.out);
    assert.deepEqual(notRisk.json().segments.map((s: { text: string }) => s.text), ['openness']);
    const byCoder = capture();
    await segments.runWith(files, ['--tag', 'X', '--coder', 'bob', '--format', 'csv'], byCoder.out);
    assert.equal(byCoder.lines[0], '\ufeffpath,line,text,tags,author\r\na.md,1,fghijklmno,X,bob\r\n');
  });

  it('matrix by document and co-occurrence by passage', async () => {
    const files = await coded();
    const m = capture();
    assert.equal(await matrix.runWith(files, ['--rows', 'tags', '--cols', 'document', '--json'], m.out), 0);
    const t = m.json();
    assert.deepEqual(t.rows, ['X', 'gov', 'gov/open', 'risk']);
    assert.deepEqual(t.cols, ['a.md', 'b.md']);
    // X on a.md: [0,15) of A.length characters, two segments.
    assert.deepEqual(t.cells[0][0], { count: 2, documents: 1, coverage: 15 / A.length });
    assert.deepEqual(t.cells[1][1], { count: 2, documents: 1, coverage: ('openness'.length + 'Second passage'.length) / B.length });
    const y = capture();
    assert.equal(await matrix.runWith(files, ['--cols', 'year', '--json'], y.out), 0);
    assert.deepEqual(y.json().cols, ['']);
    await assert.rejects(matrix.runWith(files, ['--cols', 'nonsense'], capture().out), /no facet "nonsense"/);
    const co = capture();
    assert.equal(await cooc.runWith(files, ['--json'], co.out), 0);
    const table = co.json();
    const i = table.codes.indexOf('gov');
    const j = table.codes.indexOf('risk');
    assert.equal(table.overlap[i][j], 1);
    assert.equal(table.passage[i][j], 1);
    assert.equal(table.passage[table.codes.indexOf('gov/open')][j], 0);
  });

  it('coverage by facet counts the characters of unannotated documents in the column too', async () => {
    const files = await coded();
    const extra = 'An English document nobody has coded yet, about model evaluation.\n';
    files.set('c.md', extra);
    const c = capture();
    assert.equal(await matrix.runWith(files, ['--cols', 'language', '--json'], c.out), 0);
    const t = c.json();
    const en = t.cols.indexOf('en');
    assert.ok(en >= 0, `an English column (got ${t.cols.join(', ')})`);
    const x = t.cells[t.rows.indexOf('X')][en];
    // X covers 15 characters of a.md; the column holds every English document.
    assert.ok(x.coverage !== undefined && x.coverage < 15 / A.length, JSON.stringify(x));
  });

  it('annotate takes the author from the workspace setting, then git', async () => {
    const files = new MemoryFiles({ 'a.md': A, '.vscode/settings.json': '{\n  // mine\n  "policyLens.annotations.author": "Lin",\n}\n' });
    const saved = process.env.POLICY_LENS_AUTHOR;
    delete process.env.POLICY_LENS_AUTHOR;
    try {
      await annotate.runWith(files, ['a.md', '--quote', 'abc'], () => undefined, () => 'from-git');
      files.set('.vscode/settings.json', '{}');
      await annotate.runWith(files, ['a.md', '--quote', 'def'], () => undefined, () => 'from-git');
    } finally {
      if (saved !== undefined) process.env.POLICY_LENS_AUTHOR = saved;
    }
    const stored = parseAnnotationFile('x', files.text(annotationFilePath('a.md'))!).annotations;
    assert.deepEqual(stored.map((a) => a.author).sort(), ['Lin', 'from-git']);
  });
});
