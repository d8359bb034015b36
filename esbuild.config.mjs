// Bundles the extension, the CLI and the test suites.
//   node esbuild.config.mjs               development build
//   node esbuild.config.mjs --production  minified, no source maps
//   node esbuild.config.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { bundleAliases } from './scripts/bundle-aliases.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  alias: bundleAliases,
};

const browser = { platform: 'browser', target: 'es2022' };

const testFiles = (dir, suffix) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => `${dir}/${f}`);

const builds = [
  { ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/worker/index-worker.ts'], outfile: 'dist/index-worker.js' },
  // The `browser` entry, for VS Code for the Web and the web worker extension host.
  { ...common, ...browser, entryPoints: ['src/extension/extension.browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (!production) {
  builds.push({
    ...common,
    entryPoints: testFiles('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    external: ['mocha', 'esbuild'],
  });
  builds.push({
    ...common,
    entryPoints: testFiles('test/integration', '.ts'),
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
  });
  builds.push({ ...common, entryPoints: ['bench/run.ts'], outfile: 'out/bench/run.js' });
  // The web worker host loads one module: the browser runner with the specs bundled in.
  // Specs import node:assert/strict; in the browser that is the `assert` package, whose
  // util reads process.env and process.stderr, which a worker lacks.
  builds.push({
    ...common,
    ...browser,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: 'out/test/web/index.js',
    external: ['vscode'],
    alias: { ...bundleAliases, 'node:assert/strict': './test/integration/web/assert-strict.js' },
    define: { 'process.env.NODE_DEBUG': 'undefined', 'process.stderr': 'undefined' },
    plugins: [webSpecs(testFiles('test/integration', '.spec.ts').filter((f) => !f.endsWith('.node.spec.ts')))],
  });
}

/** The module `web-specs`: imports each spec (a *.node.spec.ts needs Node and is left out) and exports their names. */
function webSpecs(files) {
  return {
    name: 'web-specs',
    setup(build) {
      build.onResolve({ filter: /^web-specs$/ }, () => ({ path: 'web-specs', namespace: 'web-specs' }));
      build.onLoad({ filter: /.*/, namespace: 'web-specs' }, () => ({
        resolveDir: process.cwd(),
        contents: files.map((f) => `import './${f}';`).join('\n') + `\nexport const names = ${JSON.stringify(files.map((f) => basename(f)))};`,
      }));
    },
  };
}

// A production build is what `npm run package` ships as dist/**: start from an
// empty dist/ so no development bundle or source map is left in it.
if (production) rmSync('dist', { recursive: true, force: true });

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
