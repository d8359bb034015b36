/** The benchmark's table and JSON line. */

export interface Figures {
  build_ms: number | null;
  warm_start_ms: number | null;
  heap_mb: number | null;
  /** After the warm start, which follows the queries and updates in the same process. */
  warm_heap_mb?: number | null;
  rss_mb?: number | null;
  hover_p50_ms?: number | null;
  hover_p95_ms: number | null;
  completion_p50_ms?: number | null;
  completion_p95_ms: number | null;
  picker_p50_ms?: number | null;
  picker_p95_ms: number | null;
  check_ms: number | null;
  update_ms: number | null;
}

export interface Result extends Figures {
  sources: number;
  baseline: Figures;
  [extra: string]: unknown;
}

const ROWS: Array<[keyof Figures, string]> = [
  ['build_ms', 'index build, cold (ms)'],
  ['warm_start_ms', 'warm start (ms)'],
  ['heap_mb', 'heap after gc (MB)'],
  ['warm_heap_mb', 'heap after gc, after the warm start (MB)'],
  ['rss_mb', 'RSS (MB)'],
  ['hover_p50_ms', 'hover p50 (ms)'],
  ['hover_p95_ms', 'hover p95 (ms)'],
  ['completion_p50_ms', 'completion p50 (ms)'],
  ['completion_p95_ms', 'completion p95 (ms)'],
  ['picker_p50_ms', 'picker p50 (ms)'],
  ['picker_p95_ms', 'picker p95 (ms)'],
  ['check_ms', 'check, 3,000-word draft (ms)'],
  ['update_ms', 'update after one file changes (ms)'],
];

const EXTRA: Array<[string, string]> = [
  ['worker_index_ms', 'read + parse all through the worker (ms)'],
  ['loop_delay_max_ms', 'host event-loop delay max meanwhile (ms)'],
  ['merge_ms', 'corpus-wide merge in the host thread (ms)'],
  ['merge_loop_delay_max_ms', 'host event-loop delay max during the merge (ms)'],
];

/** One table per size: each figure beside the baseline's and how many times better Groundwork is. */
export function table(r: Result, notes: string[]): string {
  const lines = [
    `\n## ${r.sources.toLocaleString('en-US')} sources`,
    '',
    `| figure | groundwork | fuse.js baseline | baseline ÷ groundwork |`,
    '|---|---:|---:|---:|',
  ];
  for (const [key, label] of ROWS) {
    const ours = r[key];
    const base = r.baseline[key];
    const ratio = ours != null && base != null && ours > 0 ? `${(base / ours).toFixed(base / ours >= 10 ? 0 : 1)}×` : '–';
    lines.push(`| ${label} | ${fmt(ours)} | ${fmt(base)} | ${ratio} |`);
  }
  for (const [key, label] of EXTRA) if (key in r) lines.push(`| ${label} | ${fmt(r[key] as number)} | – | – |`);
  return [...lines, '', ...notes.map((n) => `- ${n}`)].join('\n');
}

function fmt(v: number | null | undefined): string {
  if (v == null || Number.isNaN(v)) return '–';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function round(v: number | null | undefined): number | null {
  if (v == null || Number.isNaN(v)) return null;
  return Math.round(v * 1000) / 1000;
}
