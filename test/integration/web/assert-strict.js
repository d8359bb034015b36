// node:assert/strict for the browser bundle of the suite (aliased in esbuild.config.mjs):
// the `assert` package is Node's assert module ported to the browser.
module.exports = require('assert').strict;
