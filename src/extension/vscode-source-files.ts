import * as vscode from 'vscode';
import type { FileStat, SourceFiles } from '../core/engine/host';
import type { Settings } from './settings';

const SEED_FILE = /\.(txt|md|html?)$/i;

/** The engine's files through `vscode.workspace`: the seeds and the workspace files the source globs select, by URI string. */
export class VscodeSourceFiles implements SourceFiles {
  constructor(
    private readonly seeds: vscode.Uri,
    private readonly settings: () => Settings,
  ) {}

  async list(): Promise<string[]> {
    const settings = this.settings();
    const uris: vscode.Uri[] = [];
    if (settings.includeSeeds) {
      const entries = await vscode.workspace.fs.readDirectory(this.seeds).then(undefined, () => []);
      uris.push(
        ...entries.filter(([name, type]) => type === vscode.FileType.File && SEED_FILE.test(name)).map(([name]) => vscode.Uri.joinPath(this.seeds, name)),
      );
    }
    for (const glob of settings.sources) uris.push(...(await vscode.workspace.findFiles(glob, '**/node_modules/**')));
    return uris.map((u) => u.toString());
  }

  async read(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const st = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
      return { kind: st.type & vscode.FileType.Directory ? 'folder' : 'file', mtime: st.mtime, size: st.size };
    } catch {
      return undefined;
    }
  }

  watch(changed: (path: string) => void): vscode.Disposable {
    // A plain string glob would be matched against absolute paths; settings are workspace-relative.
    const folders = vscode.workspace.workspaceFolders ?? [];
    const watchers = folders.flatMap((folder) =>
      this.settings().sources.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const event = (uri: vscode.Uri) => changed(uri.toString());
        return vscode.Disposable.from(watcher, watcher.onDidCreate(event), watcher.onDidChange(event), watcher.onDidDelete(event));
      }),
    );
    return vscode.Disposable.from(...watchers);
  }
}
