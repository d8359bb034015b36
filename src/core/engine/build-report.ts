/** What one build did, for status, logs, tests and the benchmark. */
export interface BuildReport {
  /** `full`: every source listed again; `update`: only the files that changed. */
  kind: 'full' | 'update';
  sources: number;
  /** Files parsed; the others came from the previous index or the cache. */
  parsed: number;
  /** Files taken from the cache without reading them, their stat being unchanged. */
  fromCacheByStat: number;
  /** Milliseconds spent in each phase. */
  phases: { list: number; read: number; parse: number; merge: number };
}
