// Takes the documentation screenshots in a real VS Code (run via `npm run screenshots`, which
// builds first): packages the extension with vsce, installs it into a throwaway code-server
// extensions dir, opens a copy of demo-corpus/ in headless chromium (1400×900) and runs each
// named scenario, saving docs/images/<name>.png.
//
// Add a shot: append `{ name, async run(page) { … } }` to SCENARIOS using the helpers below.
// Usage: node scripts/screenshots.mjs [--only name,name] [--out dir] [--extension dir]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  REPO, installCodeServer, installVsix, launchChromium, makeTempDir, packageVsix, removeDir, seconds, sleep,
  startCodeServer, waitForWorkbench, workbenchUrl,
} from './vscode-server.mjs';

/** Where the page is captured when a scenario throws (git-ignored). */
const FAILED_DIR = join(REPO, '.vscode-test', 'screenshots-failed');

/** Browser viewport of every shot. */
export const VIEWPORT = { width: 1400, height: 900 };

/** User settings for a calm, reproducible workbench (no tips, no startup editor, no updates). */
export const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** Closes any open quick input or menu so the next shortcut starts from a clean state. */
async function focusWorkbench(page) {
  await page.bringToFront();
  if (await page.locator('.quick-input-widget:visible').count()) await page.keyboard.press('Escape');
}

/**
 * Types `text` into the open quick input and accepts the first row when `matches(rowText)`
 * holds for it; otherwise closes the widget and throws (the palette offers "similar
 * commands" for unknown labels, which must not run by accident).
 */
async function acceptQuickInput(page, text, matches) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  const first = page.locator('.quick-input-list .monaco-list-row').first();
  await first.waitFor({ timeout: 10_000 });
  await sleep(400); // results refine while typing settles
  const name = first.locator('.label-name').first();
  const rowText = ((await name.count()) ? await name.innerText() : await first.innerText()).trim();
  if (!matches(rowText)) {
    await page.keyboard.press('Escape');
    throw new Error(`quick input: first result for "${text}" is "${rowText}"`);
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Runs a command by its palette label (e.g. "Policy Lens: Refresh") through F1. */
export async function runCommand(page, label) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  // fill() replaces the palette's own '>' prefix, so it is typed again here.
  await acceptQuickInput(page, `>${label}`, (row) => row.toLowerCase() === label.toLowerCase());
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
export async function openFile(page, relativePath) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const base = relativePath.split('/').pop();
  await acceptQuickInput(page, relativePath, (row) => row === base);
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/**
 * Opens a view container by clicking its activity-bar icon (it appears once the extension
 * host has scanned the extensions) and checks that the side bar now shows it.
 */
export async function openViewContainer(page, title = 'Policy Lens') {
  const item = page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
  await item.waitFor({ timeout: 30_000 });
  if ((await item.locator('xpath=..').getAttribute('aria-selected')) !== 'true') await item.click();
  const heading = page.locator('.part.sidebar .composite.title h2');
  await heading.filter({ hasText: new RegExp(`^${title}$`, 'i') }).waitFor({ timeout: 15_000 });
}

/**
 * Moves the mouse over the first visible occurrence of `text` in the active editor and
 * waits for the hover widget. Throws when the text is not on screen.
 */
export async function hoverText(page, text) {
  const box = await page.evaluate((needle) => {
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`hoverText: "${text}" is not visible in the active editor`);
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  // Hover providers may register a moment after the editor opens: wiggle and retry.
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.mouse.move(box.x - 30, box.y + 30, { steps: 2 });
    await page.mouse.move(box.x, box.y, { steps: 8 });
    if (await hover.waitFor({ state: 'visible', timeout: 4_000 }).then(() => true, () => false)) return;
  }
  throw new Error(`hoverText: no hover appeared over "${text}"`);
}

/** Waits until some view in the side bar shows at least one row (best effort, no throw). */
export async function waitForSidebarRows(page, timeoutMs = 15_000) {
  await page.locator('.part.sidebar .monaco-list-row').first().waitFor({ timeout: timeoutMs }).catch(() => {});
}

/** Parks the mouse over the empty status bar so no tooltip or hover shows in the shot. */
export async function moveMouseAway(page) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 4);
}

/** Lets animations and deferred rendering settle before a shot. */
export const settle = (page, ms = 800) => page.waitForTimeout(ms);

