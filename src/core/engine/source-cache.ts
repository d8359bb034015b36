import { readCache, writeCache, type CacheEntry, type IndexCache } from '../index-cache';
import type { CacheStore, Disposable } from './host';

/** The engine's cache over the host's store: read once at start, written after changes settle. */
export class SourceCache implements Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: CacheStore,
    private readonly warn: (message: string) => void,
    /** How long the index must stay unchanged before the cache is written: a run of edits writes it once. */
    private readonly saveAfterMs = 3000,
  ) {}

  async load(): Promise<IndexCache> {
    try {
      return await readCache(await this.store.read());
    } catch {
      return { entries: new Map(), savedAt: 0 };
    }
  }

  saveSoon(entries: () => Map<string, CacheEntry>): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(entries), this.saveAfterMs);
  }

  saveNow(entries: () => Map<string, CacheEntry>): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      try {
        await this.store.write(await writeCache(entries(), Date.now()));
      } catch (err) {
        this.warn(`could not save the index cache: ${(err as Error).message}`);
      }
    });
    return this.writing;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
