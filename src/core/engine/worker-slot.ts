import type { SourceInput } from '../types';
import { WARM_UP, type BatchReply, type BatchRequest, type RecordParts } from './worker-protocol';

/** The part of a Node `Worker` or a web `Worker` the indexer uses. */
export interface WorkerLike {
  postMessage(message: BatchRequest): void;
  terminate(): unknown;
  on?(event: 'message' | 'error' | 'exit', listener: (value: never) => void): void;
  addEventListener?(event: 'message' | 'error', listener: (value: never) => void): void;
}

interface InFlight {
  id: number;
  resolve: (records: RecordParts[]) => void;
  reject: (err: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * One worker of the pool. Batches may be sent before the last is answered, so the worker never
 * waits for the host between them; it answers them in order, and only the one it is on is timed.
 * A worker that dies or hangs is dropped with every batch it had, and the next batch gets a new one.
 */
export class WorkerSlot {
  private worker: WorkerLike | undefined;
  private readonly inFlight: InFlight[] = [];
  private nextId = 0;
  /** The warm-up's batch, which the first real one waits for. */
  private warming: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly create: () => WorkerLike,
    private readonly timeoutMs: number,
  ) {}

  /** Rejects when the worker dies, fails to start or does not answer in time. */
  async run(inputs: SourceInput[]): Promise<RecordParts[]> {
    await this.warming;
    return this.send(inputs);
  }

  /**
   * Starts the worker now, and has it parse a sample: loading it, and compiling the parser on its
   * first source, are done by the time a batch comes (a first batch took about 85 ms, the next 20–35).
   */
  warmUp(): void {
    try {
      if (!this.worker) this.warming = this.send([WARM_UP]).catch(() => undefined);
    } catch {
      // A worker that cannot start fails again on the first batch, where the indexer deals with it.
    }
  }

  private send(inputs: SourceInput[]): Promise<RecordParts[]> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.inFlight.push({ id, resolve, reject });
      if (this.inFlight.length === 1) this.time(worker);
      worker.postMessage({ id, inputs });
    });
  }

  /** Starts the clock on the batch the worker is on now. */
  private time(worker: WorkerLike): void {
    const flight = this.inFlight[0];
    if (flight) flight.timer = setTimeout(() => this.fail(worker, new Error(`no answer in ${Math.round(this.timeoutMs / 1000)} s`)), this.timeoutMs);
  }

  dispose(): void {
    if (this.worker) this.fail(this.worker, new Error('indexing stopped'));
  }

  private start(): WorkerLike {
    const worker = this.create();
    const onMessage = (m: BatchReply | { data: BatchReply }) => {
      const reply = 'data' in m ? m.data : m;
      const flight = this.inFlight[0];
      if (worker !== this.worker || !flight || flight.id !== reply.id) return;
      this.inFlight.shift();
      clearTimeout(flight.timer);
      this.time(worker);
      flight.resolve(reply.records);
    };
    const onError = (err: Error | { message?: string }) => this.fail(worker, new Error(err?.message || 'the worker failed'));
    const onExit = (code: number) => this.fail(worker, new Error(`the worker exited with code ${code}`));
    worker.on?.('message', onMessage);
    worker.on?.('error', onError);
    worker.on?.('exit', onExit);
    worker.addEventListener?.('message', onMessage);
    worker.addEventListener?.('error', onError);
    this.worker = worker;
    return worker;
  }

  private fail(worker: WorkerLike, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    void worker.terminate();
    for (const flight of this.inFlight.splice(0)) {
      clearTimeout(flight.timer);
      flight.reject(err);
    }
  }
}
