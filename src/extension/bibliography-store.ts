import * as vscode from 'vscode';
import { parseBibliography, type BibEntry, type Bibliography } from '../core/bibliography';
import { displayPath } from './source-store';
import { MAX_BIBLIOGRAPHY_BYTES } from '../core/file-rules';
import { logText } from '../core/markdown-text';
import { decodeSource } from '../core/source-decode';
import type { WorkspaceFileGuard } from './workspace-file-guard';

const EXCLUDE = '**/{node_modules,.git}/**';
const MAX_FILES = 500;

/**
 * The workspace's bibliography files (`groundwork.bibliographies`: a Zotero or Better BibTeX `.bib`,
 * CSL-JSON) as citable entries. Each file is read once and again only when it changes.
 */
export class BibliographyStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly files = new Map<string, Bibliography>();
  private loading: Promise<void> | undefined;
  private byKey = new Map<string, BibEntry>();
  private watchers: vscode.Disposable[] = [];

  constructor(
    private readonly globs: () => string[],
    private readonly log: vscode.LogOutputChannel,
    private readonly guard: WorkspaceFileGuard,
  ) {
    this.watch();
  }

  /** Every entry by key, once the files are read; the first file (by path) wins a duplicate key. */
  async entries(): Promise<ReadonlyMap<string, BibEntry>> {
    await (this.loading ??= this.loadAll());
    return this.byKey;
  }

  /** The entries read so far, for callers that cannot wait (the Markdown preview). */
  peek(): ReadonlyMap<string, BibEntry> {
    void (this.loading ??= this.loadAll());
    return this.byKey;
  }

  async entry(key: string): Promise<BibEntry | undefined> {
    return (await this.entries()).get(key);
  }

  /** Re-reads every file: after the setting changes. */
  reload(): Promise<void> {
    this.files.clear();
    this.loading = this.loadAll();
    return this.loading;
  }

  watch(): void {
    for (const w of this.watchers) w.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watchers = folders.flatMap((folder) =>
      this.globs().map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const update = (uri: vscode.Uri) => void this.update(uri);
        const remove = (uri: vscode.Uri) => {
          if (this.files.delete(uri.toString())) this.publish();
        };
        return vscode.Disposable.from(watcher, watcher.onDidCreate(update), watcher.onDidChange(update), watcher.onDidDelete(remove));
      }),
    );
  }

  private async loadAll(): Promise<void> {
    const found = await Promise.all(this.globs().map((glob) => vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES)));
    const uris = [...new Map(found.flat().map((u) => [u.toString(), u])).values()];
    await Promise.all(uris.map((uri) => this.read(uri)));
    this.publish();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    await (this.loading ??= this.loadAll());
    await this.read(uri);
    this.publish();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    this.files.delete(key);
    let bytes: Uint8Array;
    try {
      const verdict = await this.guard.verdict(uri, MAX_BIBLIOGRAPHY_BYTES, 'bibliography');
      if (!verdict.read) {
        this.log.warn(logText(`${displayPath(key)}: ${verdict.reason}`));
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      this.log.warn(logText(`${displayPath(key)}: could not read (${(err as Error).message})`));
      return;
    }
    const decoded = decodeSource(bytes, MAX_BIBLIOGRAPHY_BYTES, 'bibliography');
    if ('error' in decoded) {
      this.log.warn(logText(`${displayPath(key)}: ${decoded.error}`));
      return;
    }
    const bibliography = parseBibliography(displayPath(key), decoded.text);
    if (!bibliography) return;
    for (const error of bibliography.errors) this.log.warn(logText(error));
    this.files.set(key, { ...bibliography, path: key });
  }

  private publish(): void {
    const byKey = new Map<string, BibEntry>();
    const paths = [...this.files.keys()].sort();
    for (const path of paths) {
      for (const entry of this.files.get(path)!.entries) {
        if (byKey.has(entry.key)) this.log.debug(logText(`${displayPath(path)}: @${entry.key} is also in ${byKey.get(entry.key)!.path}; the first is used`));
        else byKey.set(entry.key, { ...entry, path });
      }
    }
    this.byKey = byKey;
    this.changed.fire();
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
  }
}
