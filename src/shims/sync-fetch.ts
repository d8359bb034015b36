// citation.js imports sync-fetch to read URLs synchronously; Groundwork never reads a URL through it.
// Aliased in the bundles (see esbuild.config.mjs) so no child-process worker is bundled.
function syncFetch(): never {
  throw new Error('Groundwork does not fetch bibliographies over the network');
}
syncFetch.Headers = globalThis.Headers;
export default syncFetch;
