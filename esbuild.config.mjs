// Bundles the extension, the CLI and the test suites.
//   node esbuild.config.mjs               development build
//   node esbuild.config.mjs --production  minified, no source maps
//   node esbuild.config.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
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

const testFiles = (dir, suffix) =>
  readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => `${dir}/${f}`);

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
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
