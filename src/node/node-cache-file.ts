import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CacheStore } from '../core/engine/host';

/** The engine's cache as one file; written to a temporary name and renamed, so a crash mid-write leaves the old one. */
export class NodeCacheFile implements CacheStore {
  constructor(readonly path: string) {}

  /** The file in parts of a few megabytes, each its own buffer (see `CacheStore.read`). */
  async read(): Promise<Uint8Array[] | undefined> {
    const file = await open(this.path, 'r').catch(() => undefined);
    if (!file) return undefined;
    try {
      const { size } = await file.stat();
      const parts: Uint8Array[] = [];
      for (let at = 0; at < size;) {
        const part = new Uint8Array(Math.min(PART, size - at));
        const { bytesRead } = await file.read(part, 0, part.length, at);
        if (bytesRead === 0) break;
        parts.push(bytesRead === part.length ? part : part.subarray(0, bytesRead));
        at += bytesRead;
      }
      return parts;
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
