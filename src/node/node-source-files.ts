import { statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Disposable, FileStat, SourceFiles } from '../core/engine/host';
import { MAX_SOURCE_BYTES } from '../core/file-rules';
import { readCapped, readCappedLater } from './read-capped';

/** The engine's files on a Node file system: `list` says which, `roots` are the folders watched for changes (recursively). */
export class NodeSourceFiles implements SourceFiles {
  constructor(
    readonly list: () => Promise<string[]>,
    private readonly roots: string[] = [],
  ) {}

  /** No further than the cap, and never a pipe or a device (see `readCapped`). */
  read(path: string): Promise<Uint8Array> {
    return readCappedLater(path, MAX_SOURCE_BYTES, true);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      return fileStat(await stat(path));
    } catch {
      return undefined;
    }
  }

  /**
   * Stats in this thread, a few milliseconds at a time: on a local disk many times quicker than a
   * promise each. Should stats take long (a slow network share), the rest go to the thread pool;
   * one slow stat (a disk busy with a large read) does not send them.
   */
  statAll(paths: string[]): Promise<Array<FileStat | undefined>> {
    return inSlices(paths, statNow, (p) => this.stat(p));
  }

  /** Reads as `statAll` stats: in this thread a few milliseconds at a time (a promise a file took three times as long), in the thread pool should reads be slow. */
  readAll(paths: string[]): Promise<Array<Uint8Array | Error>> {
    return inSlices(paths, readNow, (p) => this.read(p).catch((err: Error) => err));
  }

  watch(changed: (path: string) => void): Disposable {
    const watchers: FSWatcher[] = this.roots.map((root) => watch(root, { recursive: true }, (_, name) => name && changed(join(root, name.toString()))));
    return { dispose: () => watchers.forEach((w) => w.close()) };
  }
}

const SLICE_MS = 8;
const SLOW_MS = 20;
const SLOW_CALLS = 5;

async function inSlices<T>(paths: string[], now: (path: string) => T, later: (path: string) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let slice = performance.now();
  let slow = 0;
  for (const path of paths) {
    const start = performance.now();
    out.push(now(path));
    const end = performance.now();
    if (end - start > SLOW_MS && ++slow >= SLOW_CALLS) return [...out, ...(await Promise.all(paths.slice(out.length).map(later)))];
    if (end - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  return out;
}

function readNow(path: string): Uint8Array | Error {
  try {
    return readCapped(path, MAX_SOURCE_BYTES, true);
  } catch (err) {
    return err as Error;
  }
}

function statNow(path: string): FileStat | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st && fileStat(st);
  } catch {
    return undefined;
  }
}

function fileStat(st: Stats): FileStat {
  return { kind: st.isDirectory() ? 'folder' : 'file', mtime: st.mtimeMs, size: st.size };
}
