// Installs code-server (VS Code's own server + web workbench) on demand into the git-ignored
// `.vscode-test/code-server`, without any download besides the npm registry.
//
// Why not a devDependency: a plain `npm install code-server` fetches ripgrep from GitHub and
// runs `npx node-gyp` in node-pty's postinstall; both fail offline and would break `npm ci`.
// So we install with scripts disabled and redo the needed postinstall work ourselves.
//
// Usage: node scripts/install-code-server.mjs [--force]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, lstatSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The code-server release whose bundled VS Code (1.100.3) matches `engines.vscode` and Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Repository root (the folder holding package.json). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder that receives the npm install of code-server (git-ignored via `.vscode-test/`). */
export const CODE_SERVER_HOME = join(REPO, '.vscode-test', 'code-server');

/** The `node_modules/code-server` package folder inside {@link CODE_SERVER_HOME}. */
export const CODE_SERVER_PACKAGE = join(CODE_SERVER_HOME, 'node_modules', 'code-server');

/** The Node entry point that starts code-server. */
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PACKAGE, 'out', 'node', 'entry.js');

const MARKER = join(CODE_SERVER_HOME, `.installed-${CODE_SERVER_VERSION}`);

/** True when a previous run completed every install step for this version. */
export function isCodeServerInstalled() {
  return existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY);
}

function run(cmd, args, cwd, env = {}) {
  const started = Date.now();
  process.stderr.write(`[code-server install] ${cwd.replace(REPO + '/', '')}$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status} in ${cwd}`);
  process.stderr.write(`[code-server install]   done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Replaces whatever is at `link` with a relative symlink to `target` (as postinstall.sh does). */
function forceSymlink(target, link) {
  try { lstatSync(link); rmSync(link, { recursive: true, force: true }); } catch { /* absent */ }
  symlinkSync(target, link);
}

/**
 * Makes sure code-server is installed and returns the path of its entry script.
 * Skips all work when the completion marker is present (unless `force`).
 * Throws with a message naming the missing system package when a prerequisite is absent.
 */
export function installCodeServer({ force = false } = {}) {
  if (!force && isCodeServerInstalled()) return CODE_SERVER_ENTRY;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (`rg`) is missing: run `apt-get install -y ripgrep` (see .ci/run).');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error('Kerberos headers are missing: run `apt-get install -y libkrb5-dev` (see .ci/run).');
  }
  const started = Date.now();
  if (force) rmSync(CODE_SERVER_HOME, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_HOME, { recursive: true });
  // Own package.json so npm does not walk up and install into the project itself.
  const pkg = join(CODE_SERVER_HOME, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, JSON.stringify({ name: 'policy-lens-code-server', private: true }, null, 2) + '\n');

  const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', '--ignore-scripts', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`], CODE_SERVER_HOME);
  run('npm', ['rebuild', 'argon2', ...npmFlags], CODE_SERVER_HOME, { npm_config_yes: 'true' });

  const vscodeDir = join(CODE_SERVER_PACKAGE, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...npmFlags], vscodeDir);
  // @vscode/ripgrep's postinstall downloads rg from GitHub unless the binary is already there.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  copyFileSync(rg, join(rgBin, 'rg'));
  chmodSync(join(rgBin, 'rg'), 0o755);
  run('npm', ['rebuild', ...npmFlags], vscodeDir, { npm_config_yes: 'true' });

  // The links code-server's own postinstall.sh creates (symlink_asar, symlink_bin_script).
  forceSymlink('node_modules', join(vscodeDir, 'node_modules.asar'));
  const remoteCli = join(vscodeDir, 'bin', 'remote-cli');
  const helpers = join(vscodeDir, 'bin', 'helpers');
  if (existsSync(join(remoteCli, 'code-linux.sh'))) forceSymlink('code-linux.sh', join(remoteCli, 'code-server'));
  if (existsSync(join(helpers, 'browser-linux.sh'))) forceSymlink('browser-linux.sh', join(helpers, 'browser.sh'));

  run('npm', ['install', '--omit=dev', ...npmFlags], join(vscodeDir, 'extensions'), { npm_config_yes: 'true' });

  writeFileSync(MARKER, new Date().toISOString() + '\n');
  process.stderr.write(`[code-server install] code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return CODE_SERVER_ENTRY;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const force = process.argv.includes('--force');
    if (!force && isCodeServerInstalled()) console.log(`code-server ${CODE_SERVER_VERSION} already installed: ${CODE_SERVER_ENTRY}`);
    else console.log(`code-server ready: ${installCodeServer({ force })}`);
  } catch (err) {
    console.error(`code-server install failed: ${err.message}`);
    process.exit(1);
  }
}
