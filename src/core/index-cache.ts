import type { BuilderState, SourceRecord } from './corpus-builder';
import { snapshotLines, SnapshotReader } from './engine/index-snapshot';
import { cachedParts, cachedRecord, type CachedHead } from './engine/record-codec';
import { Slicer } from './engine/slices';

/** Bump when parsing or name finding changes what a record holds: old caches are then ignored. */
export const INDEX_VERSION = 10;

/** A content hash of a file's bytes (two FNV-1a lanes and the length); a cached record is used only for the same content. */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${bytes.length.toString(36)}`;
}

/** What the cache keeps of one source file: its record, the hash of the content it came from, and the file's stat then. */
export interface CacheEntry {
  hash: string;
  mtime?: number;
  size?: number;
  record: SourceRecord;
}

export interface IndexCache {
  /** By path. */
  entries: Map<string, CacheEntry>;
  /** When the cache was written (ms since the epoch): a file changed within a moment of that is not trusted by its stat. */
  savedAt: number;
  /** The resolved index over exactly these records, when it was saved with them and every line of it was read. */
  resolved?: BuilderState;
}

interface Header {
  version?: number;
  savedAt?: number;
  /** How many source lines follow; the snapshot's lines come after them. */
  sources?: number;
}

const NEWLINE = 0x0a;
/** A source's line: its record's head and the length of its body, which is the next line (JSON, read when the source is first used). */
type HeadLine = [path: string, hash: string, mtime: number | null, size: number | null, head: CachedHead, body: number];

/**
 * The cache as lines of JSON (a header, two lines a source, then the resolved index when given),
 * made in slices so a host thread keeps answering. Lines, not one JSON text: a large corpus's
 * cache is longer than the longest string a JavaScript engine allows. A source's body goes out
 * as the bytes it came in when nothing read it. `resolved` is read as it is written, so it must
 * not change until this is done (the caller checks).
 */
export async function writeCache(entries: Map<string, CacheEntry>, savedAt: number, resolved?: BuilderState, slicer = new Slicer()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const header: Header = { version: INDEX_VERSION, savedAt, sources: entries.size };
  const lines: Uint8Array[] = [encoder.encode(JSON.stringify(header))];
  for (const [path, e] of entries) {
    const { head, body } = cachedParts(e.record);
    const line: HeadLine = [path, e.hash, e.mtime ?? null, e.size ?? null, head, body.length];
    lines.push(encoder.encode(JSON.stringify(line)), body);
    await slicer.tick();
  }
  if (resolved) {
    for (const line of snapshotLines(resolved)) {
      lines.push(encoder.encode(JSON.stringify(line)));
      await slicer.tick();
    }
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

/**
 * A stored cache, read in slices; an unreadable or older cache gives none, a broken line loses
 * only its source. Bodies are kept as bytes until used; `damaged` hears of one that does not
 * read back then.
 */
export async function readCache(bytes: Uint8Array | undefined, slicer = new Slicer(), damaged: (path: string) => void = () => undefined): Promise<IndexCache> {
  const cache: IndexCache = { entries: new Map(), savedAt: 0 };
  if (!bytes || bytes.length === 0) return cache;
  const decoder = new TextDecoder();
  let sources = 0;
  let snapshot: SnapshotReader | undefined;
  let line = -1;
  let head: HeadLine | undefined;
  for (const [from, to] of lineRanges(bytes)) {
    line++;
    try {
      if (line === 0) {
        const header = JSON.parse(decoder.decode(bytes.subarray(from, to))) as Header;
        if (header?.version !== INDEX_VERSION) return cache;
        cache.savedAt = header.savedAt ?? 0;
        sources = header.sources ?? 0;
        continue;
      }
      if (line <= 2 * sources) {
        if (line % 2 === 1) {
          head = undefined;
          head = JSON.parse(decoder.decode(bytes.subarray(from, to))) as HeadLine;
          continue;
        }
        const [path, hash, mtime, size, stored, length] = head ?? [];
        // A body of another length is not the one its head was written with.
        if (path === undefined || stored === undefined || length !== to - from) continue;
        // A copy: the file's buffer can go once the cache is read.
        const record = cachedRecord(stored, bytes.slice(from, to), damaged);
        cache.entries.set(path, { hash: hash!, mtime: mtime ?? undefined, size: size ?? undefined, record });
      } else {
        // The snapshot holds only when every source came back.
        if (line === 2 * sources + 1 && cache.entries.size === sources) snapshot = new SnapshotReader();
        snapshot?.add(JSON.parse(decoder.decode(bytes.subarray(from, to))) as Parameters<SnapshotReader['add']>[0]);
      }
    } catch {
      if (line === 0) return cache;
      if (line > 2 * sources) snapshot = undefined;
    }
    await slicer.tick();
  }
  const resolved = snapshot?.state();
  if (resolved) cache.resolved = resolved;
  return cache;
}

/** Where each line of the bytes starts and ends (the newline left out). */
export function* lineRanges(bytes: Uint8Array): Generator<[number, number]> {
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    yield [start, end];
    start = end + 1;
  }
}
