// `npm run bench`: the in-process benchmark (dist/bench/bench.js, built by build.mjs --bench)
// and then the activation time in a real VS Code (scripts/measure-activation.mjs), with the
// same flags: --json prints one JSON object per part, --quick shortens both,
// --no-activation skips the real-VS Code part (it needs chromium and code-server).
import { spawnSync } from 'node:child_process';
import { measureActivation } from './measure-activation.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const bench = spawnSync(process.execPath, ['--expose-gc', 'dist/bench/bench.js', ...args.filter((a) => a !== '--no-activation')], { stdio: 'inherit' });
if (bench.status !== 0) process.exit(bench.status ?? 1);
if (args.includes('--no-activation')) process.exit(0);
try {
  const r = await measureActivation({ runs: args.includes('--quick') ? 3 : 7 });
  if (json) console.log(JSON.stringify({ activation: r }));
  else {
    console.log(`\nActivation in a real VS Code (code-server ${'4.100.3'}, Running Extensions, ${r.runs.length} window loads)`);
    console.log(`  runs ${r.runs.join(', ')} ms; median ${r.median} ms; target ≤ ${r.target} ms: ${r.median <= r.target ? 'PASS' : 'MISS'}`);
  }
} catch (err) {
  console.error(`[bench] activation could not be measured: ${err?.message ?? err}`);
  process.exit(1);
}
