// Module aliases every bundle uses (the extension, the CLI, the browser build, and the test that
// bundles the core for a browser): citation.js's URL fetchers are swapped for small shims.
export const bundleAliases = {
  'node-fetch': './src/shims/node-fetch.ts',
  'sync-fetch': './src/shims/sync-fetch.ts',
};
