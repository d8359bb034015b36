import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CacheStore } from '../core/engine/host';
import { readInto } from './read-capped';

/** The engine's cache as one file; written to a temporary name and renamed, so a crash mid-write leaves the old one. */
export class NodeCacheFile implements CacheStore {
  constructor(readonly path: string) {}

  /**
   * The file in parts of a few megabytes, each its own buffer (see `CacheStore.read`), two read at
   * once: from a disk, a 50k warm start took 3.0-3.1 s where one at a time took 3.4-3.7 s; four
   * held the host up to 190 ms at the start, a stat queued behind the reads.
   */
  async read(): Promise<Uint8Array[] | undefined> {
    const file = await open(this.path, 'r').catch(() => undefined);
    if (!file) return undefined;
    try {
      const { size } = await file.stat();
      const parts = new Array<Uint8Array>(Math.ceil(size / PART));
      const got = new Array<number>(parts.length);
      let next = 0;
      // Each part is made as its read starts: making them all at once held the thread for a tenth of a second at 750 MB.
      const reader = async () => {
        for (let i = next++; i < parts.length; i = next++)
          got[i] = await readInto(file, (parts[i] = new Uint8Array(Math.min(PART, size - i * PART))), i * PART);
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, reader));
      // A file cut while it was read gives what came before the cut, which the reader takes as far as it goes.
      const short = got.findIndex((n, i) => n < parts[i].length);
      return short < 0 ? parts : [...parts.slice(0, short), parts[short].subarray(0, got[short])];
    } catch {
      return undefined;
    } finally {
      await file.close().catch(() => undefined);
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(`${this.path}.tmp`, bytes);
    await rename(`${this.path}.tmp`, this.path);
  }
}

/** Bytes a part: a body kept from the cache keeps its part, so parts are few megabytes, not the whole file. */
const PART = 8 << 20;
const IN_FLIGHT = 2;
