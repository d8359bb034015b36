// Entry point the web worker extension host loads through the extensionTestsPath payload
// when the harness runs with --host web (npm run test:web). A worker cannot read a folder,
// so esbuild bundles mocha's browser build and the specs into this one module; a spec
// named *.node.spec.ts needs Node and runs only in the Node host.
import 'mocha/mocha.js';

export async function run(): Promise<void> {
  // extension-host.spec.ts checks that the suite really runs in the worker.
  (globalThis as { groundworkTestHost?: string }).groundworkTestHost = 'web';
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // Loaded only now, after mocha.setup has defined describe and it: see webSpecs in esbuild.config.mjs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would run the specs before mocha.setup.
  const { names } = require('web-specs') as { names: string[] };
  if (names.length === 0) throw new Error('no *.spec.ts files were bundled');
  // The harness prints the page's console from this line on.
  console.log(`Running ${names.length} integration spec file(s) in the web worker extension host: ${names.join(', ')}`);

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
