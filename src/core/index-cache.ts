import type { SourceRecord } from './corpus-builder';

/** Bump when parsing or name finding changes what a record holds: old caches are then ignored. */
export const INDEX_VERSION = 3;

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

type StoredRecord = SourceRecord;

const NEWLINE = 0x0a;

/**
 * The records by content hash, as lines of JSON (a header, then one record a line) for the host to
 * store. Lines, not one JSON text: a large corpus's cache is longer than the longest string a
 * JavaScript engine allows.
 */
export function writeCache(records: Map<string, SourceRecord>): Uint8Array {
  const encoder = new TextEncoder();
  const lines = [encoder.encode(JSON.stringify({ version: INDEX_VERSION }))];
  for (const [hash, record] of records) {
    const stored: StoredRecord = record;
    lines.push(encoder.encode(JSON.stringify([hash, stored], (_, v) => (v instanceof Int32Array ? { i32: Array.from(v) } : v))));
  }
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length + 1, 0));
  let at = 0;
  for (const line of lines) {
    out.set(line, at);
    out[at + line.length] = NEWLINE;
    at += line.length + 1;
  }
  return out;
}

/** Records by content hash from a stored cache; an unreadable or older cache gives none, a broken line loses only its record. */
export function readCache(bytes: Uint8Array | undefined): Map<string, SourceRecord> {
  const records = new Map<string, SourceRecord>();
  if (!bytes || bytes.length === 0) return records;
  const decoder = new TextDecoder();
  const revive = (_: string, v: unknown) => (v && typeof v === 'object' && Array.isArray((v as { i32?: unknown }).i32) ? Int32Array.from((v as { i32: number[] }).i32) : v);
  let start = 0;
  for (let line = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const text = decoder.decode(bytes.subarray(start, end));
    start = end + 1;
    try {
      if (line === 0) {
        if (JSON.parse(text)?.version !== INDEX_VERSION) return records;
        continue;
      }
      const [hash, r] = JSON.parse(text, revive) as [string, StoredRecord];
      records.set(hash, { parsed: r.parsed, proposedKey: r.proposedKey, people: r.people });
    } catch {
      if (line === 0) return records;
    }
  }
  return records;
}
