// npm run bench [-- --sizes 1000,10000] [--seed N] [--bad-at 10000] [--queries 1000]
// Generates wire-copy corpora, measures Groundwork's index on the editor's code paths beside a
// plain fuse.js baseline, prints a table per size and, as the last line, one JSON object.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { removeBadFiles, writeBadFiles } from './bad-files';
import { BaselineSubject } from './baseline-subject';
import { listFiles, writeCorpus } from './corpus-writer';
import { generateDraft } from './draft-generator';
import { GroundworkSubject } from './groundwork-subject';
import { LoopMonitor } from './loop-monitor';
import { memory, sample, timed, timedAsync, type Sample } from './measure';
import { completionPrefixes, hoverLines, pickerQueries } from './queries';
import { Random } from './random';
import { round, table, type Figures, type Result } from './report';
import type { Subject } from './subject';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string', default: '1000' },
    'bad-at': { type: 'string', default: '10000' },
  },
});
const sizes = opts.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const seed = Number(opts.seed);
const queryCount = Number(opts.queries);

interface Workload {
  hovers: ReturnType<typeof hoverLines>;
  prefixes: string[];
  picks: string[];
  draft: string;
  changed: string[];
}

const results: Result[] = [];
void main();

async function main(): Promise<void> {
  for (const n of sizes) {
    const log = (s: string) => process.stderr.write(`[${n}] ${s}\n`);
    log('writing corpus…');
    const corpus = writeCorpus(n, seed);
    const files = listFiles(corpus.dir);
    const rng = new Random(seed * 7 + n);
    const notes: string[] = [];

    log('groundwork…');
    const ours = new GroundworkSubject();
    const loop = new LoopMonitor();
    loop.start();
    const oursBuilt = await measureBuild(ours, files);
    const cold = phaseFigures('cold', ours, loop, oursBuilt.end);
    const work: Workload = {
      hovers: hoverLines(rng, corpus.roster, queryCount),
      prefixes: completionPrefixes(rng, corpus.roster, queryCount),
      picks: pickerQueries(rng, ours.passageTexts(), queryCount),
      draft: generateDraft(rng, ours.draftMaterial(rng)),
      changed: Array.from({ length: 5 }, (_, i) => files[Math.floor(((i + 0.5) * files.length) / 5)]),
    };
    const phases: Record<string, number | null> = { ...cold };
    const oursFigures = await measureQueries(ours, files, work, oursBuilt, notes, 'groundwork', (what, end, from) =>
      Object.assign(phases, phaseFigures(what, ours, loop, end, from)),
    );
    loop.stop();
    ours.dispose();
    const worker = {
      worker_index_ms: cold.cold_read_ms! + cold.cold_parse_ms!,
      loop_delay_max_ms: cold.cold_read_parse_loop_max_ms,
      merge_ms: cold.cold_merge_ms,
      merge_loop_delay_max_ms: cold.cold_merge_loop_max_ms,
    };
    notes.push(
      `groundwork cold build by phase: list ${fmtMs(cold.cold_list_ms)}, read+hash ${fmtMs(cold.cold_read_ms)}, parse in ${ours.workers} workers ${fmtMs(cold.cold_parse_ms)}, corpus-wide merge ${fmtMs(cold.cold_merge_ms)}; the event loop waited at most ${fmtMs(cold.cold_read_parse_loop_max_ms)} while reading and parsing, ${fmtMs(cold.cold_merge_loop_max_ms)} while merging`,
    );
    notes.push(
      `groundwork warm start by phase: load cache ${fmtMs(phases.warm_cache_ms)}${phases.warm_from_snapshot ? ' (with the resolved index)' : ''}, read+stat ${fmtMs(phases.warm_read_ms)} (${phases.warm_from_cache_by_stat} files by stat), restore ${fmtMs(phases.warm_restore_ms)}, parse ${fmtMs(phases.warm_parse_ms)}, merge ${fmtMs(phases.warm_merge_ms)}; event loop max ${fmtMs(phases.warm_loop_max_ms)}`,
    );
    notes.push(
      `groundwork update by phase (last of five): read ${fmtMs(phases.update_read_ms)}, parse ${fmtMs(phases.update_parse_ms)}, merge ${fmtMs(phases.update_merge_ms)}; event loop max over the five ${fmtMs(phases.update_loop_max_ms)}`,
    );

    log('baseline…');
    const base = new BaselineSubject();
    const baseBuilt = await measureBuild(base, files);
    const baseFigures = await measureQueries(base, files, work, baseBuilt, notes, 'baseline');
    base.dispose();

    const result: Result = { sources: n, ...oursFigures, ...roundAll(worker), phases: roundAll(phases), baseline: baseFigures };
    if (n === Number(opts['bad-at'])) {
      log('bad files…');
      result.bad_files = await measureBadFiles(files, notes);
    }
    results.push(result);
    process.stdout.write(table(result, notes) + '\n');
  }
  process.stdout.write(JSON.stringify({ results }) + '\n');
}

