// Runs the same integration suite under desktop VS Code via @vscode/test-electron.
// It downloads VS Code on first use, so it needs network access to update.code.visualstudio.com;
// on machines without it (like our CI), use `npm run test:integration` (code-server) instead.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const workspace = mkdtempSync(join(tmpdir(), 'groundwork-desktop-'));
cpSync(join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });

try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`desktop integration tests failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
