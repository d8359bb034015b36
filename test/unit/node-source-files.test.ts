import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeSourceFiles } from '../../src/node/node-source-files';

describe('source files on a Node file system', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'groundwork-files-'));
    for (let i = 0; i < 1200; i++) writeFileSync(join(dir, `${i}.txt`), 'x'.repeat(i % 7));
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stats many paths at once as it stats each: files, a folder, a missing path, a dangling link', async () => {
    const files = new NodeSourceFiles(() => Promise.resolve([]));
    const paths = [...Array.from({ length: 1200 }, (_, i) => join(dir, `${i}.txt`)), join(dir, 'folder'), join(dir, 'nothing.txt'), join(dir, 'dangling.txt')];
    const each = await Promise.all(paths.map((p) => files.stat(p)));
    const all = await files.statAll(paths);
    assert.deepEqual(all, each);
    assert.equal(all[1200]?.kind, 'folder');
    assert.equal(all[1201], undefined);
    assert.equal(all[1202], undefined);
    assert.equal(all[13]?.size, 13 % 7);
  });
});
