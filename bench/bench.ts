/**
 * `npm run bench`: the performance harness. Builds a seeded synthetic corpus at 1k, 10k and
 * 100k passages and measures the project's core on it (no VS Code), with fuse.js, a plain
 * substring scan and remark-parse as baselines in the same run. Prints a table, or with
 * `--json` one JSON object; `--quick` runs only the 10k scale; `--scales=1000,5000` picks sizes;
 * `--import` runs only the import section (real PDFs, web pages, Word files; see importBench.ts).
 * The big-file row loads single documents of 1, 10 and 50 MB (`--big=1,10` picks sizes,
 * `--big=` none; `--quick` measures 1 and 10 MB; `--import` alone skips it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { loadAverage, machineInfo } from './machine';
import { renderTable } from './report';
import { runScale, type ScaleResult } from './scale';
import { canCollect, now } from './stats';
import { BIG_SIZES_MB, bigFiles, renderBigFiles, type BigFileResult } from './bigFile';
import { BUILTIN_ENTITIES, mergeKnowledge } from '../src/core/knowledge';
import { benchCorpus } from './corpusSetup';
import { importOne, renderImport, runImportBench } from './importBench';

function parseArgs(argv: readonly string[]): { json: boolean; scales: number[]; big: number[] } {
  const json = argv.includes('--json');
  const picked = argv.find((a) => a.startsWith('--scales='));
  const scales = picked
    ? picked.slice('--scales='.length).split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
    : argv.includes('--quick') ? [10_000] : [1_000, 10_000, 100_000];
  const bigArg = argv.find((a) => a.startsWith('--big='));
  const big = bigArg !== undefined
    ? bigArg.slice('--big='.length).split(',').filter(Boolean).map(Number).filter((n) => n > 0)
    : argv.includes('--quick') ? BIG_SIZES_MB.filter((n) => n <= 10) : [...BIG_SIZES_MB];
  return { json, scales, big };
}

/** Size of the packaged extension bundle in KB, building it first if it is missing. */
function bundleKB(log: (s: string) => void): number | null {
  const file = 'dist/extension.js';
  if (!existsSync(file)) {
    log('dist/extension.js missing: building it');
    try { execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }); } catch { return null; }
  }
  return existsSync(file) ? Math.round(statSync(file).size / 1024) : null;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // `--import-one FILE`: the child that measures one import's peak memory alone.
  if (argv[0] === '--import-one') return importOne(argv[1]);
  const { json, scales: picked, big: pickedBig } = parseArgs(argv);
  // `--import` runs the import section alone; a full run ends with it.
  const importOnly = argv.includes('--import') && !argv.some((a) => a.startsWith('--scales='));
  const scales = importOnly ? [] : picked;
  const big = importOnly && !argv.some((a) => a.startsWith('--big=')) ? [] : pickedBig;
  const log = (s: string): void => { process.stderr.write(`${s}\n`); };
  if (!canCollect) log('note: run with node --expose-gc for heap numbers');
  const started = now();
  const machine = machineInfo();
  log(`bench on ${machine.cpu} ×${machine.cores}, Node ${machine.node}, load ${machine.loadStart.join(' ')}`);
  const bundle = bundleKB(log);
  const results: ScaleResult[] = [];
  for (const n of scales) results.push(await runScale(n, bundle, log));
  let bigRows: BigFileResult[] = [];
  if (big.length) {
    log(`big files: ${big.join(', ')} MB`);
    bigRows = await bigFiles(mergeKnowledge(BUILTIN_ENTITIES), benchCorpus(20250, 2_000).docs, big, log);
  }
  const imported = argv.includes('--quick') && !argv.includes('--import') ? undefined : await runImportBench(log);
  machine.loadEnd = loadAverage();
  machine.totalSeconds = (now() - started) / 1000;
  if (json) process.stdout.write(`${JSON.stringify({ machine, scales: results, bigFiles: bigRows, import: imported }, null, 2)}\n`);
  else {
    if (results.length) process.stdout.write(`\n${renderTable(machine, results)}\n`);
    if (bigRows.length) process.stdout.write(`${renderBigFiles(bigRows).join('\n')}\n`);
    if (imported) process.stdout.write(`\n${renderImport(imported.rows, imported.notes)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
