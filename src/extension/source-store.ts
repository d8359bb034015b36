import * as vscode from 'vscode';
import { buildCorpus } from '../core/corpus';
import { GroundworkIndex } from '../core/groundwork-index';
import type { SourceInput } from '../core/types';
import type { Settings } from './settings';

/**
 * Reads the seeds and the workspace's sources through `vscode.workspace.fs`, keeps the
 * index current as files change, and hands the latest index to every feature.
 */
export class SourceStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GroundworkIndex>();
  readonly onDidChange = this.changed.event;
  private current: Promise<GroundworkIndex> | undefined;
  private latest: GroundworkIndex | undefined;
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: ((index: Promise<GroundworkIndex>) => void) | undefined;

  constructor(
    private readonly seeds: vscode.Uri,
    private readonly settings: () => Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.watch();
  }

  /** The index, built on first use and after every change. */
  index(): Promise<GroundworkIndex> {
    return (this.current ??= this.build());
  }

  /** The last finished index, for views that must not wait. */
  peek(): GroundworkIndex | undefined {
    return this.latest;
  }

  reload(): Promise<GroundworkIndex> {
    this.current = this.build();
    return this.current;
  }

  /** Re-read after a burst of file events settles; queries made meanwhile wait for the fresh index. */
  scheduleReload(delay = 300): void {
    if (this.timer) clearTimeout(this.timer);
    else this.current = new Promise((resolve) => (this.settle = resolve));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const settle = this.settle;
      this.settle = undefined;
      settle?.(this.reload());
    }, delay);
  }

  watch(): void {
    this.watchers.forEach((w) => w.dispose());
    // A plain string glob would be matched against absolute paths; settings are workspace-relative.
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watchers = folders.flatMap((folder) =>
      this.settings().sources.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const reload = (uri: vscode.Uri) => {
          this.log.debug(`source changed: ${displayPath(uri.toString())}`);
          this.scheduleReload();
        };
        return vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
      }),
    );
  }

  private async build(): Promise<GroundworkIndex> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Groundwork: indexing sources' }, async () => {
      const inputs = await this.readAll();
      const corpus = buildCorpus(inputs);
      for (const s of corpus.sources) for (const e of s.errors) this.log.warn(`${displayPath(s.path)}: ${e}`);
      const index = new GroundworkIndex(corpus);
      this.log.info(`indexed ${corpus.sources.length} sources, ${corpus.people.filter((p) => p.kind === 'person').length} people`);
      this.latest = index;
      this.changed.fire(index);
      return index;
    });
  }

  private async readAll(): Promise<SourceInput[]> {
    const settings = this.settings();
    const uris: vscode.Uri[] = [];
    if (settings.includeSeeds) {
      const entries = await vscode.workspace.fs.readDirectory(this.seeds).then(undefined, () => []);
      uris.push(...entries.filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md|html?)$/i.test(name)).map(([name]) => vscode.Uri.joinPath(this.seeds, name)));
    }
    for (const glob of settings.sources) uris.push(...(await vscode.workspace.findFiles(glob, '**/node_modules/**')));
    const unique = [...new Map(uris.map((u) => [u.toString(), u])).values()];
    const inputs = await Promise.all(unique.map((uri) => this.read(uri)));
    return inputs.filter((i): i is SourceInput => i !== undefined);
  }

  private async read(uri: vscode.Uri): Promise<SourceInput | undefined> {
    try {
      return { path: uri.toString(), bytes: await vscode.workspace.fs.readFile(uri) };
    } catch (err) {
      // Deleted or unreadable between listing and reading: report it, index the rest.
      this.log.warn(`${displayPath(uri.toString())}: could not read (${(err as Error).message})`);
      return { path: uri.toString(), bytes: new Uint8Array() };
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watchers.forEach((w) => w.dispose());
    this.changed.dispose();
  }
}

export function displayPath(path: string): string {
  const uri = vscode.Uri.parse(path);
  return vscode.workspace.asRelativePath(uri, false);
}
