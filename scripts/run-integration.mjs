// Runs the integration suite inside a real VS Code extension host, then the canary suite
// (which must fail) to prove a failing test turns the run red. Exit code = main suite result.
//
// Back ends, in order: POLICY_LENS_VSCODE_EXECUTABLE set → @vscode/test-electron with that
// executable; POLICY_LENS_TRY_DOWNLOAD=1 → test-electron downloading VS Code (needs internet);
// otherwise code-server (installed on demand) + Debian chromium driven by playwright-core.
//
// Usage: node scripts/run-integration.mjs [--tests out/…/index.js] [--workspace dir]
//                                         [--extension dir] [--no-build] [--no-canary]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import {
  REPO, enableSmokeTestDriverScript, launchChromium, makeTempDir, removeDir, seconds, startCodeServer, workbenchUrl,
} from './vscode-server.mjs';

const MAIN_SUITE = join(REPO, 'out', 'test', 'integration', 'index.js');
const CANARY_SUITE = join(REPO, 'out', 'test', 'integration-canary', 'index.js');
const UNTRUSTED_SUITE = join(REPO, 'out', 'test', 'integration-untrusted', 'index.js');
/** Text the canary's failing test title contains; its presence proves the failure was the canary's. */
const CANARY_MARKER = 'CANARY must fail';
/** Workbench log lines that are expected offline and only bury the test output. */
const HARMLESS = [/ENOTFOUND open-vsx\.org/, /^Updating additional builtin extensions cache$/, /^(Resolving|Resolved) connection token/, /^Creating a socket \(renderer-/];
const SUITE_TIMEOUT_MS = Number(process.env.POLICY_LENS_IT_TIMEOUT_MS ?? 10 * 60_000);

function parseArgs(argv) {
  const opts = { tests: undefined, workspace: undefined, extension: REPO, build: true, canary: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--tests') opts.tests = resolve(next());
    else if (a === '--workspace') opts.workspace = resolve(next());
    else if (a === '--extension') opts.extension = resolve(next());
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-canary') opts.canary = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (opts.tests) opts.canary = false; // a named suite runs alone
  return opts;
}

/** Copies demo-corpus/ and, when present, ../shared/corpus seeds and realworld into `dir`. */
function prepareWorkspace(dir) {
  const demo = join(REPO, 'demo-corpus');
  if (existsSync(demo)) cpSync(demo, dir, { recursive: true });
  const shared = resolve(REPO, '..', 'shared', 'corpus');
  for (const sub of ['seeds', 'realworld']) {
    const from = join(shared, sub);
    if (!existsSync(from)) continue;
    mkdirSync(join(dir, sub), { recursive: true });
    for (const name of readdirSync(from)) cpSync(join(from, name), join(dir, sub, name), { recursive: true });
  }
  return dir;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`TIMEOUT: ${what} did not finish within ${seconds(ms)} (POLICY_LENS_IT_TIMEOUT_MS)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** code-server back end: one server for all suites, one fresh browser context per suite. */
async function codeServerBackend(root, { workspaceTrust = false } = {}) {
  const t = Date.now();
  const server = await startCodeServer({ root, workspaceTrust });
  console.log(`[integration] code-server up at ${server.origin} in ${seconds(Date.now() - t)} (log: ${server.logFile})`);
  const browser = await launchChromium();
  return {
    capturesOutput: true,
    name: 'code-server',
    async runSuite({ extension, tests, workspace, output }) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(enableSmokeTestDriverScript);
        let exit;
        const exited = new Promise((r) => { exit = r; });
        await page.exposeFunction('codeAutomationLog', (type, args) => {
          output(type, Array.isArray(args) ? format(...args) : format(args));
        });
        await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
        page.on('crash', () => exit(90));
        page.on('pageerror', (err) => output('error', `[workbench page error] ${err.message}`));
        await page.goto(workbenchUrl({ origin: server.origin, folder: workspace, extensionDevelopmentPath: extension, extensionTestsPath: tests }));
        return await exited;
      } finally {
        await context.close().catch(() => {});
      }
    },
    async dispose() {
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/** test-electron back end: a desktop VS Code per suite (given or downloaded executable). */
async function electronBackend(root, executable) {
  const { runTests, TestRunFailedError } = await import('@vscode/test-electron');
  return {
    capturesOutput: false, // the desktop host writes straight to our stdout
    name: `test-electron (${executable})`,
    async runSuite({ extension, tests, workspace }) {
      try {
        return await runTests({
          vscodeExecutablePath: executable,
          extensionDevelopmentPath: extension,
          extensionTestsPath: tests,
          // --disable-extensions leaves only the development extension (and built-ins) enabled.
          launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
            `--user-data-dir=${join(root, 'electron-user-data')}`, `--extensions-dir=${join(root, 'electron-extensions')}`],
        });
      } catch (err) {
        if (err instanceof TestRunFailedError) return err.code || 1; // VS Code ran; the suite failed
        throw err;
      }
    },
    async dispose() {},
  };
}

async function chooseBackend(root) {
  const exe = process.env.POLICY_LENS_VSCODE_EXECUTABLE;
  if (exe) return electronBackend(root, exe);
  if (process.env.POLICY_LENS_TRY_DOWNLOAD === '1') {
    try {
      const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
      const path = await downloadAndUnzipVSCode(process.env.POLICY_LENS_VSCODE_VERSION ?? '1.100.3');
      return electronBackend(root, path);
    } catch (err) {
      console.log(`[integration] VS Code download failed (${err.message}); falling back to code-server`);
    }
  }
  return codeServerBackend(root);
}

/** Runs one suite; returns its exit code and the host output lines it printed. */
async function runOne(backend, label, opts) {
  const lines = [];
  const output = (type, text) => {
    lines.push(text);
    if (HARMLESS.some((re) => re.test(text))) return;
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : text + '\n');
  };
  console.log(`\n[integration] ── ${label}: ${opts.tests} (${backend.name}) ──`);
  const t = Date.now();
  const code = await withTimeout(backend.runSuite({ ...opts, output }), SUITE_TIMEOUT_MS, label);
  console.log(`[integration] ── ${label} finished with exit code ${code} in ${seconds(Date.now() - t)} ──`);
  return { code, text: lines.join('\n') };
}

/**
 * A desktop VS Code on headless Linux needs an X server: re-run this script under
 * `xvfb-run -a` when the electron back end is selected and no display is set.
 * Returns the child's exit code, or undefined when no re-run was needed.
 */
function rerunUnderXvfb() {
  const wantsElectron = process.env.POLICY_LENS_VSCODE_EXECUTABLE || process.env.POLICY_LENS_TRY_DOWNLOAD === '1';
  if (!wantsElectron || process.platform !== 'linux' || process.env.DISPLAY || process.env.POLICY_LENS_UNDER_XVFB) return undefined;
  if (spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status !== 0) return undefined;
  console.log('[integration] no DISPLAY: re-running under xvfb-run -a');
  const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, POLICY_LENS_UNDER_XVFB: '1' } });
  return r.status ?? 1;
}

/**
 * Restricted Mode suite: a second code-server with workspace trust enabled opens a fresh copy
 * of the demo corpus, which is therefore untrusted. Only the code-server back end can open a
 * folder untrusted without a dialog; the desktop back end runs with trust disabled.
 */
async function runUntrusted(opts) {
  if (process.env.POLICY_LENS_VSCODE_EXECUTABLE || process.env.POLICY_LENS_TRY_DOWNLOAD === '1') {
    console.log('[integration] Restricted Mode suite skipped: it needs the code-server back end');
    return 0;
  }
  if (!existsSync(UNTRUSTED_SUITE)) throw new Error(`compiled test index ${UNTRUSTED_SUITE} is missing`);
  const root = makeTempDir('it-untrusted');
  const backend = await codeServerBackend(root, { workspaceTrust: true });
  try {
    const workspace = prepareWorkspace(join(root, 'workspace'));
    const run = await runOne(backend, 'Restricted Mode suite', { extension: opts.extension, tests: UNTRUSTED_SUITE, workspace });
    if (run.code !== 0) console.error(`[integration] FAILED: the Restricted Mode suite exited with ${run.code}`);
    return run.code === 0 ? 0 : 1;
  } finally {
    await backend.dispose();
    if (!process.env.POLICY_LENS_KEEP_TEMP) removeDir(root);
  }
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const rerun = rerunUnderXvfb();
  if (rerun !== undefined) return rerun;
  if (opts.build) {
    const t = Date.now();
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--integration'], { cwd: REPO, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed: node scripts/build.mjs --integration');
    console.log(`[integration] build in ${seconds(Date.now() - t)}`);
  }
  const tests = opts.tests ?? MAIN_SUITE;
  for (const f of [tests, ...(opts.canary ? [CANARY_SUITE] : [])]) {
    if (!existsSync(f)) throw new Error(`compiled test index ${f} is missing (build with node scripts/build.mjs --integration)`);
  }
  const root = makeTempDir('it');
  const workspace = opts.workspace ?? prepareWorkspace(join(root, 'workspace'));
  mkdirSync(workspace, { recursive: true });
  console.log(`[integration] workspace ${workspace}`);
  const backend = await chooseBackend(root);
  let exitCode = 1;
  try {
    const main = await runOne(backend, 'integration suite', { extension: opts.extension, tests, workspace });
    exitCode = main.code === 0 ? 0 : 1;
    if (main.code !== 0) console.error(`[integration] FAILED: the integration suite exited with ${main.code}`);
    else if (opts.canary) {
      const canary = await runOne(backend, 'canary suite (must fail)', { extension: opts.extension, tests: CANARY_SUITE, workspace });
      const markerSeen = !backend.capturesOutput || canary.text.includes(CANARY_MARKER);
      if (canary.code === 0 || !markerSeen) {
        exitCode = 1;
        console.error('\n' + '!'.repeat(78));
        console.error('!! CANARY NOT DETECTED: the deliberately failing canary suite did not fail as expected');
        console.error(`!! (exit code ${canary.code}, "${CANARY_MARKER}" ${markerSeen ? 'seen' : 'NOT seen'} in the host output).`);
        console.error('!! A green integration run cannot be trusted; the harness is broken.');
        console.error('!'.repeat(78) + '\n');
      } else {
        console.log(`[integration] canary failed as it must (exit ${canary.code}): failure detection works`);
      }
    }
  } finally {
    await backend.dispose();
    if (!process.env.POLICY_LENS_KEEP_TEMP) removeDir(root);
  }
  if (exitCode === 0 && opts.canary) exitCode = await runUntrusted(opts);
  console.log(`[integration] ${exitCode === 0 ? 'PASSED' : 'FAILED'} in ${seconds(Date.now() - started)}`);
  return exitCode;
}

// Last line of defence if something hangs outside a suite (install, start-up, shutdown).
const HARD_LIMIT_MS = SUITE_TIMEOUT_MS * 2 + 5 * 60_000;
const hardStop = setTimeout(() => {
  console.error(`[integration] TIMEOUT: hard limit of ${seconds(HARD_LIMIT_MS)} reached; giving up`);
  process.exit(124);
}, HARD_LIMIT_MS);
hardStop.unref();

main().then((code) => process.exit(code), (err) => {
  console.error(`[integration] ERROR: ${err?.stack ?? err}`);
  process.exit(1);
});
