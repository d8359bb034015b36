// Entry point the extension host loads through the extensionTestsPath payload
// (see test/harness/run-integration.mjs): runs every *.spec.js bundled next to it.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function run(): Promise<void> {
  // GROUNDWORK_TEST_GREP narrows the run while working on one feature.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep: process.env.GROUNDWORK_TEST_GREP || undefined });
  const specs = readdirSync(__dirname)
    .filter((f) => f.endsWith('.spec.js'))
    .sort();
  if (specs.length === 0) throw new Error(`no *.spec.js files in ${__dirname}`);
  for (const f of specs) mocha.addFile(join(__dirname, f));
  // The harness prints the page's console from this line on.
  console.log(`Running ${specs.length} integration spec file(s) in the extension host`);

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      const pending = runner.stats?.pending ?? 0;
      // The harness reads this exact line for its closing summary.
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
