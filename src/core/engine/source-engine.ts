import { bySourcePath } from '../citation-keys';
import { CorpusBuilder, failedRecord, type SourceRecord } from '../corpus-builder';
import type { GroundworkIndex } from '../groundwork-index';
import { contentHash, type CacheEntry, type IndexCache } from '../index-cache';
import { logText } from '../markdown-text';
import type { SourceInput } from '../types';
import type { BuildReport } from './build-report';
import { Emitter } from './emitter';
import type { CacheStore, Cancellation, Disposable, FileStat, Log, Progress, SourceFiles } from './host';
import { silentProgress } from './host';
import { Indexer, type IndexerOptions } from './indexer';
import { SourceCache, type CacheContent } from './source-cache';
import { nextTurn, runInSlices, Slicer } from './slices';

export interface EngineOptions {
  files: SourceFiles;
  log: Log;
  cache?: CacheStore;
  progress?: Progress;
  /** The indexing workers; without `createWorker`, files are parsed in this thread in slices. */
  indexer?: IndexerOptions;
  /** How long file events must be quiet before an update (ms); a burst waits `burstMs`. */
  settleMs?: number;
  burstMs?: number;
  /** How long the index must stay unchanged before the cache is written (ms). */
  saveCacheAfterMs?: number;
  /** How a path is shown in the log. */
  display?: (path: string) => string;
}

/** This many changed files pending make a burst, whose update waits longer for the rest. */
const BURST = 20;
const READ_CHUNK = 256;

type Read = SourceInput | { path: string; error: string; missing: boolean; folder: boolean };
interface Miss {
  input: SourceInput;
  entry: Omit<CacheEntry, 'record'>;
}

/**
 * Keeps the index of the host's source files current: lists, reads, parses (in workers), caches
 * and publishes. A change re-reads only the files that changed; a burst of events is one update;
 * a restart takes unchanged files from the cache by their stat.
 */
export class SourceEngine implements Disposable {
  private readonly changed = new Emitter<GroundworkIndex>();
  private readonly built = new Emitter<BuildReport>();
  /** A new index, after every build that changed something. */
  readonly onDidChange = this.changed.event;
  readonly onDidBuild = this.built.event;
  private current: Promise<GroundworkIndex> | undefined;
  private latest: GroundworkIndex | undefined;
  private watcher: Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: ((index: Promise<GroundworkIndex>) => void) | undefined;
  private builder = new CorpusBuilder();
  private entries = new Map<string, Omit<CacheEntry, 'record'>>();
  private readonly pending = new Set<string>();
  private full = true;
  private waitedForFolder = false;
  private queue: Promise<unknown> = Promise.resolve();
  private running: { isCancellationRequested: boolean } | undefined;
  private readonly reported = new Set<string>();
  /** Each source's errors as last looked at, so a build looks only at the lists that changed. */
  private readonly errorsSeen = new WeakMap<object, readonly string[]>();
  /** The sources an update set, whose errors it reports (a full build looks at every source's). */
  private updatedPaths: Set<string> | undefined;
  /** Sources whose cached copy did not read back: parsed again whatever their hash. */
  private readonly damaged = new Set<string>();
  private readonly indexer: Indexer;
  private readonly cache: SourceCache | undefined;
  /** Counts builds, so a cache encoded in slices is not written once a build has changed what it was taken from. */
  private generation = 0;

