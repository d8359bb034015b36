// Starts code-server (installed by scripts/install-code-server.sh) and opens
// Debian's chromium on it. See shared/REAL-VSCODE.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const codeServerBin = join(repoRoot, '.code-server/node_modules/.bin/code-server');

const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 150,
};

/**
 * @param {object} opts
 * @param {string} opts.workspace folder to open
 * @param {string} [opts.extensionsDir] defaults to an empty one in the temp dir
 * @param {Record<string, unknown>} [opts.settings] extra user settings
 * @param {number} [opts.port] defaults to a free port chosen by the OS
 * @param {(line: string) => void} [opts.log] receives code-server's output lines
 */
export async function startCodeServer({ workspace, extensionsDir, settings = {}, port = 0, log } = {}) {
  if (!existsSync(codeServerBin)) {
    throw new Error(`code-server is not installed: run scripts/install-code-server.sh`);
  }
  workspace = resolve(workspace);
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-code-server-'));
  mkdirSync(join(dir, 'user/User'), { recursive: true });
  writeFileSync(join(dir, 'user/User/settings.json'), JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    join(dir, 'user'),
    '--extensions-dir',
    extensionsDir ?? join(dir, 'ext'),
    workspace,
  ];
  // No extension gallery (open-vsx.org) unless asked for: these machines have no
  // network, and the workbench's failed lookups only add noise.
  const env = { ...process.env, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}' };
  // Its own process group, so stop() also ends the extension hosts it forks.
  const child = spawn(codeServerBin, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((res) => child.once('exit', res));

  const listening = await new Promise((res, rej) => {
    let buffered = '';
    const timer = setTimeout(() => rej(new Error(`code-server did not start in 30 s:\n${buffered}`)), 30_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      buffered += text;
      for (const line of text.split('\n')) if (line.trim()) log?.(line);
      const m = /HTTP server listening on (http:\/\/[\d.]+:(\d+))/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        res({ origin: m[1], port: Number(m[2]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`code-server exited with ${code} before listening:\n${buffered}`));
    });
  }).catch(async (err) => {
    killGroup(child.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });

  let stopped;
  return {
    port: listening.port,
    origin: listening.origin,
    workspace,
    /** Resolves with code-server's exit code when it exits. */
    exited,
    /** Workbench URL; payload is a list of [key, value] pairs such as extensionDevelopmentPath. */
    url(payload) {
      const q = new URLSearchParams({ folder: workspace });
      if (payload?.length) q.set('payload', JSON.stringify(payload));
      return `${listening.origin}/?${q}`;
    },
    /** A vscode-remote URI for a path on this machine, for the payload. */
    remote(path) {
      return `vscode-remote://127.0.0.1:${listening.port}${resolve(path)}`;
    },
    stop() {
      stopped ??= (async () => {
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        killGroup(child.pid, 'SIGKILL'); // stragglers in the group, if any
        rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * User settings that run this repo's extension in the web worker extension host. It has
 * both `main` and `browser`, so the workbench would pick the Node host, and code-server
 * 4.100.3's web workbench ignores the payload's extensionDevelopmentKind (it reads a
 * property its environment service does not set); remote.extensionKind is honoured.
 */
export function webHostSettings() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('the web worker host needs a `browser` entry in package.json');
  return { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's chromium through playwright-core; close the returned browser when done. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, ...options });
}