/**
 * Opens the Policy Lens view container and `file`, then waits: for the side bar's rows
 * (`'rows'`) or a number of milliseconds (providers and decorations settle).
 */
async function openInLens(page, file, wait) {
  await openViewContainer(page, 'Policy Lens');
  await openFile(page, file);
  if (wait === 'rows') await waitForSidebarRows(page);
  else await settle(page, wait);
}

/** Parks the mouse and lets the workbench settle before the shot. */
async function finish(page, ms = 1500) {
  await moveMouseAway(page);
  await settle(page, ms);
}

/** The named shots; each leaves the page in the state to capture. */
export const SCENARIOS = [
  {
    name: 'workbench',
    async run(page) {
      await openInLens(page, 'tsinghua-air/3r-principles.txt', 'rows');
      await finish(page);
    },
  },
  {
    // The Corpus view grouped by institution, next to the outline of a plain-text report.
    name: 'corpus-tree',
    async run(page) {
      await openInLens(page, 'baai/2021-privacy-computing-trends.txt', 'rows');
      await runCommand(page, 'Policy Lens: Group by Institution');
      // A document row opens its file on click; its twistie shows the sections.
      const row = page.locator('.part.sidebar .monaco-list-row', { hasText: '联邦学习与隐私计算' }).first();
      await row.waitFor({ timeout: 15_000 });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
      await finish(page);
    },
  },
  {
    // An entity hover card: a Chinese name resolved to the same person as "Xue Lan".
    name: 'hover-entity',
    async run(page) {
      await openInLens(page, 'i-aiig/2021-cooperation-governance-forum.md', 2500);
      await hoverText(page, 'Xue Lan');
      await settle(page, 1200);
    },
  },
  {
    // Annotated text (tag colour, gutter mark, inline tags) with its hover.
    name: 'annotation-hover',
    async run(page) {
      await openInLens(page, 'baai/2021-privacy-computing-trends.txt', 2500);
      await hoverText(page, '而不交换原始数据');
      await settle(page, 1200);
    },
  },
  {
    // Go to… with a Chinese query that has a wrong character (保户 for 保护).
    name: 'jump-quickpick',
    async run(page) {
      await openInLens(page, 'notes/people-and-models.md', 3000);
      await moveMouseAway(page);
      await page.keyboard.press('Control+Alt+J');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.type('隐私保户', { delay: 120 });
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
      await settle(page, 1500);
    },
  },
  {
    // The Related view for the English "Resilient AI" paragraph: its Chinese bullets pair as translations.
    name: 'related-view',
    async run(page) {
      await openInLens(page, 'tsinghua-air/3r-principles.txt', 3000);
      // Give the Related view room: fold the views above it.
      for (const title of ['Entities', 'Annotations']) {
        const header = page.locator('.part.sidebar .pane-header', { hasText: new RegExp(`^${title}`, 'i') }).first();
        if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
      }
      await page.locator('.view-lines .view-line', { hasText: 'Resilient AI:' }).first().click();
      await settle(page, 2500);
      await finish(page, 800);
    },
  },
  {
    // The Analysis tables (code × document coverage as a heat map) beside the Coded Segments view.
    name: 'analysis-tables',
    async run(page) {
      await openInLens(page, 'baai/2021-privacy-computing-trends.txt', 2500);
      await runCommand(page, 'Policy Lens: Show All Coded Segments');
      await runCommand(page, 'Policy Lens: Open Analysis Tables');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('table').first().waitFor({ timeout: 20_000 });
      await finish(page, 1200);
    },
  },
  {
    // A PDF made for the tests, imported with the CLI into the workspace; the hover of a
    // passage on its second page gives the page and offers the original there.
    name: 'import-page-hover',
    async run(page, { folder }) {
      mkdirSync(join(folder, 'imports'), { recursive: true });
      cpSync(join(REPO, 'test/fixtures/import/report.en.pdf'), join(folder, 'imports', 'framework.pdf'));
      const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'import', folder, 'imports/framework.pdf'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`import failed: ${r.stdout}${r.stderr}`);
      await openInLens(page, 'imports/framework.md', 'rows');
      await settle(page, 2500);
      await page.keyboard.press('Control+G');
      await page.keyboard.type('36');
      await page.keyboard.press('Enter');
      await settle(page, 800);
      await hoverText(page, 'measurement');
      await settle(page, 1200);
    },
  },
  {
    // The overview webview: filters and the timeline of statements by institution.
    name: 'overview-timeline',
    async run(page) {
      await openOverview(page);
      await finish(page, 1500);
    },
  },
  {
    // The overview scrolled to the citation network.
    name: 'overview-network',
    async run(page) {
      const frame = await openOverview(page);
      await frame.locator('[data-chart="network"]').scrollIntoViewIfNeeded();
      await settle(page, 2500); // the force layout settles
      await finish(page, 800);
    },
  },
];

