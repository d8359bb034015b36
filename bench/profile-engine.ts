// Profiles the engine's cold build and warm start on a generated corpus, with the longest event-loop wait of each:
//   npx esbuild bench/profile-engine.ts --bundle --platform=node --outfile=out/bench/profile-engine.js && node [--expose-gc] [--cpu-prof] out/bench/profile-engine.js 1000 [warm] [changed]
// The cache stays in the temp dir: with `warm`, only the warm start is run, from the cache the last run left.
// With `changed`, five sources differ from the cache at the warm start, as in the benchmark (whose updates leave them so).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceEngine } from '../src/core/engine/source-engine';
import { benchEngine } from './bench-engine';
import { NodeCacheFile } from '../src/node/node-cache-file';
import { listFiles, writeCorpus } from './corpus-writer';
import { LoopMonitor } from './loop-monitor';

const n = Number(process.argv[2] ?? 1000);
const warmOnly = process.argv[3] === 'warm';
const changed = process.argv[4] === 'changed';
const quiet = { info: () => undefined, warn: (m: string) => console.warn(m), debug: () => undefined };
void main();

async function main(): Promise<void> {
  const files = listFiles(writeCorpus(n, 1).dir);
  const cache = new NodeCacheFile(join(tmpdir(), `groundwork-profile-cache-${n}.jsonl`));
  const loop = new LoopMonitor();
  loop.start();
  if (!warmOnly || !existsSync(cache.path)) {
    await coldStart(files, cache, loop);
    // As the benchmark does: a restart is a new process, with no old index left to collect.
    (globalThis as { gc?: () => void }).gc?.();
    // Files written a moment ago are not trusted by their stat: wait until they would be.
    await new Promise((r) => setTimeout(r, 2500));
  }
  const edited = changed ? Array.from({ length: 5 }, (_, i) => files[Math.floor(((i + 0.5) * files.length) / 5)]) : [];
  const originals = edited.map((f) => readFileSync(f));
  edited.forEach((f, i) =>
    writeFileSync(f, Buffer.concat([originals[i], Buffer.from('\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n')])),
  );
  try {
    (await timedStart(files, cache, loop, 'warm')).dispose();
  } finally {
    edited.forEach((f, i) => writeFileSync(f, originals[i]));
  }
  loop.stop();
}

/** A cold build, saved; the engine is not kept (a local in `main` would keep the whole index through the warm start). */
async function coldStart(files: string[], cache: NodeCacheFile, loop: LoopMonitor): Promise<void> {
  const cold = await timedStart(files, cache, loop, 'cold');
  await cold.saveCache();
  cold.dispose();
}

async function timedStart(files: string[], cache: NodeCacheFile, loop: LoopMonitor, what: string): Promise<SourceEngine> {
  const engine = benchEngine(files, cache, quiet);
  engine.onDidBuild((r) => console.log(what, JSON.stringify(r)));
  const t = performance.now();
  await engine.index();
  console.log(`${what} ${(performance.now() - t).toFixed(0)} ms, event loop waited at most ${loop.maxBetween(t, performance.now()).toFixed(0)} ms`);
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`${what} heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
  for (const g of (loop as unknown as { gaps: Array<{ from: number; ms: number }> }).gaps)
    if (g.from >= t && g.ms > 40) console.log(`  gap at ${(g.from - t).toFixed(0)} ms: ${g.ms.toFixed(0)} ms`);
  return engine;
}
