// Times the per-source parse an indexing worker does (recordOf, then encodeRecord) in this thread:
//   npx esbuild bench/profile-parse.ts --bundle --platform=node --outfile=out/bench/profile-parse.js && node [--cpu-prof] out/bench/profile-parse.js 2000
import { readFileSync } from 'node:fs';
import { indexBatch } from '../src/core/engine/worker-protocol';
import { listFiles, writeCorpus } from './corpus-writer';

const files = listFiles(writeCorpus(10000, 1).dir).slice(0, Number(process.argv[2] ?? 2000));
const inputs = files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
const start = performance.now();
const cpuStart = process.cpuUsage();
const reply = indexBatch({ id: 1, inputs });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const kb = (bytes / inputs.length / 1024).toFixed(1);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`${reply.records.length} sources, ${kb} KB avg, ${(ms / inputs.length).toFixed(2)} ms/source (${(cpuMs / inputs.length).toFixed(2)} ms CPU)`);