/** Opens the overview with the side bar closed and returns a locator scope inside its webview. */
async function openOverview(page) {
  await openViewContainer(page, 'Policy Lens');
  await waitForSidebarRows(page);
  await runCommand(page, 'Policy Lens: Open Overview');
  await page.keyboard.press('Control+B'); // give the charts the whole width
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe');
  await frame.locator('[data-chart="timeline"] canvas').first().waitFor({ timeout: 30_000 });
  await settle(page, 1500);
  return frame;
}

function parseArgs(argv) {
  const opts = { only: undefined, out: join(REPO, 'docs', 'images'), extension: REPO };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = new Set(argv[++i].split(','));
    else if (a === '--out') opts.out = resolve(argv[++i]);
    else if (a === '--extension') opts.extension = resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

/**
 * Packages `extension` with vsce, installs it into the throwaway code-server under `root`, writes
 * the calm user settings and copies demo-corpus/ there; returns the folder to open.
 */
export function prepareInstalledWorkbench(root, extension) {
  installVsix({ root, vsix: packageVsix(extension, join(root, 'policy-lens.vsix')) });
  writeFileSync(join(root, 'user-data', 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const folder = join(root, 'demo-corpus');
  if (existsSync(join(REPO, 'demo-corpus'))) cpSync(join(REPO, 'demo-corpus'), folder, { recursive: true });
  else mkdirSync(folder);
  return folder;
}

/** Opens a fresh workbench on `folder` (one page per scenario keeps shots independent). */
async function newWorkbenchPage(browser, origin, folder) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(workbenchUrl({ origin, folder }));
  await waitForWorkbench(page);
  await settle(page, 1500);
  return { page, context };
}

/** Warns when no Chinese font is installed: the corpus would render as empty boxes. */
function checkCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return;
  console.warn('[screenshots] WARNING: no Chinese font found (fc-list :lang=zh); Chinese text will show as boxes.');
  console.warn('[screenshots]          install one with: apt-get install -y fonts-noto-cjk');
}

async function main() {
  const started = Date.now();
  checkCjkFont();
  const opts = parseArgs(process.argv.slice(2));
  const scenarios = SCENARIOS.filter((s) => !opts.only || opts.only.has(s.name));
  if (scenarios.length === 0) throw new Error('no scenario selected');
  installCodeServer();
  const root = makeTempDir('shots');
  let server, browser;
  try {
    const folder = prepareInstalledWorkbench(root, opts.extension);
    server = await startCodeServer({ root });
    browser = await launchChromium();
    mkdirSync(opts.out, { recursive: true });
    let failed = 0;
    for (const scenario of scenarios) {
      const t = Date.now();
      const { page, context } = await newWorkbenchPage(browser, server.origin, folder);
      try {
        await scenario.run(page, { folder });
        const file = join(opts.out, `${scenario.name}.png`);
        await page.screenshot({ path: file });
        console.log(`[screenshots] ${scenario.name} → ${file} (${seconds(Date.now() - t)})`);
      } catch (err) {
        failed++;
        const file = join(FAILED_DIR, `${scenario.name}.failed.png`);
        mkdirSync(FAILED_DIR, { recursive: true });
        await page.screenshot({ path: file }).catch(() => {});
        console.error(`[screenshots] ${scenario.name} FAILED: ${err.message} (page as it was: ${file})`);
      } finally {
        await context.close().catch(() => {});
      }
    }
    console.log(`[screenshots] ${scenarios.length - failed}/${scenarios.length} shots in ${seconds(Date.now() - started)}`);
    return failed ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!process.env.POLICY_LENS_KEEP_TEMP) removeDir(root);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => process.exit(code), (err) => {
    console.error(`[screenshots] ERROR: ${err?.stack ?? err}`);
    process.exit(1);
  });
}
