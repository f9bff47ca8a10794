// Opens a real VS Code on demo-corpus/ with Policy Lens loaded (run via `npm run demo`,
// which builds first). Tries, in order:
//   1. a `code` CLI on PATH  → code --extensionDevelopmentPath=<repo> demo-corpus
//   2. a display + internet  → desktop VS Code downloaded by @vscode/test-electron
//   3. otherwise             → code-server on 127.0.0.1 (installed on demand) with the
//                              extension packaged by vsce and installed into a throwaway
//                              extensions dir; prints the URL and serves until Ctrl+C.
// Env: POLICY_LENS_DEMO_PORT (code-server port), POLICY_LENS_DEMO_BACKEND=code-server to skip 1–2.
// Usage: node scripts/demo.mjs [--extension dir]   (default: this repository)
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { join, resolve } from 'node:path';
import { REPO, installCodeServer, installVsix, makeTempDir, packageVsix, removeDir, seconds, startCodeServer } from './vscode-server.mjs';

const DEMO = join(REPO, 'demo-corpus');
const extArg = process.argv.indexOf('--extension');
const EXTENSION = extArg > 0 ? resolve(process.argv[extArg + 1]) : REPO;
const VSCODE_VERSION = process.env.POLICY_LENS_VSCODE_VERSION ?? '1.100.3';

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

async function canDownloadVsCode() {
  if (!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux')) return false;
  try { await lookup('update.code.visualstudio.com'); return true; } catch { return false; }
}

function launchDesktop(executable, args) {
  console.log(`[demo] ${executable} ${args.join(' ')}`);
  const child = spawn(executable, args, { stdio: 'inherit', detached: true });
  child.unref();
}

async function serveWithCodeServer() {
  let t = Date.now();
  installCodeServer();
  const root = makeTempDir('demo');
  const vsix = packageVsix(EXTENSION, join(root, 'policy-lens.vsix'));
  installVsix({ root, vsix });
  console.log(`[demo] packaged and installed the extension in ${seconds(Date.now() - t)}`);
  const port = process.env.POLICY_LENS_DEMO_PORT ? Number(process.env.POLICY_LENS_DEMO_PORT) : undefined;
  const server = await startCodeServer({ root, port });
  const url = `${server.origin}/?folder=${encodeURIComponent(DEMO)}`;
  console.log(`\n  Policy Lens demo (code-server, VS Code 1.100.3) is serving:\n\n    ${url}\n`);
  console.log('  Open it in a browser on this machine (or forward the port). Ctrl+C stops the server.');
  console.log(`  Server log: ${server.logFile}\n`);
  const shutdown = async () => {
    console.log('\n[demo] stopping code-server…');
    await server.stop();
    removeDir(root);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  setInterval(() => {}, 1 << 30); // keep serving until a signal arrives
}

async function main() {
  const forced = process.env.POLICY_LENS_DEMO_BACKEND;
  if (forced !== 'code-server' && hasCommand('code')) {
    return launchDesktop('code', [`--extensionDevelopmentPath=${EXTENSION}`, DEMO]);
  }
  if (forced !== 'code-server' && await canDownloadVsCode()) {
    try {
      const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
      const exe = await downloadAndUnzipVSCode(VSCODE_VERSION);
      return launchDesktop(exe, [`--extensionDevelopmentPath=${EXTENSION}`, '--user-data-dir', makeTempDir('demo-user'), DEMO]);
    } catch (err) {
      console.log(`[demo] could not download VS Code (${err.message}); using code-server`);
    }
  }
  await serveWithCodeServer();
}

main().catch((err) => {
  console.error(`[demo] ERROR: ${err?.message ?? err}`);
  process.exit(1);
});
