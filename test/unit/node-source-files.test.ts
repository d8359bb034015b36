import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_SOURCE_BYTES } from '../../src/core/file-rules';
import { NodeSourceFiles } from '../../src/node/node-source-files';

describe('source files on a Node file system', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'groundwork-files-'));
    for (let i = 0; i < 1200; i++) writeFileSync(join(dir, `${i}.txt`), 'x'.repeat(i % 7));
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, '5.txt'), join(dir, 'link.txt'));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(MAX_SOURCE_BYTES + 4096, 'y'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
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

  it('reads many paths at once as it reads each: files, a link to one, a folder, a missing path, a pipe, a file over the cap', async () => {
    const files = new NodeSourceFiles(() => Promise.resolve([]));
    const names = ['0.txt', '5.txt', 'link.txt', 'folder', 'nothing.txt', 'dangling.txt', 'pipe.txt', 'huge.txt'];
    const paths = [...Array.from({ length: 1200 }, (_, i) => join(dir, `${i}.txt`)), ...names.map((n) => join(dir, n))];
    const each = await Promise.all(paths.map((p) => files.read(p).catch((err: Error) => err)));
    const all = await files.readAll(paths);
    const shown = (r: Uint8Array | Error) => (r instanceof Error ? `error: ${r.message.split(',')[0]}` : Buffer.from(r).toString('latin1'));
    assert.deepEqual(all.map(shown), each.map(shown));
    const at = (name: string) => all[1200 + names.indexOf(name)];
    assert.equal(shown(at('5.txt')), readFileSync(join(dir, '5.txt'), 'latin1'));
    assert.equal(shown(at('link.txt')), shown(at('5.txt')), 'a link is followed');
    assert.match(shown(at('folder')), /^error/);
    assert.match(shown(at('nothing.txt')), /^error: ENOENT/);
    assert.match(shown(at('pipe.txt')), /^error: not a regular file/);
    assert.equal((at('huge.txt') as Uint8Array).length, MAX_SOURCE_BYTES + 1, 'read no further than one byte past the cap');
  });
});
