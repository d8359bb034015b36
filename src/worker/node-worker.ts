// Entry of the indexing worker in the Node extension host (worker_threads); see record-batch.ts.
import { parentPort } from 'node:worker_threads';
import { indexBatch, type BatchRequest } from './record-batch';

parentPort!.on('message', (request: BatchRequest) => parentPort!.postMessage(indexBatch(request)));
