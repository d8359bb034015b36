import * as vscode from 'vscode';
import { CorpusBuilder, failedRecord, type SourceRecord } from '../core/corpus-builder';
import type { GroundworkIndex } from '../core/groundwork-index';
import { contentHash } from '../core/index-cache';
import type { SourceInput } from '../core/types';
import { Indexer, type WorkerLike } from '../indexer/worker-indexer';
import type { IndexCacheFile } from './index-cache-file';
import type { Settings } from './settings';
import { logText } from '../core/markdown-text';

/** Cold builds with more files to parse than this show a cancellable notification instead of the status bar spinner. */
const NOTIFY_OVER = 500;
const READ_CHUNK = 256;
/** This many changed files pending make a burst, whose update waits longer for the rest. */
const BURST = 20;

export interface StoreOptions {
  seeds: vscode.Uri;
  settings: () => Settings;
  log: vscode.LogOutputChannel;
  /** Where parsed sources are kept between sessions. */
  cache?: IndexCacheFile;
  /** Makes the indexing worker; without one, files are parsed in this thread in short slices. */
  createWorker?: () => WorkerLike;
}

/**
 * Reads the seeds and the workspace's sources through `vscode.workspace.fs`, keeps the
 * index current as files change, and hands the latest index to every feature. A change
 * re-parses only the files that changed; parsing runs in a worker; a cache keyed by
 * content hash makes a restart cheap.
 */
