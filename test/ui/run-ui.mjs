// UI tests for Groundwork through the real workbench page: one code-server and one
// headless chromium for the whole suite, tests run in order against the same page.
//
//   npm run build && node test/ui/run-ui.mjs [--extensions-dir DIR] [--grep TEXT] [--host web]
//
// By default the extension is loaded from this repository (extensionDevelopmentPath,
// needs dist/extension.js). With --extensions-dir DIR, the extension installed in DIR
// (e.g. `code-server --extensions-dir DIR --install-extension groundwork.vsix`) is
// used instead, and the tests check that the extension runs from there. Screenshots
// go to test/artifacts/ (test/artifacts/installed/ with --extensions-dir).
// GROUNDWORK_UI_DEBUG=1 prints code-server's output and the page's console. --host web
// runs the extension in the web worker extension host (webHostSettings in ../harness/code-server.mjs).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, repoRoot, startCodeServer, webHostSettings } from '../harness/code-server.mjs';
import { previewTests } from './preview.tests.mjs';
import { tests as workbenchTests } from './ui.tests.mjs';
import { WAIT, Workbench } from './workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    'extensions-dir': { type: 'string' },
    grep: { type: 'string' },
    host: { type: 'string', default: 'node' },
  },
});
const debug = Boolean(process.env.GROUNDWORK_UI_DEBUG);
const extensionsDir = opts['extensions-dir'] && resolve(opts['extensions-dir']);
const artifacts = join(repoRoot, extensionsDir ? 'test/artifacts/installed' : 'test/artifacts');
const TEST_TIMEOUT = 45_000;

// The folder the extension must run from: the installed copy, or this repository.
let extensionRoot = repoRoot;
if (extensionsDir) {
  if (!existsSync(extensionsDir)) fail(`--extensions-dir ${extensionsDir} does not exist`);
  const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  extensionRoot = join(extensionsDir, `${publisher}.${name}-${version}`);
  if (!existsSync(join(extensionRoot, 'package.json'))) fail(`Groundwork ${version} is not installed in ${extensionsDir}`);
} else if (!existsSync(join(repoRoot, 'dist/extension.js'))) {
  fail('dist/extension.js is missing: run `npm run build` first');
}
mkdirSync(artifacts, { recursive: true });
for (const f of readdirSync(artifacts)) if (/^failure-\d+\.png$/.test(f)) rmSync(join(artifacts, f)); // from an earlier run

const started = Date.now();
const elapsed = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const workspace = mkdtempSync(join(tmpdir(), 'groundwork-ui-workspace-'));
cpSync(join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });

const tests = [...workbenchTests, ...previewTests];
const selected = opts.grep ? tests.filter((t) => t.name.includes(opts.grep)) : tests;
let passed = 0;
let failed = 0;
let server;
let browser;
const pageLog = [];
try {
  server = await startCodeServer({
    workspace,
    extensionsDir,
    settings: {
      // Keep the page to what the tests look at: no chat/secondary side bar, no
      // recommendations or update toasts.
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
      'extensions.ignoreRecommendations': true,
      'workbench.enableExperiments': false,
      'update.mode': 'none',
      'files.autoSave': 'off',
      'git.openRepositoryInParentFolders': 'never',
      // Hover cards open below the word, clear of the title bar in the screenshots.
      'editor.hover.above': false,
      // The window title names the active file by its full path, so a test can see
      // which copy of the extension a seed article was opened from.
      'window.title': '${activeEditorLong}',
      ...(opts.host === 'web' ? webHostSettings() : {}),
    },
    log: debug ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
  const payload = extensionsDir ? [] : [['extensionDevelopmentPath', server.remote(repoRoot)]];

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('console', (msg) => {
    const line = `[page ${msg.type()}] ${msg.text()}`;
    if (debug) console.log(line);
    else pageLog.push(line);
  });
  page.on('pageerror', (err) => pageLog.push(`[page error] ${err.message}`));

  await page.goto(server.url(payload));
  const wb = new Workbench(page);
  await wb.ready();
  console.log(`workbench ready in ${elapsed()} (${extensionsDir ? `extensions from ${extensionsDir}` : 'extension under development'})`);

  /** Saves a PNG of the page, or of the box around `around` (locators) plus a margin. */
  const screenshot = async (name, { around = [], margin = 16 } = {}) => {
    const toasts = await wb.clearToasts();
    if (toasts.length) console.log(`    (closed notifications before the screenshot: ${toasts.map((t) => JSON.stringify(t.split('\n')[0])).join(', ')})`);
    const clip = around.length ? await boxAround(page, around, margin) : undefined;
    // Finish fade-ins (the hover card fades in) so the picture is not half transparent.
    await page.screenshot({ path: join(artifacts, name), animations: 'disabled', clip });
  };

  for (const test of selected) {
    const t0 = Date.now();
    let timer;
    try {
      const note = await Promise.race([
        test.run({ wb, page, workspace, screenshot, extensionRoot }),
        new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`timed out after ${TEST_TIMEOUT / 1000} s`)), TEST_TIMEOUT))),
      ]);
      passed++;
      console.log(`  ✓ ${test.name} (${elapsed(t0)})${note ? ` — ${note}` : ''}`);
    } catch (err) {
      failed++;
      console.log(`  ✗ ${test.name} (${elapsed(t0)})`);
      console.log(indent(err?.stack ?? String(err)));
      const shot = `failure-${selected.indexOf(test) + 1}.png`;
      await page.screenshot({ path: join(artifacts, shot) }).then(
        () => console.log(`    screenshot: test/artifacts/${shot}`),
        () => {},
      );
      // Leave no quick pick or hover open for the next test.
      await page.keyboard.press('Escape').catch(() => {});
    } finally {
      clearTimeout(timer);
    }
  }
} catch (err) {
  failed++;
  console.log(`setup failed: ${err?.stack ?? err}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(workspace, { recursive: true, force: true });
}

if (failed && pageLog.length && !debug) {
  console.log('--- page console (last 40 lines) ---');
  for (const line of pageLog.slice(-40)) console.log(line);
}
console.log(`UI tests finished in ${elapsed()}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function boxAround(page, locators, margin) {
  const boxes = (await Promise.all(locators.map((l) => l.boundingBox()))).filter(Boolean);
  if (!boxes.length) return undefined;
  const view = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(view.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(view.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

function indent(text) {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
