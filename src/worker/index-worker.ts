// The indexing worker (worker_threads, in the Node extension host, the CLI and the benchmark).
// Its job and messages are defined in the core: src/core/engine/worker-protocol.ts.
import { parentPort } from 'node:worker_threads';
import { indexBatch, transferables, type BatchRequest } from '../core/engine/worker-protocol';

parentPort!.on('message', (request: BatchRequest) => {
  const reply = indexBatch(request);
  parentPort!.postMessage(reply, transferables(reply));
});