function roundAll<T extends object>(o: T): Record<keyof T, number | null> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v as number)])) as Record<keyof T, number | null>;
}

const fmtMs = (v: number | null | undefined) => (v == null ? '–' : `${v.toFixed(0)} ms`);

/** The engine's report of its last build, phase by phase, with the longest event-loop wait in each stretch. */
function phaseFigures(what: string, subject: GroundworkSubject, loop: LoopMonitor, end: number, from?: number): Record<string, number | null> {
  const r = subject.lastBuild!;
  const start = from ?? end - (r.phases.list + r.phases.cache + r.phases.read + r.phases.restore + r.phases.parse + r.phases.merge);
  return {
    [`${what}_list_ms`]: r.phases.list,
    [`${what}_cache_ms`]: r.phases.cache,
    [`${what}_from_snapshot`]: r.fromSnapshot ? 1 : 0,
    [`${what}_read_ms`]: r.phases.read,
    [`${what}_restore_ms`]: r.phases.restore,
    [`${what}_parse_ms`]: r.phases.parse,
    [`${what}_merge_ms`]: r.phases.merge,
    [`${what}_parsed`]: r.parsed,
    [`${what}_from_cache_by_stat`]: r.fromCacheByStat,
    [`${what}_read_parse_loop_max_ms`]: loop.maxBetween(start, end - r.phases.merge),
    [`${what}_merge_loop_max_ms`]: loop.maxBetween(end - r.phases.merge, end),
    [`${what}_loop_max_ms`]: loop.maxBetween(start, end),
  };
}

async function measureBuild(subject: Subject, files: string[]): Promise<{ build: number; heap: number; rss: number; end: number }> {
  const build = (await timedAsync(async () => subject.build(files))).ms;
  const end = performance.now();
  // A turn for the loop monitor before the collection below, so its pause is not counted as the build's.
  await new Promise((r) => setTimeout(r, 20));
  const { heapMb, rssMb } = memory();
  return { build, heap: heapMb, rss: rssMb, end };
}

async function measureQueries(
  subject: Subject,
  files: string[],
  work: Workload,
  built: { build: number; heap: number; rss: number },
  notes: string[],
  name: string,
  phases?: (what: string, end: number, from?: number) => void,
): Promise<Figures> {
  const hover = sample(work.hovers, (h) => subject.hover(h.line, h.at));
  const completion = sample(work.prefixes, (p) => subject.complete(p));
  const picker = sample(work.picks, (q) => subject.pick(q));
  const check =
    subject instanceof BaselineSubject ? estimateBaselineCheck(subject, work.draft, notes) : subject.check ? timedCheck(subject, work.draft, notes) : null;
  const updates: number[] = [];
  const updatesStart = performance.now();
  for (const file of work.changed) updates.push(await timedChange(subject, file));
  phases?.('update', performance.now(), updatesStart);
  const update = median(updates);
  await subject.persist?.();
  subject.stop?.();
  const warm = subject.warmStart ? (await timedAsync(async () => subject.warmStart!(files))).ms : null;
  phases?.('warm', performance.now());
  const warmHeap = subject.warmStart ? memory().heapMb : null;
  for (const [what, s] of [
    ['hover', hover],
    ['completion', completion],
    ['picker', picker],
  ] as Array<[string, Sample]>) {
    if (s.n < work.hovers.length) notes.push(`${name} ${what}: ${s.n} of ${work.hovers.length} queries ran within the time budget`);
  }
  return {
    build_ms: round(built.build),
    warm_start_ms: round(warm),
    heap_mb: round(built.heap),
    warm_heap_mb: round(warmHeap),
    rss_mb: round(built.rss),
    hover_p50_ms: round(hover.p50),
    hover_p95_ms: round(hover.p95),
    completion_p50_ms: round(completion.p50),
    completion_p95_ms: round(completion.p95),
    picker_p50_ms: round(picker.p50),
    picker_p95_ms: round(picker.p95),
    check_ms: round(check),
    update_ms: round(update),
  };
}

