// Installs the packaged groundwork.vsix (npm run package) into a fresh extensions dir
// with code-server's --install-extension, then runs the UI suite against that
// installed copy: no extensionDevelopmentPath, and the suite checks that the running
// extension reads its seeds from the extensions dir.
//
//   npm run package && node test/ui/run-vsix.mjs [--grep TEXT]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, repoRoot } from '../harness/code-server.mjs';

const vsix = join(repoRoot, 'groundwork.vsix');
/** What an installed copy may hold (.vsixmanifest and the .txt/.md names are the installer's). */
const SHIPPED = new Set(['.vsixmanifest', 'LICENSE.txt', 'changelog.md', 'readme.md', 'package.json', 'dist', 'media', 'seeds']);
if (!existsSync(vsix)) fail('groundwork.vsix is missing: run `npm run package` first');
if (!existsSync(codeServerBin)) fail('code-server is not installed: run scripts/install-code-server.sh');

const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'groundwork-vsix-'));
const extensionsDir = join(dir, 'ext');
let status = 1;
try {
  const install = spawnSync(codeServerBin, ['--user-data-dir', join(dir, 'user'), '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
  });
  const output = `${install.stdout}${install.stderr}`.trim();
  console.log(output);
  if (install.status !== 0 || !/successfully installed/.test(output)) fail(`installing ${vsix} failed (exit ${install.status})`);
  const installed = join(extensionsDir, `${publisher}.${name}-${version}`);
  if (!existsSync(join(installed, 'dist/extension.js'))) fail(`the install did not create ${installed}/dist/extension.js`);
  // Everything the extension runs is bundled into dist/: no node_modules, sources or tests.
  const extra = readdirSync(installed).filter((f) => !SHIPPED.has(f));
  if (extra.length) fail(`the .vsix holds more than it should: ${extra.join(', ')}`);
  console.log(`installed into ${installed}: ${readdirSync(installed).join(', ')}`);

  const ui = spawnSync(process.execPath, [join(repoRoot, 'test/ui/run-ui.mjs'), '--extensions-dir', extensionsDir, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  status = ui.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);

function fail(message) {
  console.error(message);
  rmSync(dir ?? '', { recursive: true, force: true });
  process.exit(1);
}
