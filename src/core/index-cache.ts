import type { BuilderState, SourceRecord } from './corpus-builder';
import { snapshotLines, SnapshotReader } from './engine/index-snapshot';
import { decodeCachedRecord, encodeCachedRecord, entitiesText, type CachedRecord } from './engine/record-codec';
import { Slicer } from './engine/slices';

/** Bump when parsing or name finding changes what a record holds: old caches are then ignored. */
export const INDEX_VERSION = 9;

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

/** A hash of a text's UTF-16 code units (FNV-1a and the length): the cache's check that a text it holds unparsed is the one it wrote. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}${text.length.toString(36)}`;
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
/** A source's line: its record less the entities, which go as a JSON text (read when first used) with a hash of that text. */
type StoredLine = [path: string, hash: string, mtime: number | null, size: number | null, record: CachedRecord, entities: string, check: string];

/**
 * The cache as lines of JSON (a header, one source a line, then the resolved index when given),
 * made in slices so a host thread keeps answering. Lines, not one JSON text: a large corpus's
 * cache is longer than the longest string a JavaScript engine allows. `resolved` is read as it
 * is written, so it must not change until this is done (the caller checks).
 */
export async function writeCache(entries: Map<string, CacheEntry>, savedAt: number, resolved?: BuilderState, slicer = new Slicer()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const header: Header = { version: INDEX_VERSION, savedAt, sources: entries.size };
  const lines = [encoder.encode(JSON.stringify(header))];
  for (const [path, e] of entries) {
    const entities = entitiesText(e.record);
    const line: StoredLine = [path, e.hash, e.mtime ?? null, e.size ?? null, encodeCachedRecord(e.record), entities, textHash(entities)];
    lines.push(encoder.encode(JSON.stringify(line)));
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

/** A stored cache, read in slices; an unreadable or older cache gives none, a broken line loses only its source. */
export async function readCache(bytes: Uint8Array | undefined, slicer = new Slicer()): Promise<IndexCache> {
  const cache: IndexCache = { entries: new Map(), savedAt: 0 };
  if (!bytes || bytes.length === 0) return cache;
  let sources = 0;
  let snapshot: SnapshotReader | undefined;
  let line = -1;
  for (const text of linesOf(bytes)) {
    line++;
    try {
      if (line === 0) {
        const header = JSON.parse(text) as Header;
        if (header?.version !== INDEX_VERSION) return cache;
        cache.savedAt = header.savedAt ?? 0;
        sources = header.sources ?? 0;
        continue;
      }
      if (line <= sources) {
        const [path, hash, mtime, size, stored, entities, check] = JSON.parse(text) as StoredLine;
        // The entities are parsed only when used: a text changed since it was written is refused now, not then.
        if (typeof entities !== 'string' || textHash(entities) !== check) throw new Error(`the cached names of ${path} are damaged`);
        cache.entries.set(path, { hash, mtime: mtime ?? undefined, size: size ?? undefined, record: decodeCachedRecord(stored, entities) });
      } else {
        // The snapshot holds only when every source line came back.
        if (line === sources + 1 && cache.entries.size === sources) snapshot = new SnapshotReader();
        snapshot?.add(JSON.parse(text) as Parameters<SnapshotReader['add']>[0]);
      }
    } catch {
      if (line === 0) return cache;
      if (line > sources) snapshot = undefined;
    }
    await slicer.tick();
  }
  const resolved = snapshot?.state();
  if (resolved) cache.resolved = resolved;
  return cache;
}

/** The text's lines, decoded a few megabytes at a time (one decoder call per line costs more than the parse of a short one). */
export function* linesOf(bytes: Uint8Array, block = 4 << 20): Generator<string> {
  const decoder = new TextDecoder();
  for (let start = 0; start < bytes.length;) {
    let end = Math.min(bytes.length, start + block);
    if (end < bytes.length) {
      const last = bytes.lastIndexOf(NEWLINE, end);
      end = last >= start ? last + 1 : bytes.indexOf(NEWLINE, end) + 1 || bytes.length;
    }
    const text = decoder.decode(bytes.subarray(start, end));
    start = end;
    for (let at = 0; at < text.length;) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      yield text.slice(at, next);
      at = next + 1;
    }
  }
}
