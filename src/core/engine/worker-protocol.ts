import { recordOf, type SourceRecord } from '../corpus-builder';
import { sourceTerms, type SourceTerms } from '../source-terms';
import type { SourceInput } from '../types';
import { cachedParts, type CachedHead } from './record-codec';

/** The messages between the engine and an indexing worker, defined once for both sides. */
export interface BatchRequest {
  id: number;
  inputs: SourceInput[];
}

/** A record as the cache keeps it (the head, and the body as bytes the host keeps unread until used), with its index terms. */
export interface RecordParts {
  head: CachedHead;
  body: Uint8Array;
  terms: SourceTerms;
}

export interface BatchReply {
  id: number;
  records: RecordParts[];
}

/** What a worker parses as it starts, so that its first real batch runs compiled code: news Markdown with front matter, a title, a name and a quote. */
export const WARM_UP: SourceInput = {
  path: 'warm-up.md',
  bytes: new TextEncoder().encode(
    '---\ntitle: Figures revised\ndate: 2024-01-02\noutlet: Reuters\n---\n\nLONDON (Reuters) — Finance Minister Ottoline Quarrington said on Monday that “the figures will be revised,” and her deputy, Corvin Ashgrove, agreed.\n\nQuarrington, 52, told reporters the review would take a month.\n',
  ),
};

/** The worker's whole job: parse a batch of files and find their names. Host-free. */
export function indexBatch(request: BatchRequest): BatchReply {
  return { id: request.id, records: request.inputs.map((input) => partsOf(recordOf(input))) };
}

/** A record as it goes to the engine: the host then neither decodes the body nor finds the terms to index it. */
export function partsOf(record: SourceRecord): RecordParts {
  return { ...cachedParts(record), terms: sourceTerms(record.parsed.passages) };
}

/** The buffers of a reply that are its bodies' alone, handed over to the host rather than copied. */
export function transferables(reply: BatchReply): ArrayBuffer[] {
  return reply.records.filter(({ body }) => body.byteOffset === 0 && body.byteLength === body.buffer.byteLength).map(({ body }) => body.buffer as ArrayBuffer);
}
