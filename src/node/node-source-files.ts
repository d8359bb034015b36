import { statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Disposable, FileStat, SourceFiles } from '../core/engine/host';

/** The engine's files on a Node file system: `list` says which, `roots` are the folders watched for changes (recursively). */
export class NodeSourceFiles implements SourceFiles {
  constructor(
    readonly list: () => Promise<string[]>,
    private readonly roots: string[] = [],
  ) {}

  async read(path: string): Promise<Uint8Array> {
    return readFile(path);
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
  async statAll(paths: string[]): Promise<Array<FileStat | undefined>> {
    const out: Array<FileStat | undefined> = [];
    let slice = performance.now();
    let slow = 0;
    for (const path of paths) {
      const start = performance.now();
      out.push(statNow(path));
      const now = performance.now();
      if (now - start > SLOW_STAT_MS && ++slow >= SLOW_STATS) return [...out, ...(await Promise.all(paths.slice(out.length).map((p) => this.stat(p))))];
      if (now - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
    return out;
  }

  watch(changed: (path: string) => void): Disposable {
    const watchers: FSWatcher[] = this.roots.map((root) => watch(root, { recursive: true }, (_, name) => name && changed(join(root, name.toString()))));
    return { dispose: () => watchers.forEach((w) => w.close()) };
  }
}

const SLICE_MS = 8;
const SLOW_STAT_MS = 20;
const SLOW_STATS = 5;

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
