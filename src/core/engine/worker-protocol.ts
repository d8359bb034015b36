import { recordOf } from '../corpus-builder';
import type { SourceInput } from '../types';
import { encodeRecord, type StoredRecord } from './record-codec';

/** The messages between the engine and an indexing worker, defined once for both sides. */
export interface BatchRequest {
  id: number;
  inputs: SourceInput[];
}

export interface BatchReply {
  id: number;
  records: StoredRecord[];
}

/** The worker's whole job: parse a batch of files and find their names. Host-free. */
export function indexBatch(request: BatchRequest): BatchReply {
  return { id: request.id, records: request.inputs.map((input) => encodeRecord(recordOf(input))) };
}
