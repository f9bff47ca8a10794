/**
 * The W3C Web Annotation Working Group's own MUST assertions, run on our export by the runner
 * in ../shared/web-annotation-tests (skipped, saying so, when that folder is absent).
 */
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Annotation } from '../../../src/core/annotations/types';
import { toW3c, DOCUMENT_BASE } from '../../../src/core/annotations/export/w3c';
import { importW3c, W3cImportError } from '../../../src/core/annotations/export/importW3c';
import { annotationOn, BILINGUAL, ENGLISH } from './helpers';
import { createLinkTarget } from '../../../src/core/annotations/selectors';

const RUNNER = resolve(process.cwd(), '../shared/web-annotation-tests/run.js');
const DOC = 'notes/会议 纪要.md';

function annotations(): Annotation[] {
  const tagged = {
    ...annotationOn(DOC, BILINGUAL, '算力资源的分配', '0a1b2c3d-0000-4000-8000-00000000000a'), tags: ['governance/compute', 'equity'], note: 'a **note**', author: 'Lin', resolved: true,
    replies: [
      { id: '0a1b2c3d-0000-4000-8000-0000000000d1', author: 'Ann', body: 'Is this *fair*?', created: '2024-05-02T10:00:00.000Z', modified: '2024-05-02T10:00:00.000Z' },
      { id: '0a1b2c3d-0000-4000-8000-0000000000d2', author: 'Lin', body: 'Yes, see 第三条.', created: '2024-05-03T10:00:00.000Z', modified: '2024-05-03T11:00:00.000Z' },
    ],
  };
  const linked = { ...annotationOn(DOC, BILINGUAL, 'export controls', '0a1b2c3d-0000-4000-8000-00000000000b'), tags: [] as string[],
    links: [{ target: createLinkTarget('e.txt', ENGLISH, 4, 13), relation: 'supports' as const }] };
  const bare = { ...annotationOn('e.txt', ENGLISH, 'compute thresholds', '0a1b2c3d-0000-4000-8000-00000000000c'), tags: [] as string[] };
  return [tagged, linked, bare];
}
const textOf = (p: string): string | undefined => (p === DOC ? BILINGUAL : p === 'e.txt' ? ENGLISH : undefined);

describe('W3C Web Annotation test suite (MUST assertions)', function () {
  if (!existsSync(RUNNER)) {
    it('skipped: ../shared/web-annotation-tests not found', function () { this.skip(); });
    return;
  }
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-w3c-'));
    // The runner loads `ajv` (draft-04, so version 6) from its working folder; the project keeps
    // ajv 8 for its own schemas and version 6 as `ajv-draft04`, linked here as `ajv`.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(resolve(process.cwd(), 'node_modules', 'ajv-draft04'), join(dir, 'node_modules', 'ajv'), 'dir');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const runSuite = (json: unknown): { ok: boolean; output: string } => {
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(json, null, 2));
    try {
      return { ok: true, output: execFileSync(process.execPath, [RUNNER, file], { cwd: dir, encoding: 'utf8' }) };
    } catch (e) {
      return { ok: false, output: String((e as { stdout?: string }).stdout ?? e) };
    }
  };

  it('the export passes every collection, page and annotation MUST', () => {
    const r = runSuite(toW3c(annotations(), { textOf }));
    assert.ok(r.ok, r.output);
    assert.match(r.output, /collection MUSTs: \d+ pass, 0 fail/);
    assert.match(r.output, /page MUSTs: \d+ pass, 0 fail/);
    assert.match(r.output, /annotation MUSTs over 5 annotations: \d+ pass, 0 fail/);
  });

  it('the runner does fail a bare-path target (so the pass above means something)', () => {
    const json = toW3c(annotations(), { textOf }) as { first: { items: { target: { source: string } }[] } };
    json.first.items[0].target.source = 'notes/a.md';
    const r = runSuite(json);
    assert.ok(!r.ok);
    assert.match(r.output, /1x annotations\/3.2-targetObjectsRecognized/);
  });

  it('exports document IRIs and reads them back to the same annotations', () => {
    const original = annotations();
    const json = toW3c(original, { textOf }) as any;
    assert.strictEqual(json.first.items[0].target.source.startsWith(DOCUMENT_BASE), true);
    assert.strictEqual(json.first.items[0].target.source, `${DOCUMENT_BASE}e.txt`);
    assert.ok(json.first.items.some((i: any) => i.target.source === `${DOCUMENT_BASE}notes/${encodeURIComponent('会议 纪要.md')}`));
    const replies = json.first.items.filter((i: any) => i.motivation === 'replying');
    assert.deepStrictEqual(replies.map((r: any) => [r.target, r.body.value, r.creator.name]), [
      ['urn:uuid:0a1b2c3d-0000-4000-8000-00000000000a', 'Is this *fair*?', 'Ann'],
      ['urn:uuid:0a1b2c3d-0000-4000-8000-00000000000a', 'Yes, see 第三条.', 'Lin'],
    ]);
    const back = importW3c(JSON.stringify(json), { textOf });
    // A W3C target carries no text hash: links come back unhashed and are re-anchored by quote.
    const unhashed = (a: Annotation): Annotation => ({ ...a, links: a.links.map((l) => ({ ...l, target: { ...l.target, textHash: '' } })) });
    const byId = (xs: Annotation[]) => [...xs].map(unhashed).sort((x, y) => (x.id < y.id ? -1 : 1));
    assert.deepStrictEqual(byId(back), byId(original));
  });

  it('import rejects IRIs outside the workspace and keeps accepting bare paths', () => {
    const item = (source: string) => ({ type: 'Annotation', target: { source, selector: { type: 'TextQuoteSelector', exact: 'x' } } });
    assert.throws(() => importW3c(item('https://example.org/a.md')), (e: unknown) => e instanceof W3cImportError && /not a document of this workspace/.test(e.message));
    assert.throws(() => importW3c(item(`${DOCUMENT_BASE}..%2F..%2Fetc/passwd`)), /leaves the workspace/);
    assert.strictEqual(importW3c(item('old/bare.md'))[0].target.source, 'old/bare.md');
  });
});
