import { recordOf, type SourceRecord } from '../core/corpus-builder';
import { namesToStore, type SourceNames } from '../core/people';
import { LineIndex } from '../core/text-position';
import type { SourceInput } from '../core/types';

/** A record as it crosses to and from a worker: the line index is rebuilt on arrival rather than copied. */
export type WireRecord = Omit<SourceRecord, 'names'> & { names: Omit<SourceNames, 'lines'> };

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
      const { parsed, names, proposedKey } = recordOf(input);
      return { parsed, proposedKey, names: namesToStore(names) };
    }),
  };
}

export function fromWire(w: WireRecord): SourceRecord {
  return { parsed: w.parsed, proposedKey: w.proposedKey, names: { ...w.names, lines: new LineIndex(w.parsed.text) } };
}
