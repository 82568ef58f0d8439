#!/usr/bin/env node
// Takes the README screenshots in a real VS Code: the VS Code server from the npm package
// code-server (see test/vscode/codeServer.mjs) with this extension in development mode on the
// `examples/` folder, opened in headless Chromium and driven with the keyboard and mouse.
//
// Usage: npx tsc -b && node esbuild.mjs && node scripts/screenshots.mjs [--out DIR]
//   writes DIR/hover.png, DIR/sidebar.png and DIR/quickfix.png (default DIR: docs/images)
// Environment: CHROME_PATH (Chromium/Chrome binary), FARGATE_SCREENSHOTS_VERBOSE=1 (server and
// browser output), FARGATE_SCREENSHOTS_DEBUG=1 (also saves a full-page shot in the temp folder when
// a step fails), FARGATE_SCREENSHOTS_QUICKFIX_AT=LINE:COL (where the quick-fix menu is opened in
// examples/needs-work-taskdef.json; default: the "memory" value, found in the file).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildUrl, CHROMIUM_ARGS, ensureCodeServer, findChromium, repoRoot, startServer } from '../test/vscode/codeServer.mjs';

const VIEWPORT = { width: 1400, height: 860 };
const QUICK_FIX_AT = (process.env.FARGATE_SCREENSHOTS_QUICKFIX_AT ?? defaultQuickFixAt()).split(':').map(Number);

/** LINE:COL of the task memory value in examples/needs-work-taskdef.json (1-based), inside its string. */
function defaultQuickFixAt() {
  const lines = fs.readFileSync(path.join(repoRoot, 'examples', 'needs-work-taskdef.json'), 'utf8').split('\n');
  const i = lines.findIndex((l) => /^\s*"memory"\s*:/.test(l));
  if (i < 0) throw new Error('examples/needs-work-taskdef.json has no task-level "memory" line');
  return `${i + 1}:${lines[i].indexOf(':') + 4}`;
}
const STEP_TIMEOUT_MS = 30_000;
const verbose = process.env.FARGATE_SCREENSHOTS_VERBOSE === '1';
const debug = process.env.FARGATE_SCREENSHOTS_DEBUG === '1';


// User settings written before the server starts: no welcome page, no trust prompt or Restricted
// Mode banner, nothing that pops up over the shots. (The colour theme is set here too, but a first
// start of the web workbench ignores it, so setColorTheme() picks it in the UI as well.)
const USER_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'security.workspace.trust.enabled': false,
  'editor.fontSize': 14,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'editor.lightbulb.enabled': 'on',
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

function outDirFromArgs(argv) {
  const index = argv.indexOf('--out');
  const inline = argv.find((arg) => arg.startsWith('--out='));
  const raw = inline ? inline.slice('--out='.length) : index >= 0 ? argv[index + 1] : undefined;
  return path.resolve(raw ?? path.join(repoRoot, 'docs', 'images'));
}

