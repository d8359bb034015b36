// Times hover cards over the engine's warm start, as the benchmark asks for them, and lists the slowest:
//   npx esbuild bench/profile-hover.ts --bundle --platform=node --outfile=out/bench/profile-hover.js && node [--cpu-prof] out/bench/profile-hover.js 10000
// Uses (and first makes, if need be) the cache profile-engine.ts leaves in the temp dir.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameHover } from '../src/core/features/hover';
import { NodeCacheFile } from '../src/node/node-cache-file';
import { benchEngine } from './bench-engine';
import { listFiles, writeCorpus } from './corpus-writer';
import { hoverLines } from './queries';
import { Random } from './random';

const n = Number(process.argv[2] ?? 10000);
void main();

async function main(): Promise<void> {
  const corpus = writeCorpus(n, 1);
  const engine = benchEngine(listFiles(corpus.dir), new NodeCacheFile(join(tmpdir(), `groundwork-profile-cache-${n}.jsonl`)));
  const index = await engine.index();
  const hovers = hoverLines(new Random(7 + n), corpus.roster, 400);
  const times = hovers.map((h) => {
    const t = performance.now();
    const card = nameHover(index, h.line, h.at);
    return { ms: performance.now() - t, name: h.name, found: card !== undefined };
  });
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  console.log(`${times.length} hovers, ${times.filter((t) => t.found).length} with a card: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${t.ms.toFixed(2)} ms ${t.name}`);
  engine.dispose();
}
