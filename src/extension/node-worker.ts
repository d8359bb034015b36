import { Worker } from 'node:worker_threads';
import type { WorkerLike } from '../indexer/worker-indexer';

/** The indexing worker of the Node extension host (a browser build passes a web Worker instead). */
export function createNodeWorker(script: string): WorkerLike {
  const worker = new Worker(script);
  // The worker must not keep the host alive on shutdown.
  worker.unref();
  return worker as unknown as WorkerLike;
}
