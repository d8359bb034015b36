import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCacheFile } from '../../src/node/node-cache-file';

describe('the cache as a file on a Node file system', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'groundwork-cache-file-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, in parts of a few megabytes that are buffers of their own, in order', async () => {
    const cache = new NodeCacheFile(join(dir, 'sub', 'cache.jsonl'));
    const bytes = new Uint8Array((8 << 20) * 3 + 12345);
    for (let i = 0; i < bytes.length; i += 4099) bytes[i] = (i / 4099) % 251;
    await cache.write(bytes);
    const parts = (await cache.read())!;
    assert.equal(parts.length, 4);
    assert.ok(parts.every((p) => p.byteOffset === 0 && p.byteLength === p.buffer.byteLength && p.length <= 8 << 20));
    assert.equal(new Set(parts.map((p) => p.buffer)).size, parts.length);
    assert.deepEqual(Buffer.concat(parts), Buffer.from(bytes));
  });

  it('reads an empty file as no parts, and a missing one as nothing', async () => {
    const empty = new NodeCacheFile(join(dir, 'empty.jsonl'));
    await empty.write(new Uint8Array(0));
    assert.deepEqual(await empty.read(), []);
    assert.equal(await new NodeCacheFile(join(dir, 'none.jsonl')).read(), undefined);
  });
});
