// Runs the integration suite (out/test/integration/index.js, built by `npm run build`)
// inside a real VS Code extension host: code-server, driven through chromium.
//
//   node test/harness/run-integration.mjs [--host web] [--tests PATH]
//
// --host web (or GROUNDWORK_TEST_HOST=web) runs the extension and the suite in the web
// worker extension host, and --tests then defaults to the browser bundle of the suite
// (out/test/web/index.js, npm run test:web); the payload says extensionDevelopmentKind=web
// and the user settings say the same (webHostSettings in code-server.mjs says why both).
// GROUNDWORK_TEST_TIMEOUT sets the limit
// in seconds (default 300); GROUNDWORK_TEST_DEBUG=1 also prints code-server's and
// the workbench's own log.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchChromium, repoRoot, startCodeServer, webHostSettings } from './code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.GROUNDWORK_TEST_HOST || 'node' },
    tests: { type: 'string' },
  },
});
opts.tests ??= opts.host === 'web' ? 'out/test/web/index.js' : 'out/test/integration/index.js';
const timeoutSeconds = Number(process.env.GROUNDWORK_TEST_TIMEOUT || 300);
const debug = Boolean(process.env.GROUNDWORK_TEST_DEBUG);
const testsPath = resolve(repoRoot, opts.tests);

if (!['node', 'web'].includes(opts.host)) fail(`--host must be node or web, not ${opts.host}`);
if (!existsSync(testsPath)) fail(`${testsPath} is missing: run \`npm run build\` first`);

const started = Date.now();
const workspace = mkdtempSync(join(tmpdir(), 'groundwork-it-workspace-'));
cpSync(join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
const outside = linkOutside(workspace);

let server;
let browser;
let summary;
let exitCode = 1;
let suiteStarted = false;
const heldBack = [];
const pendingLines = new Set();
const noise = /^(Ignoring fetching additional builtin extensions from gallery|Updating additional builtin extensions cache)/;
try {
  server = await startCodeServer({
    workspace,
    settings: opts.host === 'web' ? webHostSettings() : {},
    log: debug ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
  const payload = [
    ['extensionDevelopmentPath', server.remote(repoRoot)],
    ['extensionTestsPath', server.remote(testsPath)],
  ];
  if (opts.host === 'web') payload.push(['extensionDevelopmentKind', 'web']);

  browser = await launchChromium();
  const page = await browser.newPage();
  let reportExit;
  const exited = new Promise((res) => (reportExit = res));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    if (debug) console.log(`[workbench ${level}] ${message}`);
  });
  // The workbench's own chatter before the suite starts is kept back, and shown
  // only if the run fails before the suite starts (or with GROUNDWORK_TEST_DEBUG).
  page.on('console', (msg) => {
    const pending = consoleLine(msg).then(printLine);
    pendingLines.add(pending);
    pending.finally(() => pendingLines.delete(pending));
  });
  const printLine = (line) => {
    if (!suiteStarted && /^Running \d+ integration spec/.test(line)) suiteStarted = true;
    if (noise.test(line)) return;
    if (/^\d+ passed, \d+ failed(, \d+ skipped)?$/.test(line)) summary = line;
    else if (suiteStarted || debug) console.log(line);
    else heldBack.push(line);
  };
  page.on('pageerror', (err) => heldBack.push(`[page error] ${err.message}`));

  await page.goto(server.url(payload));
  let timer;
  const timedOut = new Promise((res) => (timer = setTimeout(() => res('timeout'), timeoutSeconds * 1000)));
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  await Promise.all(pendingLines); // console lines still being read from the page
  if (result === 'timeout') {
    console.error(`integration tests did not finish within ${timeoutSeconds} s (GROUNDWORK_TEST_TIMEOUT); giving up`);
    exitCode = 1;
  } else {
    exitCode = result;
  }
} catch (err) {
  console.error(err?.stack ?? String(err));
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
}

if (exitCode !== 0 && !suiteStarted && heldBack.length && !debug) {
  console.log('--- workbench console before the suite started ---');
  for (const line of heldBack) console.log(line);
}
console.log(`integration tests (${opts.host} extension host): exit ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (summary) console.log(summary);
process.exit(exitCode);

// Console calls from the extension host reach the page as the workbench's log
// lines, with the format string and its arguments apart:
// ["%c INFO", "color: #33f", "  %d passing (%s)", 3, "527ms"]. Put them back
// together: "  3 passing (527ms)", and keep the level only when it is not INFO.
async function consoleLine(msg) {
  let args;
  try {
    args = await Promise.all(msg.args().map((a) => a.jsonValue()));
  } catch {
    return msg.text(); // a handle could not be serialised
  }
  if (!args.length || typeof args[0] !== 'string') return msg.text();
  let prefix = '';
  const level = /^%c\s*(\w+)$/.exec(args[0]);
  if (level && args.length > 2) {
    if (level[1] !== 'INFO') prefix = `[${level[1]}] `;
    args = args.slice(2);
  }
  return prefix + (typeof args[0] === 'string' ? format(...args) : args.map(String).join(' '));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * Symlinks in the workspace's sources folder (git cannot carry them in the fixture): a file and a
 * folder that lead out of the workspace, and a file that leads to another place inside it.
 * symlinks.spec.ts checks what Groundwork reads of them.
 */
function linkOutside(root) {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-it-outside-'));
  const clipping = (title, words) => `---\ntitle: ${title}\n---\n\nMinister Odile Varga said “${words}”.\n`;
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'secret.md'), clipping('Outside secret', 'a token that must never be read'));
  writeFileSync(join(dir, 'folder', 'leak.md'), clipping('Outside folder', 'a folder that must never be read'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'inside-target.md'), clipping('Inside link target', 'a link that stays inside the workspace'));
  symlinkSync(join(dir, 'secret.md'), join(root, 'sources', 'linked-secret.md'));
  symlinkSync(join(dir, 'folder'), join(root, 'sources', 'linked-folder'));
  symlinkSync(join('..', 'notes', 'inside-target.md'), join(root, 'sources', 'inside-link.md'));
  return dir;
}
