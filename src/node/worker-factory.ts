import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexerOptions, WorkerLike } from '../core/engine/indexer';

/** Indexing workers on worker_threads from the bundled worker script, one per core (at most four). */
export function nodeWorkers(script: string): IndexerOptions {
  return {
    workers: Math.max(1, Math.min(4, availableParallelism())),
    createWorker: () => {
      const worker = new Worker(script);
      // A worker must not keep its process alive on shutdown.
      worker.unref();
      return worker as unknown as WorkerLike;
    },
  };
}
