import type { CacheStore, Disposable, FileStat, SourceFiles } from '../../src/core/engine/host';
import type { WorkerLike } from '../../src/core/engine/indexer';
import { indexBatch, type BatchReply, type BatchRequest } from '../../src/core/engine/worker-protocol';

/** Source files in memory for the engine's tests: writes and deletes are silent; `emit` is the host's file event. */
export class MemoryFiles implements SourceFiles {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly unreadable = new Set<string>();
  reads = 0;
  private listener: ((path: string) => void) | undefined;
  private clock = Date.now() - 600_000;

  write(path: string, text: string | Uint8Array): void {
    this.files.set(path, { bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, mtime: (this.clock += 1000) });
  }

  delete(path: string): void {
    for (const p of [...this.files.keys()]) if (p === path || p.startsWith(`${path}/`)) this.files.delete(p);
  }

  emit(path: string): void {
    this.listener?.(path);
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }

  async read(path: string): Promise<Uint8Array> {
    this.reads++;
    const file = this.files.get(path);
    if (!file || this.unreadable.has(path)) throw new Error(file ? 'permission denied' : 'not found');
    return file.bytes;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(path);
    if (file) return { kind: 'file', mtime: file.mtime, size: file.bytes.length };
    return [...this.files.keys()].some((p) => p.startsWith(`${path}/`)) ? { kind: 'folder', mtime: 0, size: 0 } : undefined;
  }

  watch(changed: (path: string) => void): Disposable {
    this.listener = changed;
    return { dispose: () => (this.listener = undefined) };
  }
}

/** As `MemoryFiles`, with the engine's way to read many files at once. */
export class MemoryFilesAtOnce extends MemoryFiles {
  readAll(paths: string[]): Promise<Array<Uint8Array | Error>> {
    return Promise.all(paths.map((p) => this.read(p).catch((err: Error) => err)));
  }
}

export class MemoryCache implements CacheStore {
  bytes: Uint8Array | undefined;

  async read(): Promise<Uint8Array | undefined> {
    return this.bytes;
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.bytes = bytes;
  }
}

/**
 * A worker in this thread that does the real worker's job, answering on a later turn; it dies
 * (an `error`, as an uncaught exception in a worker gives) on an input whose path says `crash`,
 * and never answers one whose path says `hang`.
 */
export class InThreadWorker implements WorkerLike {
  static started = 0;
  /** The most batches any worker has held at once (sent and not yet answered). */
  static mostHeld = 0;
  private readonly listeners = new Map<string, (value: never) => void>();
  private readonly held: BatchRequest[] = [];
  private dead = false;

  constructor() {
    InThreadWorker.started++;
  }

  on(event: 'message' | 'error' | 'exit', listener: (value: never) => void): void {
    this.listeners.set(event, listener);
  }

  /** As a real worker: batches are answered in turn, and one that hangs holds up those after it. */
  postMessage(request: BatchRequest): void {
    this.held.push(request);
    InThreadWorker.mostHeld = Math.max(InThreadWorker.mostHeld, this.held.length);
    if (this.held.length === 1) this.next();
  }

  private next(): void {
    setTimeout(() => {
      const request = this.held[0];
      if (this.dead || !request) return;
      if (request.inputs.some((i) => i.path.includes('hang'))) return;
      if (request.inputs.some((i) => i.path.includes('crash'))) {
        this.dead = true;
        this.listeners.get('error')?.(new Error('Maximum call stack size exceeded') as never);
        return;
      }
      const reply: BatchReply = structuredClone(indexBatch(request));
      this.held.shift();
      this.listeners.get('message')?.(reply as never);
      this.next();
    }, 1);
  }

  terminate(): void {
    this.dead = true;
  }
}
