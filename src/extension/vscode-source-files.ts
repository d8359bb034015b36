import * as vscode from 'vscode';
import type { FileStat, SourceFiles } from '../core/engine/host';
import { MAX_SOURCE_BYTES } from '../core/file-rules';
import type { Settings } from './settings';
import type { WorkspaceFileGuard } from './workspace-file-guard';

const SEED_FILE = /\.(txt|md|html?)$/i;

/** The engine's files through `vscode.workspace`: the seeds and the workspace files the source globs select, by URI string. */
export class VscodeSourceFiles implements SourceFiles {
  constructor(
    private readonly seeds: vscode.Uri,
    private readonly settings: () => Settings,
    private readonly guard: WorkspaceFileGuard,
  ) {}

  async list(): Promise<string[]> {
    this.guard.forget();
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

  /** Refuses, with the reason as the error, a file the guard does not allow: the engine reports it on that source. */
  async read(path: string): Promise<Uint8Array> {
    const uri = vscode.Uri.parse(path);
    const verdict = await this.guard.verdict(uri, MAX_SOURCE_BYTES, 'source');
    if (!verdict.read) throw new Error(verdict.reason);
    return vscode.workspace.fs.readFile(uri);
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
        const event = (uri: vscode.Uri) => {
          this.guard.forget();
          changed(uri.toString());
        };
        return vscode.Disposable.from(watcher, watcher.onDidCreate(event), watcher.onDidChange(event), watcher.onDidDelete(event));
      }),
    );
    return vscode.Disposable.from(...watchers);
  }
}
