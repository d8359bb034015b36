// Copies the screenshots the README and the Getting Started walkthrough show from
// test/artifacts/installed/ (the UI suite run against the installed .vsix by
// `npm run test:vsix`) to media/screenshots/, which is committed and shipped in the
// .vsix. `npm run screenshots` runs that suite first.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/harness/code-server.mjs';

const SHOTS = ['hover-card.png', 'citation-picker.png', 'sidebar.png', 'misquote-fix.png'];
const from = join(repoRoot, 'test/artifacts/installed');
const to = join(repoRoot, 'media/screenshots');

const missing = SHOTS.filter((f) => !existsSync(join(from, f)));
if (missing.length) {
  console.error(`not in test/artifacts/installed/ (run npm run test:vsix first): ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const f of SHOTS) {
  copyFileSync(join(from, f), join(to, f));
  console.log(`media/screenshots/${f} (${(statSync(join(to, f)).size / 1024).toFixed(0)} KB)`);
}
