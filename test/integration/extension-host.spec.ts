import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// The suite runs in two hosts: the Node extension host (npm run test:integration) and the
// web worker extension host (npm run test:web, whose runner sets groundworkTestHost).
// This fails if either run silently landed in the other host.
const expected = (globalThis as { groundworkTestHost?: string }).groundworkTestHost ?? 'node';

describe(`extension host: ${expected}`, () => {
  it(`runs Groundwork and this suite in the ${expected} extension host`, async () => {
    const extension = vscode.extensions.getExtension('groundwork.groundwork');
    assert.ok(extension, 'groundwork.groundwork is not loaded');
    await extension.activate();
    if (expected === 'web') {
      assert.equal(typeof process, 'undefined', 'Node globals are present: this is not a web worker');
      assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'no WorkerGlobalScope');
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    } else {
      assert.equal(typeof process.versions.node, 'string');
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    }
  });
});
