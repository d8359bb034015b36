// `npm start`: serve VS Code (code-server) on http://127.0.0.1:8080 (or $PORT)
// with Groundwork loaded from this repo and the demo workspace open.
//   node scripts/start.mjs [--no-build] [--web]
//   --no-build: e.g. while `npm run watch` runs; --web: in the web worker extension host
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, startCodeServer, webHostSettings } from '../test/harness/code-server.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('bash', [join(repoRoot, 'scripts/install-code-server.sh')]);
if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);

// Copied once, so edits made while trying the extension survive a restart.
const workspace = join(repoRoot, '.code-server/demo-workspace');
if (!existsSync(workspace)) cpSync(join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });

const port = Number(process.env.PORT || 8080);
const server = await startCodeServer({
  workspace,
  port,
  extensionsDir: join(repoRoot, '.code-server/extensions'),
  // The demo workspace sits inside this repo's work tree: no prompt to open it.
  settings: { 'git.openRepositoryInParentFolders': 'never', ...(process.argv.includes('--web') ? webHostSettings() : {}) },
}).catch((err) => {
  console.error(err.message);
  process.exit(1);
});

console.log(`
VS Code with Groundwork (from ${repoRoot}) is ready. Open:

  ${server.url([['extensionDevelopmentPath', server.remote(repoRoot)]])}

The title bar reads "[Extension Development Host]". Reload the page after a
rebuild. Workspace: ${workspace} (delete it to start afresh). Ctrl+C stops.
`);

let stopping = false;
const stop = async () => {
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
const code = await server.exited;
if (!stopping) {
  console.error(`code-server exited unexpectedly (${code})`);
  process.exit(1);
}
