import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CacheStore } from '../core/engine/host';

/** The engine's cache as one file; written to a temporary name and renamed, so a crash mid-write leaves the old one. */
export class NodeCacheFile implements CacheStore {
  constructor(readonly path: string) {}

  async read(): Promise<Uint8Array | undefined> {
    return readFile(this.path).catch(() => undefined);
  }

  async write(bytes: Uint8Array): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(`${this.path}.tmp`, bytes);
    await rename(`${this.path}.tmp`, this.path);
  }
}