  constructor(private readonly options: EngineOptions) {
    this.indexer = new Indexer({ ...options.indexer, log: (m) => options.log.warn(logText(m)) });
    if (!this.indexer.usesWorker) options.log.info('indexing in this thread (no worker available)');
    this.cache = options.cache && new SourceCache(options.cache, (m) => options.log.warn(m), options.saveCacheAfterMs);
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

  /** Brings the index up to date now: `paths` changed, or with none, every source is listed again (unchanged files are not parsed again). */
  refresh(paths?: string[]): Promise<GroundworkIndex> {
    if (paths) for (const p of paths) this.pending.add(p);
    else {
      this.full = true;
      if (this.running) this.running.isCancellationRequested = true;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const settle = this.settle;
    this.settle = undefined;
    this.current = this.build();
    settle?.(this.current);
    return this.current;
  }

  reload(): Promise<GroundworkIndex> {
    return this.refresh();
  }

  /** Updates after file events settle; queries made meanwhile wait for the fresh index. `path` limits it to that file or folder. */
  scheduleReload(delay = this.options.settleMs ?? 300, path?: string): void {
    if (path !== undefined) this.pending.add(path);
    else this.full = true;
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

  /** (Re)subscribes to the host's file events, as after the settings change. */
  watch(): void {
    this.watcher?.dispose();
    this.watcher = this.options.files.watch((path) => {
      this.options.log.debug(logText(`source changed: ${this.display(path)}`));
      // A checkout or an unzip comes as many events over a second or more: wait it out as one update.
      this.scheduleReload(this.pending.size >= BURST ? (this.options.burstMs ?? 1500) : this.options.settleMs, path);
    });
  }

  /** Writes the cache now rather than after the next quiet moment. */
  saveCache(): Promise<void> {
    return this.cache?.saveNow(() => this.cacheContent()) ?? Promise.resolve();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.running) this.running.isCancellationRequested = true;
    this.indexer.dispose();
    this.watcher?.dispose();
    this.cache?.dispose();
    this.changed.dispose();
    this.built.dispose();
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
    this.generation++;
    const changed = [...this.pending];
    this.pending.clear();
    const token = { isCancellationRequested: false };
    this.running = token;
    this.updatedPaths = full ? undefined : new Set();
    const report: BuildReport = {
      kind: full ? 'full' : 'update',
      sources: 0,
      parsed: 0,
      fromCacheByStat: 0,
      fromSnapshot: false,
      phases: { list: 0, cache: 0, read: 0, restore: 0, parse: 0, merge: 0 },
    };
    try {
      const built = full ? await this.rebuild(token, report) : await this.update(changed, token, report);
      // Events for files whose content did not change (a save without edits, a folder and then its files).
      if (built === 'unchanged') return this.latest!;
      if (!built) {
        // Cancelled: the next build starts over.
        this.full = true;
        return this.latest ?? this.builder.build().index;
      }
      return await this.publish(report);
    } finally {
      if (this.running === token) this.running = undefined;
    }
  }

  /** Every source from scratch, taking unchanged files from the cache (by stat, else by content hash) with the index resolved over them. */
  private async rebuild(token: Cancellation, report: BuildReport): Promise<boolean> {
    this.indexer.warmUp();
    const entries = new Map<string, Omit<CacheEntry, 'record'>>();
    let t = performance.now();
    const paths = await this.listSources();
    report.phases.list = performance.now() - t;
    t = performance.now();
    // The files are stated while the cache comes off the disk: the host thread would only wait for it. The
    // first slice of them is stated before the cache is asked for, so that those do not wait behind its reads.
    const stating = this.statAll(paths);
    const stored = this.cache?.read();
    const stats = await stating;
    const statMs = performance.now() - t;
    const cached = (await this.cache?.load(await stored, (path) => this.readAgain(path))) ?? { entries: new Map<string, CacheEntry>(), savedAt: 0 };
    report.phases.cache = performance.now() - t - statMs;
    t = performance.now();
    const kept = new Set<string>();
    const failed: SourceRecord[] = [];
    const misses: Miss[] = [];
    const toRead: number[] = [];
    // Files the cache has by their stat come back at once: without a pause, a large corpus would be one long turn.
    const slicer = new Slicer();
    for (let i = 0; i < paths.length; i++) {
      const hit = cached.entries.get(paths[i]);
      const stat = stats[i];
      if (hit && stat && unchangedSince(hit, stat, cached.savedAt)) {
        kept.add(paths[i]);
        entries.set(paths[i], { hash: hit.hash, mtime: stat.mtime, size: stat.size });
        report.fromCacheByStat++;
      } else toRead.push(i);
      await slicer.tick();
    }
    if (token.isCancellationRequested) return false;
    const reads = await this.readAll(toRead.map((i) => paths[i]));
    for (let n = 0; n < reads.length; n++) {
      const read = reads[n];
      const path = paths[toRead[n]];
      if ('error' in read) {
        if (!read.folder) failed.push(failedRecord(read.path, read.error));
        continue;
      }
      const stat = stats[toRead[n]];
      const entry = { hash: contentHash(read.bytes), ...(stat && { mtime: stat.mtime, size: stat.size }) };
      entries.set(path, entry);
      if (cached.entries.get(path)?.hash === entry.hash) kept.add(path);
      else misses.push({ input: read, entry });
      await slicer.tick();
    }
    report.phases.read = performance.now() - t + statMs;
    t = performance.now();
    // The files that changed are parsed while the cache's records and index are taken back; what comes meanwhile waits.
    const waiting: SourceRecord[] = [];
    let take = (record: SourceRecord): void => void waiting.push(record);
    const parsed = this.parse(entries, misses, token, report, (r) => take(r));
    // Awaited below, once the cache is taken back; a failure meanwhile is not an unhandled one.
    parsed.catch(() => undefined);
    const builder = await this.fromCache(cached, kept, new Set(entries.keys()), report);
    report.phases.restore = performance.now() - t;
    for (const record of failed) builder.setRecord(record);
    for (const record of waiting) builder.takeIn(record);
    take = (record) => builder.takeIn(record);
    t = performance.now();
    if (!(await parsed)) return false;
    report.phases.parse = performance.now() - t;
    this.options.log.info(
      `read ${paths.length} sources: ${paths.length - misses.length} from the cache (${report.fromCacheByStat} by their stat${report.fromSnapshot ? ', with the index resolved over them' : ''}), ${misses.length} parsed`,
    );
    this.builder = builder;
    this.entries = entries;
    return true;
  }

  /**
   * The kept records in a builder: the cache's resolved index less the sources that went, else
   * merged afresh. A source read again (`listed` but not `kept`) stays until its new record
   * replaces it, as in an update: deleting it would settle every citation key again.
   */
  private async fromCache(cached: IndexCache, kept: Set<string>, listed: Set<string>, report: BuildReport): Promise<CorpusBuilder> {
    if (cached.resolved) {
      const builder = new CorpusBuilder();
      try {
        await runInSlices(
          builder.restoring(
            [...cached.entries.values()].map((e) => e.record),
            cached.resolved,
          ),
        );
        const slicer = new Slicer();
        for (const path of cached.entries.keys()) {
          if (!kept.has(path) && !listed.has(path)) builder.delete(path);
          await slicer.tick();
        }
        report.fromSnapshot = true;
        return builder;
      } catch (err) {
        this.options.log.warn(`could not take back the saved index (${(err as Error).message}): merging the sources again`);
      }
    }
    const builder = new CorpusBuilder();
    for (const path of kept) builder.setRecord(cached.entries.get(path)!.record);
    return builder;
  }

  /** Only the files that changed: new content is parsed, deleted files leave the index. */
  private async update(paths: string[], token: Cancellation, report: BuildReport): Promise<boolean | 'unchanged'> {
    const t = performance.now();
    const misses: Miss[] = [];
    let touched = 0;
    const reads = await Promise.all(paths.map((p) => this.read(p)));
    // A folder that appears (a checkout, an unzip) may come as one event for the folder: look for the files in it.
    const folders = reads.filter((r) => 'error' in r && r.folder).map((r) => r.path);
    if (folders.length && !this.waitedForFolder) {
      // Its files are still arriving: wait for the burst to settle, then take it all in one update.
      this.waitedForFolder = true;
      for (const p of paths) this.pending.add(p);
      this.scheduleReload(this.options.burstMs ?? 1500, paths[0]);
      return 'unchanged';
    }
    this.waitedForFolder = false;
    if (folders.length) {
      const known = new Set(this.builder.paths());
      const listStart = performance.now();
      const added = (await this.listSources()).filter((p) => !known.has(p) && folders.some((f) => p.startsWith(`${f}/`)));
      report.phases.list = performance.now() - listStart;
      reads.push(...(await Promise.all(added.map((p) => this.read(p)))));
    }
    // A burst of deletions can lose events: check the other sources in the folders that lost files.
    const emptied = new Set(reads.filter((r) => 'error' in r && r.missing).map((r) => folderOf(r.path)));
    if (emptied.size) {
      const asked = new Set(reads.map((r) => r.path));
      const siblings = this.builder.paths().filter((p) => !asked.has(p) && emptied.has(folderOf(p)));
      const gone = await Promise.all(siblings.map(async (p) => ((await this.stat(p)) ? undefined : p)));
      for (const path of gone) if (path) reads.push({ path, error: 'deleted', missing: true, folder: false });
    }
    for (const read of reads) {
      if ('error' in read) {
        if (read.folder) continue;
        // A deleted folder gets one event, not one per file in it.
        const gone = read.missing ? this.builder.paths().filter((p) => p === read.path || p.startsWith(`${read.path}/`)) : [];
        for (const path of gone) {
          this.builder.delete(path);
          this.entries.delete(path);
        }
        if (!read.missing) {
          this.builder.setRecord(failedRecord(read.path, read.error));
          this.updatedPaths?.add(read.path);
        }
        touched += read.missing ? gone.length : 1;
        continue;
      }
      const hash = contentHash(read.bytes);
      if (this.damaged.delete(read.path) || this.entries.get(read.path)?.hash !== hash)
        misses.push({ input: read, entry: { hash, ...(await this.statOf(read.path)) } });
    }
    report.phases.read = performance.now() - t - report.phases.list;
    if (touched === 0 && misses.length === 0) return 'unchanged';
    const parseStart = performance.now();
    const parsed = await this.parse(this.entries, misses, token, report, (r) => this.builder.takeIn(r));
    report.phases.parse = performance.now() - parseStart;
    return parsed;
  }

  /** Parses `misses` in path order, giving each record to `take` as it comes. */
  private async parse(
    entries: Map<string, Omit<CacheEntry, 'record'>>,
    misses: Miss[],
    token: Cancellation,
    report: BuildReport,
    take: (record: SourceRecord) => void,
  ): Promise<boolean> {
    report.parsed = misses.length;
    if (misses.length === 0) return true;
    // In path order, whatever order the reads finished in: the builder takes records in as they come.
    misses.sort((a, b) => bySourcePath(a.input, b.input));
    let taken = 0;
    const takeAll = (records: SourceRecord[]) => {
      for (const r of records) {
        take(r);
        this.updatedPaths?.add(r.parsed.path);
        entries.set(r.parsed.path, misses[taken++].entry);
      }
    };
    const progress = this.options.progress ?? silentProgress;
    const records = await progress.run(misses.length, (report, userToken) => {
      const either = {
        get isCancellationRequested() {
          return token.isCancellationRequested || userToken.isCancellationRequested;
        },
      };
      return this.indexer.records(
        misses.map((m) => m.input),
        report,
        either,
        takeAll,
      );
    });
    return records !== undefined;
  }

  private async publish(report: BuildReport): Promise<GroundworkIndex> {
    const t = performance.now();
    // The corpus-wide merge runs in this thread, in slices, so the host keeps answering meanwhile.
    const { corpus, index } = await this.builder.buildAsync(nextTurn);
    report.phases.merge = performance.now() - t;
    report.sources = corpus.sources.length;
    // An update's other sources are as they were: only those it set can have new errors.
    const updated = this.updatedPaths && [...this.updatedPaths].flatMap((path) => this.builder.record(path)?.parsed ?? []);
    for (const s of updated ?? corpus.sources) {
      // A source's errors are a new list whenever they change: the same list was reported already.
      if (s.errors.length === 0 || this.errorsSeen.get(s) === s.errors) continue;
      this.errorsSeen.set(s, s.errors);
      for (const e of s.errors) {
        // Each problem once, not again on every rebuild.
        const id = `${s.path}\u0000${e}`;
        if (!this.reported.has(id)) this.options.log.warn(logText(`${this.display(s.path)}: ${e}`));
        this.reported.add(id);
      }
    }
    // Counting the people reads every card: an update says only how many sources there are.
    const people = report.kind === 'full' ? `, ${corpus.people.filter((p) => p.kind === 'person').length} people` : '';
    this.options.log.info(`indexed ${corpus.sources.length} sources${people}`);
    this.latest = index;
    this.changed.fire(index);
    this.built.fire(report);
    this.cache?.saveSoon(() => this.cacheContent());
    return index;
  }

  /** Every record with the resolved index; a source that could not be read (or whose cached copy was damaged) has no hash, so a restart reads it again. */
  private cacheContent(): CacheContent {
    const entries = new Map<string, CacheEntry>();
    for (const path of this.builder.paths()) {
      const entry = this.damaged.has(path) ? undefined : this.entries.get(path);
      entries.set(path, { ...(entry ?? { hash: '' }), record: this.builder.record(path)! });
    }
    const generation = this.generation;
    return { entries, resolved: this.builder.snapshot(), current: () => this.generation === generation };
  }

  /** A cached source that did not read back: its file is read and parsed again, as after a change. */
  private readAgain(path: string): void {
    this.options.log.warn(logText(`${this.display(path)}: the index cache's copy was damaged; reading the file again`));
    this.damaged.add(path);
    this.scheduleReload(this.options.settleMs, path);
  }

  private async listSources(): Promise<string[]> {
    return [...new Set(await this.options.files.list())];
  }

  private stat(path: string): Promise<FileStat | undefined> {
    return this.options.files.stat(path).catch(() => undefined);
  }

  private async statAll(paths: string[]): Promise<Array<FileStat | undefined>> {
    const { files } = this.options;
    if (files.statAll) return files.statAll(paths).catch(() => this.statEach(paths));
    return this.statEach(paths);
  }

  private statEach(paths: string[]): Promise<Array<FileStat | undefined>> {
    return this.inChunks(paths, (p) => this.stat(p));
  }

  /** `f` of each path, a few hundred at once. */
  private async inChunks<T>(paths: string[], f: (path: string, i: number) => Promise<T>): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < paths.length; i += READ_CHUNK) out.push(...(await Promise.all(paths.slice(i, i + READ_CHUNK).map((p, k) => f(p, i + k)))));
    return out;
  }

