/**
 * The labelled evaluation of Go to… and Related: queries and related passages with their
 * expected answers (`evaluation/cases.ts`), over the demo corpus and, when present, the
 * shared real-world documents and seeds. Prints precision@5 (share of the top five rows that
 * are expected answers) and recall@5 (share of the expected answers in the top five).
 */
import * as assert from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MemoryFiles } from '../support/memoryFiles';
import { sharedCorpusDir } from '../support/sharedCorpus';
import { load, scoreQuery, scoreRelated, type CaseScore, type Loaded } from './evaluation/harness';
import { QUERY_CASES, RELATED_CASES } from './evaluation/cases';

function addTree(files: MemoryFiles, root: string, prefix: string): void {
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name)) files.set(`${prefix}${relative(root, p).split('\\').join('/')}`, readFileSync(p));
    }
  };
  walk(root);
}

const shared = sharedCorpusDir();

interface Tally { p: number; r: number; n: number }
const mean = (xs: readonly CaseScore[]): Tally => ({
  p: xs.reduce((s, x) => s + x.p, 0) / Math.max(1, xs.length),
  r: xs.reduce((s, x) => s + x.r, 0) / Math.max(1, xs.length),
  n: xs.length,
});
const fmt = (t: Tally): string => `P@5 ${t.p.toFixed(2)}  R@5 ${t.r.toFixed(2)}  (${t.n} cases)`;

describe('search evaluation: labelled queries and related passages', function () {
  this.timeout(120_000);
  let l: Loaded;

  before(async () => {
    const files = new MemoryFiles();
    addTree(files, resolve(process.cwd(), 'demo-corpus'), 'demo/');
    if (shared) for (const sub of ['realworld', 'seeds']) addTree(files, join(shared, sub), `${sub}/`);
    l = await load(files);
  });

  for (const part of ['demo', 'shared'] as const) {
    it(`Go to… on the ${part} cases reaches the expected rows`, function () {
      if (part === 'shared' && !shared) { console.log('      skipped: ../shared/corpus not found'); this.skip(); }
      const cases = QUERY_CASES.filter((c) => (part === 'shared') === (c.shared === true));
      const scores = cases.map((c) => ({ c, s: scoreQuery(l, c) }));
      for (const { c, s } of scores) console.log(`      ${s.p.toFixed(2)} ${s.r.toFixed(2)}  ${c.query}${s.r < 1 ? `   ✗ top: ${s.rows.map((r) => (r.entity ?? r.text).slice(0, 40)).join(' | ')}` : ''}`);
      const t = mean(scores.map((x) => x.s));
      console.log(`      Go to… (${part}): ${fmt(t)}`);
      assert.ok(t.r >= 0.9, `recall@5 ${t.r.toFixed(2)} below 0.9`);
      assert.ok(t.p >= 0.3, `precision@5 ${t.p.toFixed(2)} below 0.3`);
    });

    it(`Related on the ${part} cases names the expected passages`, function () {
      if (part === 'shared' && !shared) { console.log('      skipped: ../shared/corpus not found'); this.skip(); }
      const cases = RELATED_CASES.filter((c) => (part === 'shared') === (c.shared === true));
      const scores = cases.map((c) => ({ c, s: scoreRelated(l, c) }));
      for (const { c, s } of scores) console.log(`      ${s.p.toFixed(2)} ${s.r.toFixed(2)}  ${c.from.path} “${c.from.has}”${s.r < 1 ? `   ✗ top: ${s.hits.slice(0, 5).map((h) => `${h.path} ${h.text.slice(0, 30)} (${h.reasons.join('; ')})`).join(' | ')}` : ''}`);
      const t = mean(scores.map((x) => x.s));
      console.log(`      Related (${part}): ${fmt(t)}`);
      assert.ok(t.r >= 0.9, `recall@5 ${t.r.toFixed(2)} below 0.9`);
      assert.ok(t.p >= 0.3, `precision@5 ${t.p.toFixed(2)} below 0.3`);
    });
  }
});
