// Shared helpers for driving a real VS Code through code-server + Debian chromium:
// temp folders, a free port, starting/stopping code-server, launching chromium with
// playwright-core, building the workbench URL, packaging and installing the extension.
// Used by run-integration.mjs, demo.mjs and screenshots.mjs. Recipe: docs in REAL-VSCODE.md.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, CODE_SERVER_ENTRY, installCodeServer } from './install-code-server.mjs';

export { REPO, installCodeServer };

/** The system chromium from apt; playwright's own browser download is never used. */
export const CHROMIUM = process.env.POLICY_LENS_CHROMIUM ?? '/usr/bin/chromium';

/** The extension's identifier (`publisher.name` from package.json). */
export const EXTENSION_ID = 'policy-lens.policy-lens';

/** Creates a fresh folder under the OS temp dir; the caller removes it (see {@link removeDir}). */
export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `policy-lens-${prefix}-`));
}

/** Removes a folder, ignoring errors (used in cleanup paths that must not mask a result). */
export function removeDir(dir) {
  try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
}

/** Asks the kernel for an unused TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Environment for code-server: XDG dirs and TMPDIR inside `root` so nothing is written to `~`.
 */
function isolatedEnv(root) {
  const env = { ...process.env };
  for (const [key, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache'], ['TMPDIR', 'tmp']]) {
    env[key] = join(root, sub);
    mkdirSync(env[key], { recursive: true });
  }
  delete env.VSCODE_IPC_HOOK_CLI; // a parent VS Code terminal must not capture our CLI calls
  return env;
}

/** The user-data and extensions folders code-server needs (pre-created: it fails on ENOENT). */
export function codeServerDirs(root) {
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  return { userDataDir, extensionsDir };
}

/**
 * Starts code-server detached (own process group) on 127.0.0.1:`port` and waits for /healthz.
 * Returns `{ origin, port, logFile, stop }`; `stop()` kills the whole process group so the
 * file watcher it forks is not orphaned. Output goes to `logFile`, not the console.
 */
export async function startCodeServer({ root, port, healthTimeoutMs = 60_000, workspaceTrust = false }) {
  const entry = installCodeServer();
  port ??= await freePort();
  const { userDataDir, extensionsDir } = codeServerDirs(root);
  if (workspaceTrust) {
    // Trust on, no start-up prompt: an unknown folder opens in Restricted Mode.
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
    }, null, 2));
  }
  const logFile = join(root, 'code-server.log');
  const log = createWriteStream(logFile);
  const args = [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir];
  const child = spawn(process.execPath, args, { detached: true, env: isolatedEnv(root), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = makeGroupStopper(child, () => exited);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up; see ${logFile}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer ${origin}/healthz within ${healthTimeoutMs / 1000} s; see ${logFile}`); }
    await sleep(150);
  }
  return { origin, port, logFile, userDataDir, extensionsDir, stop };
}

/** Last lines of a text file, for error messages. */
export function tail(file, lines = 20) {
  try { return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

function makeGroupStopper(child, hasExited) {
  let stopping;
  const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };
  const onExit = () => kill('SIGKILL');
  process.on('exit', onExit); // last resort when the caller forgets or crashes
  return () => (stopping ??= (async () => {
    kill('SIGTERM');
    for (let i = 0; i < 50 && !hasExited(); i++) await sleep(100);
    kill('SIGKILL');
    process.off('exit', onExit);
  })());
}

/**
 * Launches the system chromium through playwright-core (headless unless `headless: false`),
 * with a fresh profile and no background networking.
 */
export async function launchChromium({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run \`apt-get install -y chromium\` (see .ci/run).`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * Init script (runs in the page before the workbench boots) that turns on
 * `developmentOptions.enableSmokeTestDriver` in the embedded workbench configuration; newer
 * VS Code builds ignore the extension-test payload without it. Rewriting the HTML through
 * request interception broke the websocket, hence the MutationObserver.
 */
export function enableSmokeTestDriverScript() {
  const ID = 'vscode-workbench-web-configuration';
  const patch = (el) => {
    try {
      const settings = JSON.parse(el.getAttribute('data-settings'));
      settings.developmentOptions = { ...(settings.developmentOptions ?? {}), enableSmokeTestDriver: true };
      el.setAttribute('data-settings', JSON.stringify(settings));
    } catch { /* not the element we expect; leave it */ }
  };
  const found = document.getElementById(ID);
  if (found) { patch(found); return; }
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) for (const node of m.addedNodes) {
      if (node.nodeType === 1 && node.id === ID) { patch(node); observer.disconnect(); return; }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * URL of the workbench on `folder`. With `extensionDevelopmentPath` (and optionally
 * `extensionTestsPath`) it loads a development extension into the real extension host,
 * the same payload VS Code's own browser integration tests use.
 */
export function workbenchUrl({ origin, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Waits until the workbench has rendered its activity bar (about 4–5 s here). */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: timeoutMs });
}

/**
 * Packages `extensionDir` into `outFile` with vsce (`--no-dependencies`: everything is
 * bundled by esbuild). Throws with vsce's output on failure.
 */
export function packageVsix(extensionDir, outFile) {
  const vsce = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--readme-path', 'docs/MARKETPLACE.md', '-o', outFile],
    { cwd: extensionDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return outFile;
}

/** Installs a .vsix into code-server's extensions dir (no server needs to be running). */
export function installVsix({ root, vsix }) {
  const { userDataDir, extensionsDir } = codeServerDirs(root);
  const r = spawnSync(process.execPath, [installCodeServer(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--install-extension', vsix], { env: isolatedEnv(root), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return extensionsDir;
}

/** Milliseconds → "12.3 s", for the timing lines the scripts print. */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export { CODE_SERVER_ENTRY };