function log(line) {
  process.stdout.write(`[screenshots] ${line}\n`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks the quick-input row whose label is exactly `label` (the first row may be a near match). */
async function pickRow(page, label) {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await row.click();
}

/** Runs a command from the command palette (F1) by its title, as a person would. */
async function runCommand(page, title, { opensQuickInput = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(`>${title}`);
  await pickRow(page, title);
  if (!opensQuickInput) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/**
 * Picks a colour theme with "Preferences: Color Theme". The web workbench does not apply
 * `workbench.colorTheme` from the settings file on a first start, so the theme is chosen in the UI.
 */
async function setColorTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme', { opensQuickInput: true });
  await page.locator('.quick-input-widget .quick-input-box input[placeholder^="Select Color Theme"]').waitFor({ timeout: STEP_TIMEOUT_MS });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(theme);
  await pickRow(page, theme);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab. */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(name);
  const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
  await first.filter({ hasText: name }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page
    .locator(`.tabs-container .tab.active[aria-label*="${name}"]`)
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${line}:${column}`);
  await sleep(200);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** Waits for the language server's diagnostics in the active editor. */
async function waitForSquiggles(page, kind = 'error') {
  await page
    .locator(`.editor-group-container.active .monaco-editor .squiggly-${kind}`)
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 });
}

async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
}

/** Closes pop-ups (hover, menus) and every editor, so each shot starts from the same layout. */
async function resetLayout(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
}

async function shoot(page, file, clip) {
  await sleep(400); // let fade-in animations finish
  await page.screenshot({ path: file, clip, animations: 'disabled', caret: 'hide' });
  log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}

async function hoverShot(page, outDir) {
  await openFile(page, 'web-taskdef.json');
  // Line 5 is `  "cpu": "512",`: the cursor goes inside the value.
  await goTo(page, 5, 13);
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').first();
  await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.monaco-editor .monaco-hover:not(.hidden) .hover-contents');
      return !!el && (el.textContent ?? '').trim().length > 40 && !/Loading/.test(el.textContent ?? '');
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
  await shoot(page, path.join(outDir, 'hover.png'));
}

async function sidebarShot(page, outDir) {
  await openFile(page, 'needs-work-taskdef.json');
  await waitForSquiggles(page);
  await runCommand(page, 'Fargate: Open Concept Sidebar');
  const docView = page.locator('.pane:has(.pane-header[aria-label*="This Task Definition"])');
  await docView.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // Collapse the full concept list so the checklist of this document gets the room.
  const conceptsHeader = page.locator('.pane-header[aria-label^="Concepts"]');
  if ((await conceptsHeader.getAttribute('aria-expanded')) === 'true') await conceptsHeader.click();
  const conceptRows = docView.locator('.monaco-list-row[aria-expanded]');
  await conceptRows.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // Widen the side bar so the concept titles and findings are readable.
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (sideBar) {
    const x = sideBar.x + sideBar.width;
    await page.mouse.move(x - 1, sideBar.y + sideBar.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 130, sideBar.y + sideBar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  // Expand two concepts with findings: the awsvpc one (networkMode "bridge", hostPort) and the
  // Fargate limits; fall back to the first concepts flagged with an error or a warning.
  const byTitle = (text) => docView.locator('.monaco-list-row[aria-expanded="false"]').filter({ hasText: text }).first();
  const flagged = docView.locator('.monaco-list-row[aria-expanded="false"]:has(.codicon-error), .monaco-list-row[aria-expanded="false"]:has(.codicon-warning)');
  let explained; // the label of the last concept expanded
  for (const title of ['Fargate limits', 'awsvpc']) {
    let row = byTitle(title);
    if ((await row.count()) === 0) row = flagged.first();
    if ((await row.count()) === 0) break;
    explained = (await row.locator('.label-name').first().textContent())?.trim();
    await row.locator('.monaco-tl-twistie').click();
    await sleep(300);
  }
  // Open the explanation of that concept next to the editor (the row's inline action).
  const row = explained
    ? conceptRows.filter({ has: page.locator('.label-name', { hasText: explained }) }).first()
    : conceptRows.first();
  await row.hover();
  await row.locator('.action-label.codicon-book').click();
  await page.locator('iframe.webview').first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  await sleep(1500); // the webview renders inside its iframe
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  await sleep(500);
  // The top 720 px hold the checklist and the start of the explanation (and keep the PNG small).
  await shoot(page, path.join(outDir, 'sidebar.png'), { x: 0, y: 0, width: VIEWPORT.width, height: 720 });
}

async function quickFixShot(page, outDir) {
  await openFile(page, 'needs-work-taskdef.json');
  await waitForSquiggles(page);
  // The cursor goes on the squiggle of QUICK_FIX_AT (by default the task-level "memory" value).
  await goTo(page, ...QUICK_FIX_AT);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget .monaco-list-row').first();
  await menu.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await shoot(page, path.join(outDir, 'quickfix.png'));
}

async function main() {
  const outDir = outDirFromArgs(process.argv.slice(2));
  for (const built of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npx tsc -b && node esbuild.mjs\` first`);
  }
  fs.mkdirSync(outDir, { recursive: true });

  const chromiumPath = findChromium();
  const serverMain = await ensureCodeServer();
  const { chromium } = await import('playwright-core');

  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-screenshots-'));
  const userDataDir = path.join(tempRoot, 'user-data');
  const serverDataDir = path.join(tempRoot, 'server-data');
  // The web workbench reads user settings from the server's user-data-dir.
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2) + '\n');

  let server;
  let browser;
  let page;
  let step = 'start';
  try {
    server = await startServer({
      serverMain,
      userDataDir,
      serverDataDir,
      onOutput: verbose ? (line) => log(`[server] ${line}`) : undefined,
    });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS, '--font-render-hinting=none'] });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
    page = await context.newPage();
    if (verbose) page.on('console', (message) => log(`[browser:${message.type()}] ${message.text()}`));

    const url = buildUrl({
      port: server.port,
      folder: path.join(repoRoot, 'examples'),
      extensionDevelopmentPath: repoRoot,
    });
    log(`opening ${url}`);
    await page.goto(url);
    await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
    await sleep(2000); // extension host start-up
    // A click on the empty editor area gives the workbench keyboard focus.
    await page.locator('.monaco-workbench .part.editor').click();
    await clearNotifications(page);
    await setColorTheme(page, 'Dark Modern');

    step = 'hover';
    await hoverShot(page, outDir);
    await resetLayout(page);

    step = 'quickfix';
    await quickFixShot(page, outDir);
    await resetLayout(page);

    step = 'sidebar';
    await clearNotifications(page);
    await sidebarShot(page, outDir);
  } catch (error) {
    if (debug && page) {
      const file = path.join(tempRoot, '..', `fargate-screenshots-failed-${step}.png`);
      await page.screenshot({ path: file }).catch(() => {});
      log(`failure screenshot: ${file}`);
    }
    throw new Error(`step "${step}" failed: ${error.message}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().catch((error) => {
  console.error(`[screenshots] ERROR: ${error.message}`);
  process.exit(1);
});
