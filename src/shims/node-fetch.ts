// citation.js imports node-fetch (Node only) to fetch bibliographies from URLs, which Groundwork
// never asks it to do. The bundles alias it to the platform's own fetch, so they keep no Node
// built-ins and load in a web worker too (see esbuild.config.mjs).
export default globalThis.fetch;
export const Headers = globalThis.Headers;
