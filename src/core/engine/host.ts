/**
 * What the engine asks of its host (the VS Code extension, the CLI, the benchmark, a test's
 * in-memory files). The engine does no I/O of its own: everything comes in through these.
 */

export interface Disposable {
  dispose(): void;
}

export interface FileStat {
  kind: 'file' | 'folder';
  /** Milliseconds since the epoch. */
  mtime: number;
  size: number;
}

/** The source files the settings select, by path or URI string. */
export interface SourceFiles {
  /** Every source file there is now. */
  list(): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
  /** What is at `path`; undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
  /** `stat` of each path, in order, when the host has a quicker way for many at once (a warm start stats every source). */
  statAll?(paths: string[]): Promise<Array<FileStat | undefined>>;
  /** `read` of each path, in order, each its bytes or the error `read` would throw, when the host has a quicker way for many at once (a cold build reads every source). */
  readAll?(paths: string[]): Promise<Array<Uint8Array | Error>>;
  /** Calls `changed` with the path of each source file or folder created, changed or deleted. */
  watch(changed: (path: string) => void): Disposable;
}

/** Where the engine keeps what it parsed between sessions: one opaque blob. */
export interface CacheStore {
  /**
   * The blob, whole or as consecutive parts, each a buffer of its own: the engine keeps views of
   * the parts that hold what it reads later, and lets the others go, where a whole blob's
   * pieces must be copied out of it to let it go.
   */
  read(): Promise<Uint8Array | readonly Uint8Array[] | undefined>;
  write(bytes: Uint8Array): Promise<void>;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Shows how far parsing has got; the host may let the user cancel. */
export interface Progress {
  run<T>(total: number, task: (report: (done: number) => void, token: Cancellation) => Promise<T>): Promise<T>;
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** Runs `task` with no progress shown and no way to cancel it but the engine's own. */
export const silentProgress: Progress = {
  run: (_total, task) => task(() => undefined, { isCancellationRequested: false }),
};
