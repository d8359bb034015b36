// Entry point the web worker extension host loads through the extensionTestsPath payload
// when the harness runs with --host web (npm run test:web). A worker cannot read a folder,
// so esbuild bundles mocha's browser build and every spec into this one module.
import 'mocha/mocha.js';

/** The spec files' names without `.spec.ts`, filled in by esbuild.config.mjs. */
declare const INTEGRATION_SPECS: string[];

export async function run(): Promise<void> {
  // extension-host.spec.ts checks that the suite really runs in the worker.
  (globalThis as { groundworkTestHost?: string }).groundworkTestHost = 'web';
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  if (INTEGRATION_SPECS.length === 0) throw new Error('no *.spec.ts files were bundled');
  for (const name of INTEGRATION_SPECS) require(`../${name}.spec.ts`);
  // The harness prints the page's console from this line on.
  console.log(`Running ${INTEGRATION_SPECS.length} integration spec file(s) in the web worker extension host`);

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
