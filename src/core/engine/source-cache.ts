import type { BuilderState } from '../corpus-builder';
import { readCache, writeCache, type CacheEntry, type IndexCache } from '../index-cache';
import type { CacheStore, Disposable } from './host';

/** What to save, taken at once; `current()` says whether it still is when the sliced encoding is done. */
export interface CacheContent {
  entries: Map<string, CacheEntry>;
  resolved?: BuilderState;
  current: () => boolean;
}

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

  /** The stored bytes, for `load`: a caller may do other work while they come off the disk. */
  read(): Promise<Uint8Array | readonly Uint8Array[] | undefined> {
    return this.store.read().catch(() => undefined);
  }

  /** The cache as saved; `damaged` hears of a source whose saved body turns out not to read back when it is first used. */
  async load(bytes: Uint8Array | readonly Uint8Array[] | undefined, damaged?: (path: string) => void): Promise<IndexCache> {
    try {
      return await readCache(bytes, undefined, damaged);
    } catch {
      return { entries: new Map(), savedAt: 0 };
    }
  }

  saveSoon(content: () => CacheContent): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(content), this.saveAfterMs);
  }

  /** Writes the cache, unless the index changed while it was being encoded (the change saves it again). */
  saveNow(content: () => CacheContent): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      try {
        const { entries, resolved, current } = content();
        const bytes = await writeCache(entries, Date.now(), resolved);
        if (current()) await this.store.write(bytes);
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
