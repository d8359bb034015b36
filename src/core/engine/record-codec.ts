import type { SourceRecord } from '../corpus-builder';
import { namesToStore } from '../people';
import { LineIndex } from '../text-position';

/**
 * A source record as it crosses a boundary: to and from the worker, into and out of the cache.
 * The line index is left out and rebuilt once on arrival: it is cheaper to rebuild than to copy.
 */
export type StoredRecord = Omit<SourceRecord, 'names'> & { names: Omit<SourceRecord['names'], 'lines'> };

export function encodeRecord({ parsed, names, proposedKey }: SourceRecord): StoredRecord {
  return { parsed, proposedKey, names: namesToStore(names) };
}

export function decodeRecord(stored: StoredRecord): SourceRecord {
  return { parsed: stored.parsed, proposedKey: stored.proposedKey, names: { ...stored.names, lines: new LineIndex(stored.parsed.text) } };
}

/** JSON text of a value holding stored records (typed arrays kept as `{ i32: [...] }`). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_, v) => (v instanceof Int32Array ? { i32: Array.from(v) } : v));
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text, (_, v) => (v && typeof v === 'object' && Array.isArray((v as { i32?: unknown }).i32) ? Int32Array.from((v as { i32: number[] }).i32) : v)) as T;
}
