import { recordOf, type SourceRecord } from '../core/corpus-builder';
import type { SourceInput } from '../core/types';

/** A record as it crosses to and from a worker: plain data. */
export type WireRecord = SourceRecord;

export interface BatchRequest {
  id: number;
  inputs: SourceInput[];
}

export interface BatchReply {
  id: number;
  records: WireRecord[];
}

/** The worker's whole job: parse a batch of files and find their names. Host-free, for a Node or a web worker. */
export function indexBatch(request: BatchRequest): BatchReply {
  return {
    id: request.id,
    records: request.inputs.map((input) => {
      return recordOf(input);
    }),
  };
}

export function fromWire(w: WireRecord): SourceRecord {
  return w;
}
