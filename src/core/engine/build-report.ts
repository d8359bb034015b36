/** What one build did, for status, logs, tests and the benchmark. */
export interface BuildReport {
  /** `full`: every source listed again; `update`: only the files that changed. */
  kind: 'full' | 'update';
  sources: number;
  /** Files parsed; the others came from the previous index or the cache. */
  parsed: number;
  /** Files taken from the cache without reading them, their stat being unchanged. */
  fromCacheByStat: number;
  /** The index resolved over the cached records was taken back from the cache, not merged again. */
  fromSnapshot: boolean;
  /**
   * Milliseconds spent in each phase: listing, loading the cache, reading (or stating) the files,
   * taking the cached records and index back, parsing, merging. The changed files are parsed while
   * the cache is taken back: `parse` is how long the build waited for them after that.
   */
  phases: { list: number; cache: number; read: number; restore: number; parse: number; merge: number };
}
