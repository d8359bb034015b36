import type { SourceRecord } from './corpus-builder';
import { namesToStore } from './people';
import { LineIndex } from './text-position';

/** Bump when parsing or name finding changes what a record holds: old caches are then ignored. */
export const INDEX_VERSION = 2;

/** A content hash of a file's bytes (two FNV-1a lanes and the length); the cache is keyed by it, not by path or time. */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${bytes.length.toString(36)}`;
}

interface CacheFile {
  version: number;
  records: Record<string, Omit<SourceRecord, 'names'> & { names: Omit<SourceRecord['names'], 'lines'> }>;
}

/** The records by content hash, as one JSON text for the host to store. */
export function writeCache(records: Map<string, SourceRecord>): string {
  const out: CacheFile = { version: INDEX_VERSION, records: {} };
  for (const [hash, { parsed, names, proposedKey }] of records) out.records[hash] = { parsed, proposedKey, names: namesToStore(names) };
  return JSON.stringify(out, (_, v) => (v instanceof Int32Array ? { i32: Array.from(v) } : v));
}

/** Records by content hash from a stored cache; an unreadable or older cache gives none. */
export function readCache(text: string | undefined): Map<string, SourceRecord> {
  const records = new Map<string, SourceRecord>();
  if (!text) return records;
  let file: CacheFile;
  try {
    file = JSON.parse(text, (_, v) => (v && typeof v === 'object' && Array.isArray(v.i32) ? Int32Array.from(v.i32) : v));
  } catch {
    return records;
  }
  if (file?.version !== INDEX_VERSION || typeof file.records !== 'object') return records;
  for (const [hash, r] of Object.entries(file.records)) {
    records.set(hash, { parsed: r.parsed, proposedKey: r.proposedKey, names: { ...r.names, lines: new LineIndex(r.parsed.text) } });
  }
  return records;
}