export class SourceStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GroundworkIndex>();
  readonly onDidChange = this.changed.event;
  /** How many times an index was built (a burst of file events is one build). */
  builds = 0;
  /** How many files the last build parsed; the others came from the previous index or the cache. */
  parsedInLastBuild = 0;
  private current: Promise<GroundworkIndex> | undefined;
  private latest: GroundworkIndex | undefined;
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: ((index: Promise<GroundworkIndex>) => void) | undefined;
  private builder = new CorpusBuilder();
  private hashes = new Map<string, string>();
  private pending = new Map<string, vscode.Uri>();
  private full = true;
  private waitedForFolder = false;
  private queue: Promise<unknown> = Promise.resolve();
  private running: vscode.CancellationTokenSource | undefined;
  private readonly reported = new Set<string>();
  private readonly indexer: Indexer;

  constructor(private readonly options: StoreOptions) {
    this.indexer = new Indexer(options.createWorker);
    if (!this.indexer.usesWorker) options.log.info('indexing in the extension host thread (no worker available)');
    this.watch();
  }

  get usesWorker(): boolean {
    return this.indexer.usesWorker;
  }

  /** Every problem reported with a source so far, once each: `path: error`. */
  problems(): string[] {
    return [...this.reported].map((id) => id.replace('\u0000', ': '));
  }

  /** The index, built on first use and after every change. */
  index(): Promise<GroundworkIndex> {
    return (this.current ??= this.build());
  }

  /** The last finished index, for views that must not wait. */
  peek(): GroundworkIndex | undefined {
    return this.latest;
  }

  /** Reads every source again (files the cache knows by content are not parsed again). */
  reload(): Promise<GroundworkIndex> {
    this.full = true;
    this.running?.cancel();
    this.current = this.build();
    return this.current;
  }

  /** Re-read after a burst of file events settles; queries made meanwhile wait for the fresh index. `uri` limits it to that file. */
  scheduleReload(delay = 300, uri?: vscode.Uri | 'pending'): void {
    if (uri instanceof vscode.Uri) this.pending.set(uri.toString(), uri);
    else if (uri === undefined) this.full = true;
    if (this.timer) clearTimeout(this.timer);
    else this.current = new Promise((resolve) => (this.settle = resolve));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const settle = this.settle;
      this.settle = undefined;
      this.current = this.build();
      settle?.(this.current);
    }, delay);
  }

  watch(): void {
    this.watchers.forEach((w) => w.dispose());
    // A plain string glob would be matched against absolute paths; settings are workspace-relative.
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watchers = folders.flatMap((folder) =>
      this.options.settings().sources.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const changed = (uri: vscode.Uri) => {
          this.options.log.debug(logText(`source changed: ${displayPath(uri.toString())}`));
          // A checkout or an unzip comes as many events over a second or more: wait it out as one update.
          this.scheduleReload(this.pending.size >= BURST ? 1500 : 300, uri);
        };
        return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
      }),
    );
  }

  /** Builds run one after another; each one takes what changed since the last. */
  private build(): Promise<GroundworkIndex> {
    const next = this.queue.then(() => this.buildNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async buildNow(): Promise<GroundworkIndex> {
    const full = this.full || !this.latest;
    this.full = false;
    const changed = [...this.pending.values()];
    this.pending.clear();
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    try {
      const built = full ? await this.rebuild(cts.token) : await this.update(changed, cts.token);
      // Events for files whose content did not change (a save without edits, a folder and then its files).
      if (built === 'unchanged') return this.latest!;
      if (!built) {
        // Cancelled: the next build starts over.
        this.full = true;
        return this.latest ?? this.builder.build().index;
      }
      return await this.publish(built);
    } finally {
      cts.dispose();
      if (this.running === cts) this.running = undefined;
    }
  }

  /** Every source from scratch, reusing cached parses of files whose content is unchanged. */
  private async rebuild(token: vscode.CancellationToken): Promise<CorpusBuilder | undefined> {
    const builder = new CorpusBuilder();
    const hashes = new Map<string, string>();
    const uris = await this.listSources();
    const cached = (await this.options.cache?.read()) ?? new Map<string, SourceRecord>();
    const misses: Array<{ input: SourceInput; hash: string }> = [];
    for (let i = 0; i < uris.length; i += READ_CHUNK) {
      if (token.isCancellationRequested) return undefined;
      for (const read of await Promise.all(uris.slice(i, i + READ_CHUNK).map((uri) => this.read(uri)))) {
        if ('error' in read) {
          if (!read.folder) builder.setRecord(failedRecord(read.path, read.error));
          continue;
        }
        const hash = contentHash(read.bytes);
        hashes.set(read.path, hash);
        const hit = cached.get(hash);
        if (hit && hit.parsed.path === read.path) builder.setRecord(hit);
        else misses.push({ input: read, hash });
      }
    }
    if (!(await this.parse(builder, hashes, misses, token))) return undefined;
    this.options.log.info(`read ${uris.length} sources: ${uris.length - misses.length} from the cache, ${misses.length} parsed`);
    this.builder = builder;
    this.hashes = hashes;
    return builder;
  }

  /** Only the files that changed: new content is parsed, deleted files leave the index. */
  private async update(uris: vscode.Uri[], token: vscode.CancellationToken): Promise<CorpusBuilder | 'unchanged' | undefined> {
    const misses: Array<{ input: SourceInput; hash: string }> = [];
    let touched = 0;
    const reads = await Promise.all(uris.map((uri) => this.read(uri)));
    // A folder that appears (a checkout, an unzip) may come as one event for the folder: look for the files in it.
    const folders = reads.filter((r) => 'error' in r && r.folder).map((r) => r.path);
    if (folders.length && !this.waitedForFolder) {
      // Its files are still arriving: wait for the burst to settle, then take it all in one update.
      this.waitedForFolder = true;
      for (const uri of uris) this.pending.set(uri.toString(), uri);
      this.scheduleReload(1500, 'pending');
      return 'unchanged';
    }
    this.waitedForFolder = false;
    if (folders.length) {
      const known = new Set(this.builder.paths());
      const added = (await this.listSources()).filter((u) => !known.has(u.toString()) && folders.some((f) => u.toString().startsWith(`${f}/`)));
      reads.push(...(await Promise.all(added.map((uri) => this.read(uri)))));
    }
    // A burst of deletions can lose events: check the other sources in the folders that lost files.
    const emptied = new Set(reads.filter((r) => 'error' in r && r.missing).map((r) => r.path.slice(0, r.path.lastIndexOf('/') + 1)));
    if (emptied.size) {
      const asked = new Set(reads.map((r) => r.path));
      const siblings = this.builder.paths().filter((p) => !asked.has(p) && emptied.has(p.slice(0, p.lastIndexOf('/') + 1)));
      const gone = await Promise.all(siblings.map((p) => vscode.workspace.fs.stat(vscode.Uri.parse(p)).then(() => undefined, () => p)));
      for (const path of gone) if (path) reads.push({ path, error: 'deleted', missing: true, folder: false });
    }
    for (const read of reads) {
      if ('error' in read) {
        if (read.folder) continue;
        // A deleted folder gets one event, not one per file in it.
        const gone = read.missing ? this.builder.paths().filter((p) => p === read.path || p.startsWith(`${read.path}/`)) : [];
        for (const path of gone) {
          this.builder.delete(path);
          this.hashes.delete(path);
        }
        if (!read.missing) this.builder.setRecord(failedRecord(read.path, read.error));
        touched += read.missing ? gone.length : 1;
        continue;
      }
      const hash = contentHash(read.bytes);
      if (this.hashes.get(read.path) !== hash) misses.push({ input: read, hash });
    }
    if (touched === 0 && misses.length === 0) return 'unchanged';
    if (!(await this.parse(this.builder, this.hashes, misses, token))) return undefined;
    return this.builder;
  }

  private async parse(builder: CorpusBuilder, hashes: Map<string, string>, misses: Array<{ input: SourceInput; hash: string }>, token: vscode.CancellationToken): Promise<boolean> {
    this.parsedInLastBuild = misses.length;
    if (misses.length === 0) return true;
    const location = misses.length > NOTIFY_OVER ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return vscode.window.withProgress({ location, title: 'Groundwork: indexing sources', cancellable: location === vscode.ProgressLocation.Notification }, async (progress, userToken) => {
      let reported = 0;
      const either = { get isCancellationRequested() { return token.isCancellationRequested || userToken.isCancellationRequested; } };
      const records = await this.indexer.records(misses.map((m) => m.input), (done) => {
        progress.report({ message: `${done} of ${misses.length}`, increment: ((done - reported) / misses.length) * 100 });
        reported = done;
      }, either);
      if (!records) return false;
      records.forEach((r, i) => {
        builder.setRecord(r);
        hashes.set(r.parsed.path, misses[i].hash);
      });
      return true;
    });
  }

  private async publish(builder: CorpusBuilder): Promise<GroundworkIndex> {
    // The corpus-wide merge runs in this thread, in slices, so the extension host keeps answering meanwhile.
    const { corpus, index } = await builder.buildAsync(() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.builds++;
    for (const s of corpus.sources) {
      for (const e of s.errors) {
        // Each problem once, not again on every rebuild.
        const id = `${s.path}\u0000${e}`;
        if (!this.reported.has(id)) this.options.log.warn(logText(`${displayPath(s.path)}: ${e}`));
        this.reported.add(id);
      }
    }
    this.options.log.info(`indexed ${corpus.sources.length} sources, ${corpus.people.filter((p) => p.kind === 'person').length} people`);
    this.latest = index;
    this.changed.fire(index);
    void this.saveCache();
    return index;
  }

  private async saveCache(): Promise<void> {
    if (!this.options.cache) return;
    const records = new Map<string, SourceRecord>();
    for (const [path, hash] of this.hashes) {
      const record = this.builder.record(path);
      if (record) records.set(hash, record);
    }
    await this.options.cache.write(records).catch((err: Error) => this.options.log.warn(`could not save the index cache: ${err.message}`));
  }

  private async listSources(): Promise<vscode.Uri[]> {
    const settings = this.options.settings();
    const uris: vscode.Uri[] = [];
    if (settings.includeSeeds) {
      const seeds = this.options.seeds;
      const entries = await vscode.workspace.fs.readDirectory(seeds).then(undefined, () => []);
      uris.push(...entries.filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md|html?)$/i.test(name)).map(([name]) => vscode.Uri.joinPath(seeds, name)));
    }
    for (const glob of settings.sources) uris.push(...(await vscode.workspace.findFiles(glob, '**/node_modules/**')));
    return [...new Map(uris.map((u) => [u.toString(), u])).values()];
  }

  private async read(uri: vscode.Uri): Promise<SourceInput | { path: string; error: string; missing: boolean; folder: boolean }> {
    const path = uri.toString();
    try {
      return { path, bytes: await vscode.workspace.fs.readFile(uri) };
    } catch (err) {
      // Deleted or unreadable between listing and reading: reported on that source, the rest indexed.
      // Error codes do not always survive the trip from a remote file system, so ask what is there.
      const type = await vscode.workspace.fs.stat(uri).then((st) => st.type, () => undefined);
      const missing = type === undefined;
      return { path, error: missing ? 'file was deleted while indexing' : `could not read: ${(err as Error).message}`, missing, folder: type !== undefined && (type & vscode.FileType.Directory) !== 0 };
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.running?.cancel();
    this.indexer.dispose();
    this.watchers.forEach((w) => w.dispose());
    this.changed.dispose();
  }
}

export function displayPath(path: string): string {
  const uri = vscode.Uri.parse(path);
  return vscode.workspace.asRelativePath(uri, false);
}