  private async statOf(path: string): Promise<{ mtime?: number; size?: number }> {
    const stat = await this.stat(path);
    return stat ? { mtime: stat.mtime, size: stat.size } : {};
  }

  private async read(path: string): Promise<Read> {
    try {
      return { path, bytes: await this.options.files.read(path) };
    } catch (err) {
      return this.unread(path, err as Error);
    }
  }

  /** `read` of each path, in order: all at once when the host can, else a few hundred at a time. */
  private async readAll(paths: string[]): Promise<Read[]> {
    const got = await this.options.files.readAll?.(paths).catch(() => undefined);
    // A host that has no way to read many at once, or whose answer does not fit the question, is asked file by file.
    if (got?.length !== paths.length) return this.inChunks(paths, (p) => this.read(p));
    return this.inChunks(paths, async (path, i) => (got[i] instanceof Error ? this.unread(path, got[i]) : { path, bytes: got[i] }));
  }

  /** A file that could not be read (deleted or unreadable between listing and reading), reported on that source; the rest are indexed. */
  private async unread(path: string, err: Error): Promise<Read> {
    // Error codes do not always survive the trip from a remote file system, so ask what is there.
    const stat = await this.stat(path);
    const missing = stat === undefined;
    return {
      path,
      error: missing ? 'file was deleted while indexing' : `could not read: ${err.message}`,
      missing,
      folder: stat?.kind === 'folder',
    };
  }

  private display(path: string): string {
    return this.options.display?.(path) ?? path;
  }
}

/** Trusts a stat only for a file that had not changed for a while when the cache was written (its mtime may be coarse). */
function unchangedSince(hit: CacheEntry, stat: FileStat, savedAt: number): boolean {
  return stat.kind === 'file' && hit.mtime === stat.mtime && hit.size === stat.size && stat.mtime < savedAt - 2000;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}