/** Edits one source on disk (a new paragraph naming a new person), times the update, then restores the file. */
async function timedChange(subject: Subject, file: string): Promise<number> {
  const original = readFileSync(file);
  writeFileSync(file, Buffer.concat([original, Buffer.from('\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n')]));
  try {
    return (await timedAsync(async () => subject.update(file))).ms;
  } finally {
    writeFileSync(file, original);
  }
}

/** The first check after an index is built also builds the checks' own tables; the figure is the next one. */
function timedCheck(subject: Subject, draft: string, notes: string[]): number {
  const first = timed(() => subject.check!(draft)).ms;
  const again = timed(() => subject.check!(draft)).ms;
  notes.push(`groundwork check: first run after a build ${first.toFixed(0)} ms (builds the checks' term and name tables), then ${again.toFixed(0)} ms`);
  return again;
}

/** Lookups one by one until the budget is spent; the total is extrapolated from their mean. */
function estimateBaselineCheck(subject: BaselineSubject, draft: string, notes: string[]): number {
  const lookups = subject.checkLookups(draft);
  const times: number[] = [];
  const deadline = performance.now() + 15_000;
  for (const q of lookups) {
    times.push(timed(() => subject.lookup(q)).ms);
    if (performance.now() > deadline) break;
  }
  const total = (times.reduce((a, b) => a + b, 0) / times.length) * lookups.length;
  if (times.length < lookups.length) notes.push(`baseline check: estimated from ${times.length} of its ${lookups.length} lookups`);
  return total;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The same corpus with 5% bad files mixed in: every good file indexed, every bad one reported once, no crash. */
async function measureBadFiles(good: string[], notes: string[]): Promise<unknown> {
  const bad = writeBadFiles(Math.round(good.length / 19));
  try {
    const subject = new GroundworkSubject();
    const all = [...good, ...bad.files].sort();
    const build = (await timedAsync(async () => subject.build(all))).ms;
    const problems = subject.problems();
    const badSet = new Set(bad.files);
    const root = process.getuid?.() === 0;
    const expected = bad.files.filter((f) => !(root && bad.readableByRoot.includes(f)));
    const reportedOnce = expected.every((f) => problems.filter((p) => p.startsWith(`${f}: `)).length === 1);
    const falseAlarms = problems.filter((p) => !badSet.has(p.slice(0, p.indexOf(': ')))).length;
    const figures = {
      files: all.length,
      bad: bad.files.length,
      build_ms: round(build),
      problems: problems.length,
      expected_problems: expected.length,
      each_reported_once: reportedOnce,
      good_files_reported: falseAlarms,
      good_sources_indexed: subject.goodSources(),
    };
    notes.push(
      `with ${bad.files.length} bad files (5%) mixed in: built in ${build.toFixed(0)} ms, ${problems.length} problems reported for ${expected.length} bad files${root ? ' (running as root: chmod 000 files are readable and indexed)' : ''}, each once: ${reportedOnce}; ${subject.goodSources()} of ${good.length} good files indexed, ${falseAlarms} good files reported`,
    );
    subject.dispose();
    return figures;
  } finally {
    removeBadFiles(bad);
  }
}
