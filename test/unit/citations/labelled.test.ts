/**
 * Citation extraction and resolution measured on a labelled set written for this project
 * (test/fixtures/citations/labelled): every expected citation with its target, and tricky
 * negatives (《》 around newspapers and books, "act" in prose, numbers that look like
 * standards). Precision and recall are printed and must reach 95%.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusModel, corpusOptions } from '../../../src/core/corpus/model';
import type { ResolvedCitation } from '../../../src/core/citations';
import { NodeFiles } from '../../../src/cli/nodeFiles';
import { labelledKnowledge } from './labelledKb';

interface Case {
  readonly path: string;
  readonly text: string;
  readonly occurrence?: number;
  readonly target: { path?: string; entity?: string } | null;
  readonly article?: string;
}

/** The labelled sets: the first, written alongside the extractor, and a second written before running it. */
const SETS = ['labelled', 'heldout'].map((name) => ({ name, dir: resolve(process.cwd(), 'test/fixtures/citations', name) }));

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

for (const { name, dir } of SETS) describe(`citations: labelled set "${name}" (precision / recall)`, () => {
  let model: CorpusModel;
  let cases: Case[];
  before(async () => {
    cases = (JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')) as { cases: Case[] }).cases;
    model = await CorpusModel.load(new NodeFiles(dir), labelledKnowledge(), corpusOptions());
  });

  it('finds the labelled citations and little else, and resolves them to the labelled targets', () => {
    const found = model.citations().all();
    const matched = new Set<ResolvedCitation>();
    let resolvedRight = 0;
    let articlesRight = 0;
    const misses: string[] = [];
    const wrong: string[] = [];
    for (const c of cases) {
      const text = model.get(c.path)?.parsed.text;
      assert.ok(text, `fixture ${c.path} is loaded`);
      const at = nthIndex(text, c.text, c.occurrence ?? 1);
      assert.ok(at >= 0, `label text "${c.text}" occurs in ${c.path}`);
      const hit = found.find((f) => f.path === c.path && f.citation.start <= at && at + c.text.length <= f.citation.end + 0 && !matched.has(f))
        ?? found.find((f) => f.path === c.path && f.citation.start < at + c.text.length && at < f.citation.end && !matched.has(f));
      if (!hit) {
        misses.push(`${c.path}: ${c.text}`);
        continue;
      }
      matched.add(hit);
      const want = c.target ?? {};
      const ok = (hit.target.path ?? null) === (want.path ?? null) && (want.entity === undefined || hit.target.entity === want.entity);
      if (ok) resolvedRight++; else wrong.push(`${c.path}: ${c.text} → ${JSON.stringify(hit.target)} (want ${JSON.stringify(want)})`);
      if ((c.article ?? null) === (hit.citation.article ?? null)) articlesRight++;
      else wrong.push(`${c.path}: ${c.text} article ${hit.citation.article} (want ${c.article})`);
    }
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const extra = found.filter((f) => !matched.has(f)).map((f) => `${f.path}: ${f.citation.text}`);
    // The target is judged on 《…》 titles and numbered instruments: print them apart.
    const group = (kind: string) => (kind === 'title' ? 'titles' : kind === 'act' ? 'named acts' : 'numbered');
    for (const g of ['titles', 'numbered', 'named acts']) {
      const inGroup = found.filter((f) => group(f.citation.kind) === g);
      const hits = inGroup.filter((f) => matched.has(f)).length;
      const expected = cases.filter((c) => group(c.text.startsWith('《') ? 'title' : / Act\b/.test(c.text) ? 'act' : 'numbered') === g).length;
      console.log(`      ${g}: ${expected} labelled, ${inGroup.length} found — precision ${pct(hits / Math.max(1, inGroup.length))}, recall ${pct(Math.min(hits, expected) / Math.max(1, expected))}`);
    }
    const precision = matched.size / Math.max(1, found.length);
    const recall = matched.size / cases.length;
    console.log(`      citations: ${cases.length} labelled, ${found.length} found, ${matched.size} matched — precision ${pct(precision)}, recall ${pct(recall)}`);
    console.log(`      targets right ${resolvedRight}/${matched.size} (${pct(resolvedRight / Math.max(1, matched.size))}), articles right ${articlesRight}/${matched.size}`);
    if (misses.length) console.log(`      missed: ${misses.join(' | ')}`);
    if (extra.length) console.log(`      false positives: ${extra.join(' | ')}`);
    if (wrong.length) console.log(`      wrong: ${wrong.join(' | ')}`);
    assert.ok(precision >= 0.95, `precision ${pct(precision)}`);
    assert.ok(recall >= 0.95, `recall ${pct(recall)}`);
    assert.ok(resolvedRight / Math.max(1, matched.size) >= 0.95, `targets ${resolvedRight}/${matched.size}`);
    assert.ok(articlesRight / Math.max(1, matched.size) >= 0.95, `articles ${articlesRight}/${matched.size}`);
  });
});
