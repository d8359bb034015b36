import { failedRecord, recordOf, type SourceRecord } from '../corpus-builder';
import type { SourceInput } from '../types';
import type { Cancellation } from './host';
import { cachedRecord } from './record-codec';
import { nextTurn } from './slices';
import { partsOf, type RecordParts } from './worker-protocol';
import { WorkerSlot, type WorkerLike } from './worker-slot';

export type { WorkerLike } from './worker-slot';

export interface IndexerOptions {
  /** Makes an indexing worker; without one, files are parsed in the calling thread in short slices. */
  createWorker?: () => WorkerLike;
  /** How many workers parse at once (the host's cores). */
  workers?: number;
  /** A batch with no answer after this long counts as a hung worker, which is replaced. */
  batchTimeoutMs?: number;
  log?: (message: string) => void;
}

// Small: the host takes in each answer (a structured clone, then the record codec) in one turn.
const BATCH = 5;
/** Batches a worker has at once: the next is there when it answers one, so it does not wait for the host to send it. */
const AHEAD = 2;
/** In-thread indexing gives the event loop a turn at least this often (ms). */
const SLICE_MS = 15;

type Answer = { records: SourceRecord[] } | { error: Error };

/**
 * Parses files and finds their names on a pool of workers when it can; batches are small, so
 * each answer is quick to take in and cancellation takes effect between batches. A worker that
 * dies or hangs is replaced, and the batch it had is done again file by file: the file that
 * kills a worker becomes that file's error, and the rest are indexed.
 */
export class Indexer {
  private readonly slots: WorkerSlot[] = [];
  /** Workers are taken to work once one has answered; until then a dying worker means they do not (a bad script, no threads). */
  private workersWork = false;
  private broken = false;

  constructor(private readonly options: IndexerOptions = {}) {
    if (!options.createWorker) return;
    const count = Math.max(1, options.workers ?? 1);
    for (let i = 0; i < count; i++) this.slots.push(new WorkerSlot(options.createWorker, options.batchTimeoutMs ?? 60_000));
  }

  get usesWorker(): boolean {
    return this.slots.length > 0 && !this.broken;
  }

  /**
   * Records for `inputs` in order, or undefined when cancelled. `progress` gets the count done;
   * `take`, if given, gets the records as they come, in order, so the caller can work on them while the rest are parsed.
   */
  async records(
    inputs: SourceInput[],
    progress: (done: number) => void,
    token: Cancellation,
    take?: (records: SourceRecord[]) => void,
  ): Promise<SourceRecord[] | undefined> {
    const out = new Array<SourceRecord>(inputs.length);
    let next = 0;
    let done = 0;
    let taken = 0;
    const lane = async (slot: WorkerSlot | undefined) => {
      const ahead: Array<{ at: number; batch: SourceInput[]; answer: Promise<Answer> }> = [];
      // After a worker fails, the batches it still had are done again in turn before more are sent.
      let recovering = false;
      const send = () => {
        if (recovering && ahead.length) return;
        recovering = false;
        while (ahead.length < (slot && this.usesWorker ? AHEAD : 1) && next < inputs.length && !token.isCancellationRequested) {
          const at = next;
          const batch = inputs.slice(at, (next += BATCH));
          ahead.push({ at, batch, answer: this.answer(slot, batch) });
        }
      };
      send();
      for (let head = ahead.shift(); head; send(), head = ahead.shift()) {
        const answered = await head.answer;
        if ('error' in answered) recovering = true;
        const records = 'records' in answered ? answered.records : await this.afterFailure(slot!, head.batch, answered.error);
        records.forEach((r, i) => (out[head.at + i] = r));
        progress((done += head.batch.length));
        // A batch that came late (a worker still starting) releases the many parsed after it: a batch's worth a turn.
        while (take && out[taken] !== undefined) {
          const from = taken;
          while (out[taken] !== undefined && taken - from < BATCH) taken++;
          take(out.slice(from, taken));
          if (out[taken] !== undefined) await nextTurn();
        }
      }
    };
    await Promise.all(this.usesWorker ? this.slots.map(lane) : [lane(undefined)]);
    return token.isCancellationRequested ? undefined : out;
  }

  /** Starts one worker ahead of the files it will parse, warmed up on a sample (see `WorkerSlot.warmUp`) while the cache is read. */
  warmUp(): void {
    if (this.usesWorker) this.slots[0].warmUp();
  }

  dispose(): void {
    for (const slot of this.slots) slot.dispose();
  }

  /** A batch's records from the slot's worker, or the error it failed with; parsed here when there is no worker. */
  private async answer(slot: WorkerSlot | undefined, batch: SourceInput[]): Promise<Answer> {
    if (!slot || !this.usesWorker) return { records: await inThread(batch, this.fromParts) };
    try {
      const records = (await slot.run(batch)).map(this.fromParts);
      this.workersWork = true;
      return { records };
    } catch (error) {
      return { error: error as Error };
    }
  }

  private afterFailure(slot: WorkerSlot, batch: SourceInput[], err: Error): Promise<SourceRecord[]> {
    if (!this.workersWork || !this.usesWorker) return this.giveUp(err, batch);
    this.options.log?.(`an indexing worker stopped (${err.message}); starting another`);
    return this.oneByOne(slot, batch);
  }

  /** The batch a worker died on, one file at a time, to find the file that did it. */
  private async oneByOne(slot: WorkerSlot, batch: SourceInput[]): Promise<SourceRecord[]> {
    const out: SourceRecord[] = [];
    for (const input of batch) {
      try {
        out.push(this.fromParts((await slot.run([input]))[0]));
      } catch (err) {
        this.options.log?.(`${input.path} stopped the indexing worker: ${(err as Error).message}`);
        out.push(failedRecord(input.path, `could not index: it stopped the indexing worker (${(err as Error).message})`));
      }
    }
    return out;
  }

  private giveUp(err: Error, batch: SourceInput[]): Promise<SourceRecord[]> {
    if (!this.broken) this.options.log?.(`no indexing worker (${err.message}): indexing in this thread`);
    this.broken = true;
    this.dispose();
    return inThread(batch, this.fromParts);
  }

  /** A record whose body stays the bytes it came as until used. */
  private readonly fromParts = ({ head, body, terms }: RecordParts): SourceRecord => ({
    ...cachedRecord(head, body, (path) => this.options.log?.(`${path}: the indexing worker's record of it did not read back`)),
    terms,
  });
}

/** Parsed here, and kept as a worker's records are, their bodies as bytes until used. */
async function inThread(inputs: SourceInput[], fromParts: (parts: RecordParts) => SourceRecord): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  let slice = performance.now();
  for (const input of inputs) {
    out.push(fromParts(partsOf(recordOf(input))));
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
  return out;
}
