import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../src/extension/extension';
import { eventually } from './wait';

const EXTENSION_ID = 'groundwork.groundwork';
const host = (globalThis as { groundworkTestHost?: string }).groundworkTestHost ?? 'node';

// The harness (test/harness/run-integration.mjs, linkOutside) puts three symlinks in sources/:
// linked-secret.md and linked-folder/ lead out of the workspace, inside-link.md leads to notes/.
describe('symlinks in the workspace: nothing outside it is read', () => {
  let api: GroundworkApi;
  const sourceAt = async (name: string) => (await api.store.index()).sources.find((s) => s.path.endsWith(name));

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID)!.activate();
    await eventually(() => sourceAt('inside-link.md'), 'the linked sources to be listed', 30_000);
  });

  it('a source that links to a file outside the workspace is refused with the reason, its text unread', async () => {
    const index = await api.store.index();
    assert.ok(!index.sources.some((s) => s.meta.title === 'Outside secret' || s.meta.title === 'Outside folder'));
    assert.ok(!index.sources.some((s) => s.text.includes('must never be read')));
    for (const name of ['linked-secret.md', 'linked-folder/leak.md']) {
      const source = await sourceAt(name);
      assert.ok(source, `${name} is listed, as VS Code's file search follows links`);
      assert.equal(source.text, '');
      assert.match(source.errors.join('; '), /symbolic link/, name);
    }
  });

  it('a link that stays inside the workspace is read where the host can see its target (Node), refused in the web host', async () => {
    const source = (await sourceAt('inside-link.md'))!;
    if (host === 'node') {
      assert.equal(source.meta.title, 'Inside link target');
      assert.deepEqual(source.errors, []);
    } else {
      assert.equal(source.text, '');
      assert.match(source.errors.join('; '), /web host cannot see where it leads/);
    }
  });
});
