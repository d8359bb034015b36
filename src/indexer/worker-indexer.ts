import { recordOf, type SourceRecord } from '../core/corpus-builder';
import type { SourceInput } from '../core/types';
import { fromWire, type BatchReply, type BatchRequest } from '../worker/record-batch';

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** The part of a Node `Worker` or a web `Worker` the indexer uses. */
export interface WorkerLike {
  postMessage(message: BatchRequest): void;
  terminate(): unknown;
  on?(event: 'message' | 'error', listener: (value: never) => void): void;
  addEventListener?(event: 'message' | 'error', listener: (value: never) => void): void;
}

const BATCH = 25;
/** In-thread indexing gives the event loop a turn at least this often (ms). */
const SLICE_MS = 15;

/**
 * Parses files and finds their names off the calling thread when it can: batches go to a worker
 * one at a time, so each reply is small to take in and cancellation takes effect between batches.
 * With no worker it works in the calling thread in short slices, yielding between them.
 */
export class Indexer {
  private worker: WorkerLike | undefined;
  private waiting = new Map<number, (reply: BatchReply) => void>();
  private nextId = 0;
  private failed: Error | undefined;

  constructor(createWorker?: () => WorkerLike) {
    try {
      this.worker = createWorker?.();
    } catch {
      this.worker = undefined;
    }
    const onMessage = (m: BatchReply | { data: BatchReply }) => {
      const reply = 'data' in m ? m.data : m;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    };
    const onError = (err: Error) => {
      // A dead worker is not fatal: the rest is indexed in this thread.
      this.failed = err;
      this.worker = undefined;
      for (const resolve of this.waiting.values()) resolve({ id: -1, records: [] });
      this.waiting.clear();
    };
    this.worker?.on?.('message', onMessage as (v: never) => void);
    this.worker?.on?.('error', onError as (v: never) => void);
    this.worker?.addEventListener?.('message', onMessage as (v: never) => void);
    this.worker?.addEventListener?.('error', onError as (v: never) => void);
  }

  get usesWorker(): boolean {
    return this.worker !== undefined;
  }

  get workerError(): Error | undefined {
    return this.failed;
  }

  /** Records for `inputs` in order, or undefined when cancelled. `progress` gets the count done. */
  async records(inputs: SourceInput[], progress: (done: number) => void, token: Cancellation): Promise<SourceRecord[] | undefined> {
    const out: SourceRecord[] = [];
    for (let i = 0; i < inputs.length; ) {
      if (token.isCancellationRequested) return undefined;
      const batch = inputs.slice(i, i + BATCH);
      const records = this.worker ? await this.inWorker(batch) : await inThread(batch);
      // A batch lost with a dying worker is done again here.
      out.push(...(records.length === batch.length ? records : await inThread(batch)));
      i += batch.length;
      progress(i);
    }
    return out;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private inWorker(inputs: SourceInput[]): Promise<SourceRecord[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => resolve(reply.records.map(fromWire)));
      this.worker!.postMessage({ id, inputs });
    });
  }
}

async function inThread(inputs: SourceInput[]): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  let slice = performance.now();
  for (const input of inputs) {
    out.push(recordOf(input));
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
  return out;
}
