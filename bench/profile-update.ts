// Profiles one-file updates as the benchmark makes them (a paragraph naming a new person), each with its phases and longest event-loop wait:
//   npm run build && npx esbuild bench/profile-update.ts --bundle --platform=node --outfile=out/bench/profile-update.js && node out/bench/profile-update.js 10000 [updates] [profile.cpuprofile]
// The index starts warm from a cache kept in the temp dir (built cold on the first run); with a third argument, a CPU profile of the updates alone is written there.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildReport } from '../src/core/engine/build-report';
import { benchEngine } from './bench-engine';
import { NodeCacheFile } from '../src/node/node-cache-file';
import { listFiles, writeCorpus } from './corpus-writer';
import { LoopMonitor } from './loop-monitor';

void main();

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const count = Number(process.argv[3] ?? 5);
  const profile = process.argv[4];
  const files = listFiles(writeCorpus(n, 1).dir);
  const cache = new NodeCacheFile(join(tmpdir(), `groundwork-profile-update-${n}.jsonl`));
  const engine = benchEngine(files, cache);
  let report: BuildReport | undefined;
  engine.onDidBuild((r) => (report = r));
  const loop = new LoopMonitor();
  loop.start();
  let t = performance.now();
  await engine.index();
  console.log(
    `start ${(performance.now() - t).toFixed(0)} ms (${report!.parsed} parsed, merge ${report!.phases.merge.toFixed(0)} ms), loop max ${loop.maxBetween(t, performance.now()).toFixed(0)} ms`,
  );
  await engine.saveCache();
  const session = new Session();
  if (profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  for (let i = 0; i < count; i++) {
    const file = files[Math.floor(((i + 0.5) * files.length) / count)];
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('\n\nFinance Minister Ottoline Quarrington said the figures would be revised.\n')]));
    t = performance.now();
    await engine.refresh([file]);
    const ms = performance.now() - t;
    const p = report!.phases;
    console.log(
      `update ${ms.toFixed(1)} ms: read ${p.read.toFixed(1)}, parse ${p.parse.toFixed(1)}, merge ${p.merge.toFixed(1)}; loop max ${loop.maxBetween(t, performance.now()).toFixed(0)} ms`,
    );
    writeFileSync(file, original);
    await engine.refresh([file]);
  }
  if (profile) writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile));
  loop.stop();
  engine.dispose();
}
