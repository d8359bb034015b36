import { watch, type FSWatcher } from 'node:fs';
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
      const st = await stat(path);
      return { kind: st.isDirectory() ? 'folder' : 'file', mtime: st.mtimeMs, size: st.size };
    } catch {
      return undefined;
    }
  }

  watch(changed: (path: string) => void): Disposable {
    const watchers: FSWatcher[] = this.roots.map((root) => watch(root, { recursive: true }, (_, name) => name && changed(join(root, name.toString()))));
    return { dispose: () => watchers.forEach((w) => w.close()) };
  }
}
