import type { WorkerLike } from '../indexer/worker-indexer';

/**
 * The indexing worker in the Node extension host (worker_threads). Elsewhere (the web worker
 * host of the browser build) there is none and the store indexes in its own thread, in slices.
 * `worker_threads` is required at run time, by a name the bundler does not follow, so the
 * browser bundle of this file has no Node import.
 */
export function nodeWorkerFactory(script: string): (() => WorkerLike) | undefined {
  let threads: typeof import('node:worker_threads') | undefined;
  try {
    threads = typeof require === 'function' ? (require(['node', 'worker_threads'].join(':')) as typeof import('node:worker_threads')) : undefined;
  } catch {
    threads = undefined;
  }
  if (!threads) return undefined;
  const { Worker } = threads;
  return () => {
    const worker = new Worker(script);
    // The worker must not keep the host alive on shutdown.
    worker.unref();
    return worker as unknown as WorkerLike;
  };
}
