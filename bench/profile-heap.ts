// The heap after a cold build and after a warm start, and what holds it (a heap snapshot summarised by kind):
//   npx esbuild bench/profile-heap.ts --bundle --platform=node --outfile=out/bench/profile-heap.js && node --expose-gc out/bench/profile-heap.js 1000 [snapshot|warm] [changed]
// `warm` starts from the cache the last run left; `changed` edits five sources before the warm start (as the benchmark's updates leave them) and puts them back after.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { SourceEngine } from '../src/core/engine/source-engine';
import { benchEngine } from './bench-engine';
import type { GroundworkIndex } from '../src/core/groundwork-index';
import { NodeCacheFile } from '../src/node/node-cache-file';
import { listFiles, writeCorpus } from './corpus-writer';
import { LoopMonitor } from './loop-monitor';

const n = Number(process.argv[2] ?? 1000);
const snapshot = process.argv.includes('snapshot');
const warmOnly = process.argv.includes('warm');
const changed = process.argv.includes('changed');
const quiet = { info: () => undefined, warn: (m: string) => console.warn(m), debug: () => undefined };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
void main();

async function main(): Promise<void> {
  const files = listFiles(writeCorpus(n, 1).dir);
  const cache = new NodeCacheFile(join(tmpdir(), `groundwork-heap-cache-${n}.jsonl`));
  const loop = new LoopMonitor();
  loop.start();
  if (!warmOnly || !existsSync(cache.path)) {
    rmSync(cache.path, { force: true });
    await run('cold', files, cache, loop);
    // Files written a moment ago are not trusted by their stat: wait until they would be.
    await new Promise((r) => setTimeout(r, 2500));
  }
  const edited = changed ? files.slice(0, 5).map((f) => [f, readFileSync(f)] as const) : [];
  for (const [f, bytes] of edited)
    writeFileSync(f, Buffer.concat([bytes, Buffer.from('\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n')]));
  try {
    await run('warm', files, cache, loop);
  } finally {
    for (const [f, bytes] of edited) writeFileSync(f, bytes);
  }
  loop.stop();
}

/** One start, measured; the engine is dropped after, as a restart drops it. */
async function run(what: string, files: string[], cache: NodeCacheFile, loop: LoopMonitor): Promise<void> {
  const engine = engineOver(files, cache);
  report(what, await timed(what, engine, loop));
  if (what === 'cold') await engine.saveCache();
  engine.dispose();
}

function engineOver(files: string[], cache: NodeCacheFile): SourceEngine {
  return benchEngine(files, cache, quiet);
}

async function timed(what: string, engine: SourceEngine, loop: LoopMonitor): Promise<GroundworkIndex> {
  engine.onDidBuild((r) =>
    console.log(
      what,
      JSON.stringify(r.phases, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
    ),
  );
  const t = performance.now();
  const index = await engine.index();
  console.log(`${what} ${(performance.now() - t).toFixed(0)} ms, event loop waited at most ${loop.maxBetween(t, performance.now()).toFixed(0)} ms`);
  return index;
}

function report(what: string, index: GroundworkIndex): void {
  gc();
  gc();
  console.log(
    `${what} heap after gc ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB (${index.sources.length} sources, ${index.people.length} cards)`,
  );
  if (snapshot) console.log(`  snapshot ${writeHeapSnapshot(join(tmpdir(), `groundwork-${what}-${n}.heapsnapshot`))}`);
}
