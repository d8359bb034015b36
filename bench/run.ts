// npm run bench [-- --sizes 1000,10000] [--seed N] [--bad-at 10000] [--queries 1000]
// Generates wire-copy corpora, measures Groundwork's index on the editor's code paths beside a
// plain fuse.js baseline, prints a table per size and, as the last line, one JSON object.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { removeBadFiles, writeBadFiles } from './bad-files';
import { BaselineSubject } from './baseline-subject';
import { indexThroughWorker } from './loop-delay';
import { listFiles, writeCorpus } from './corpus-writer';
import { generateDraft } from './draft-generator';
import { GroundworkSubject } from './groundwork-subject';
import { memory, sample, timed, type Sample } from './measure';
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
const sizes = opts.sizes.split(',').map(Number).filter((n) => n > 0);
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
  const oursBuilt = measureBuild(ours, files);
  const work: Workload = {
    hovers: hoverLines(rng, corpus.roster, queryCount),
    prefixes: completionPrefixes(rng, corpus.roster, queryCount),
    picks: pickerQueries(rng, ours.passageTexts(), queryCount),
    draft: generateDraft(rng, ours.draftMaterial(rng)),
    changed: Array.from({ length: 5 }, (_, i) => files[Math.floor(((i + 0.5) * files.length) / 5)]),
  };
  const oursFigures = measureQueries(ours, files, work, oursBuilt, notes, 'groundwork');
  ours.dispose();
  log('groundwork through the worker…');
  const loop = await indexThroughWorker(files);
  notes.push(`groundwork through the worker: ${loop.worker_index_ms.toFixed(0)} ms to read and parse every file, the host's event loop waited at most ${loop.loop_delay_max_ms.toFixed(0)} ms meanwhile; then the corpus-wide merge took ${loop.merge_ms.toFixed(0)} ms in the host thread in slices, the event loop waiting at most ${loop.merge_loop_delay_max_ms.toFixed(0)} ms`);

  log('baseline…');
  const base = new BaselineSubject();
  const baseBuilt = measureBuild(base, files);
  const baseFigures = measureQueries(base, files, work, baseBuilt, notes, 'baseline');
  base.dispose();

  const result: Result = { sources: n, ...oursFigures, ...roundAll(loop), baseline: baseFigures };
  if (n === Number(opts['bad-at'])) {
    log('bad files…');
    result.bad_files = measureBadFiles(files, notes);
  }
  results.push(result);
  process.stdout.write(table(result, notes) + '\n');
}
process.stdout.write(JSON.stringify({ results }) + '\n');
}

function roundAll<T extends object>(o: T): Record<keyof T, number | null> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v as number)])) as Record<keyof T, number | null>;
}

function measureBuild(subject: Subject, files: string[]): { build: number; heap: number; rss: number } {
  const build = timed(() => subject.build(files)).ms;
  const { heapMb, rssMb } = memory();
  return { build, heap: heapMb, rss: rssMb };
}

function measureQueries(subject: Subject, files: string[], work: Workload, built: { build: number; heap: number; rss: number }, notes: string[], name: string): Figures {
  const hover = sample(work.hovers, (h) => subject.hover(h.line, h.at));
  const completion = sample(work.prefixes, (p) => subject.complete(p));
  const picker = sample(work.picks, (q) => subject.pick(q));
  const check = subject instanceof BaselineSubject ? estimateBaselineCheck(subject, work.draft, notes) : subject.check ? timedCheck(subject, work.draft, notes) : null;
  const update = median(work.changed.map((file) => timedChange(subject, file)));
  subject.persist?.();
  const warm = subject.warmStart ? timed(() => subject.warmStart!(files)).ms : null;
  for (const [what, s] of [['hover', hover], ['completion', completion], ['picker', picker]] as Array<[string, Sample]>) {
    if (s.n < work.hovers.length) notes.push(`${name} ${what}: ${s.n} of ${work.hovers.length} queries ran within the time budget`);
  }
  return {
    build_ms: round(built.build),
    warm_start_ms: round(warm),
    heap_mb: round(built.heap),
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
function timedChange(subject: Subject, file: string): number {
  const original = readFileSync(file);
  writeFileSync(file, Buffer.concat([original, Buffer.from('\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n')]));
  try {
    return timed(() => subject.update(file)).ms;
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
function measureBadFiles(good: string[], notes: string[]): unknown {
  const bad = writeBadFiles(Math.round(good.length / 19));
  try {
    const subject = new GroundworkSubject();
    const all = [...good, ...bad.files].sort();
    const build = timed(() => subject.build(all)).ms;
    const problems = subject.problems();
    const badSet = new Set(bad.files);
    const root = process.getuid?.() === 0;
    const expected = bad.files.filter((f) => !(root && bad.readableByRoot.includes(f)));
    const reportedOnce = expected.every((f) => problems.filter((p) => p.startsWith(`${f}: `)).length === 1);
    const falseAlarms = problems.filter((p) => !badSet.has(p.slice(0, p.indexOf(': ')))).length;
    const figures = { files: all.length, bad: bad.files.length, build_ms: round(build), problems: problems.length, expected_problems: expected.length, each_reported_once: reportedOnce, good_files_reported: falseAlarms, good_sources_indexed: subject.goodSources() };
    notes.push(`with ${bad.files.length} bad files (5%) mixed in: built in ${build.toFixed(0)} ms, ${problems.length} problems reported for ${expected.length} bad files${root ? ' (running as root: chmod 000 files are readable and indexed)' : ''}, each once: ${reportedOnce}; ${subject.goodSources()} of ${good.length} good files indexed, ${falseAlarms} good files reported`);
    subject.dispose();
    return figures;
  } finally {
    removeBadFiles(bad);
  }
}
