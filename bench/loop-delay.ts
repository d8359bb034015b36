import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { CorpusBuilder } from '../src/core/corpus-builder';
import type { SourceInput } from '../src/core/types';
import { Indexer, type WorkerLike } from '../src/indexer/worker-indexer';

export interface LoopFigures {
  /** Reading and parsing every file through the worker, as the extension does (ms). */
  worker_index_ms: number;
  /** The longest the calling thread's event loop waited meanwhile (ms). */
  loop_delay_max_ms: number;
  /** The corpus-wide merge that follows, in the calling thread in slices (ms). */
  merge_ms: number;
  /** The longest the event loop waited during the merge (ms). */
  merge_loop_delay_max_ms: number;
}

/** Indexes `files` the way the extension host does: reads here, parses in the worker, merges here; watches this thread's event loop. */
export async function indexThroughWorker(files: string[]): Promise<LoopFigures> {
  const script = join(__dirname, '..', '..', 'dist', 'index-worker.js');
  const indexer = new Indexer(() => new Worker(script) as unknown as WorkerLike);
  if (!indexer.usesWorker) throw new Error(`no worker from ${script}: run npm run build`);
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const start = performance.now();
  const inputs: SourceInput[] = [];
  for (let i = 0; i < files.length; i += 256) {
    const chunk = await Promise.all(files.slice(i, i + 256).map(async (path) => ({ path, bytes: await readFile(path).catch(() => new Uint8Array()) })));
    inputs.push(...chunk);
  }
  const records = await indexer.records(inputs, () => undefined, { isCancellationRequested: false });
  const workerMs = performance.now() - start;
  histogram.disable();
  const loopMax = histogram.max / 1e6;
  indexer.dispose();
  const builder = new CorpusBuilder();
  for (const r of records!) builder.setRecord(r);
  histogram.reset();
  histogram.enable();
  const mergeStart = performance.now();
  await builder.buildAsync(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const mergeMs = performance.now() - mergeStart;
  histogram.disable();
  return { worker_index_ms: workerMs, loop_delay_max_ms: loopMax, merge_ms: mergeMs, merge_loop_delay_max_ms: histogram.max / 1e6 };
}
