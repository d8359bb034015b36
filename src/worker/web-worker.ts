// Entry of the indexing worker for a browser build (a web Worker); the same job as node-worker.ts.
import { indexBatch, type BatchRequest } from './record-batch';

const scope = self as unknown as { onmessage: (e: { data: BatchRequest }) => void; postMessage: (m: unknown) => void };
scope.onmessage = (e) => scope.postMessage(indexBatch(e.data));
