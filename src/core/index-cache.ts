import { CacheBytes } from './cache-bytes';
import type { BuilderState, SourceRecord } from './corpus-builder';
import { snapshotLines, SnapshotReader, type Line, type SourceList } from './engine/index-snapshot';
import { cachedParts, cachedRecord, type CachedHead } from './engine/record-codec';
import { Slicer } from './engine/slices';

/** Bump when parsing or name finding changes what a record holds: old caches are then ignored. */
export const INDEX_VERSION = 18;

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
  /** The byte order of the snapshot's integers: a cache moved to a machine of the other order is not read. */
  littleEndian?: boolean;
  /** How many lines the resolved index takes: one that lost lines (a cut or damaged file) is not taken back. */
  snapshotLines?: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const NEWLINE = 0x0a;
/** A line of the resolved index, and how many integers follow it. */
type CarriedLine = [line: Line, ints: number];
/** A source's line: its record's head and the length of its body, which is the next line (JSON, read when the source is first used). */
type HeadLine = [path: string, hash: string, mtime: number | null, size: number | null, head: CachedHead, body: number];

/**
 * The cache as lines of JSON (a header, two lines a source, then the resolved index when given),
 * made in slices so a host thread keeps answering. A line of the resolved index says how many
 * integers it carries, and they follow it raw, ended by a newline. Lines, not one JSON text: a large corpus's
 * cache is longer than the longest string a JavaScript engine allows. A source's body goes out
 * as the bytes it came in when nothing read it. `resolved` is read as it is written, so it must
 * not change until this is done (the caller checks).
 */
export async function writeCache(entries: Map<string, CacheEntry>, savedAt: number, resolved?: BuilderState, slicer = new Slicer()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const header: Header = { version: INDEX_VERSION, savedAt, sources: entries.size, littleEndian: LITTLE_ENDIAN };
  const lines: Uint8Array[] = [encoder.encode(JSON.stringify(header))];
  let written = lines[0].length + 1;
  const push = (line: Uint8Array) => {
    lines.push(line);
    written += line.length + 1;
  };
  for (const [path, e] of entries) {
    const { head, body } = cachedParts(e.record);
    const line: HeadLine = [path, e.hash, e.mtime ?? null, e.size ?? null, pathless(head, path), body.length];
    push(encoder.encode(JSON.stringify(line)));
    push(body);
    await slicer.tick();
  }
  if (resolved) {
    header.snapshotLines = 0;
    for (const [line, ints] of snapshotLines(resolved, sourceList(entries))) {
      const carried = encoder.encode(JSON.stringify([line, ints?.length ?? 0] satisfies CarriedLine));
      // Integers start at a multiple of four bytes, so that a reader can take them as they lie.
      push(ints?.length ? padded(carried, -(written + 1)) : carried);
      if (ints?.length) push(new Uint8Array(ints.buffer, ints.byteOffset, ints.byteLength));
      header.snapshotLines++;
      await slicer.tick();
    }
    // Of the length the first one had, modulo four, to keep the integers where they were put.
    lines[0] = padded(encoder.encode(JSON.stringify(header)), lines[0].length);
  }
  // Joined in slices too: copying a large corpus's cache in one turn held the host for half a second.
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length + 1, 0));
  let at = 0;
  for (const line of lines) {
    out.set(line, at);
    out[at + line.length] = NEWLINE;
    at += line.length + 1;
    await slicer.tick();
  }
  return out;
}

/**
 * A stored cache, read in slices; an unreadable or older cache gives none, a broken line loses
 * only its source. Bodies are kept as bytes until used; `damaged` hears of one that does not
 * read back then.
 */
export async function readCache(
  stored: Uint8Array | readonly Uint8Array[] | undefined,
  slicer = new Slicer(),
  damaged: (path: string) => void = () => undefined,
): Promise<IndexCache> {
  const cache: IndexCache = { entries: new Map(), savedAt: 0 };
  const bytes = stored && new CacheBytes(stored);
  if (!bytes || bytes.length === 0) return cache;
  const reader = new CacheReader(bytes);
  const header = reader.json<Header>();
  if (header?.version !== INDEX_VERSION || header.littleEndian !== LITTLE_ENDIAN) return cache;
  cache.savedAt = header.savedAt ?? 0;
  const sources = header.sources ?? 0;
  const heads: Array<[HeadLine, number, number]> = [];
  for (let n = 0; n < sources && !reader.done; n++) {
    const head = reader.json<HeadLine>();
    const [from, to] = reader.line(Array.isArray(head) ? head[5] : undefined);
    // A body of another length is not the one its head was written with.
    if (Array.isArray(head) && head[4]?.parsed instanceof Object && head[4].people instanceof Object && head[5] === to - from) heads.push([head, from, to]);
    await slicer.tick();
  }
  await keepBodies(cache, bytes, heads, damaged, slicer);
  // The resolved index holds only when every source came back.
  let snapshot = cache.entries.size === sources && !reader.done ? new SnapshotReader(sourceList(cache.entries)) : undefined;
  let read = 0;
  while (snapshot && !reader.done) {
    try {
      const [line, count] = reader.json<CarriedLine>() ?? [];
      snapshot.add(line!, reader.ints(count!));
      read++;
    } catch {
      snapshot = undefined;
    }
    await slicer.tick();
  }
  if (read !== header.snapshotLines) snapshot = undefined;
  const resolved = snapshot?.state();
  if (resolved) cache.resolved = resolved;
  return cache;
}

/** A line of JSON with spaces after it (which JSON allows), to make its length `length` modulo four. */
function padded(line: Uint8Array, length: number): Uint8Array {
  const pad = (((length - line.length) % 4) + 4) % 4;
  if (pad === 0) return line;
  const out = new Uint8Array(line.length + pad).fill(0x20);
  out.set(line);
  return out;
}

/** Each record's key and path, in the cache's order: the snapshot's cards name their sources by their place here. */
function sourceList(entries: Map<string, CacheEntry>): SourceList {
  return [...entries].map(([path, e]) => [e.record.parsed.key, path] as const);
}

/**
 * The records of the heads read, their bodies views of the parts the cache came in, or of copies
 * of its source lines, a few megabytes a copy, when it came whole (one copy of a large corpus's
 * lines held the host for a tenth of a second): the parts that hold none, or the whole, can go
 * once the cache is read.
 */
async function keepBodies(
  cache: IndexCache,
  bytes: CacheBytes,
  heads: Array<[HeadLine, number, number]>,
  damaged: (path: string) => void,
  slicer: Slicer,
): Promise<void> {
  let kept = new Uint8Array(0);
  let start = 0;
  for (let n = 0; n < heads.length; n++) {
    const [[path, hash, mtime, size, stored], from, to] = heads[n];
    if (bytes.whole && to > start + kept.length) {
      start = from;
      let end = to;
      for (let i = n + 1; i < heads.length && heads[i][2] - start <= KEPT_CHUNK; i++) end = heads[i][2];
      // A copy, not a view (which a Node Buffer's `slice` is): a view would keep the whole.
      kept = new Uint8Array(bytes.range(start, end));
    }
    const body = bytes.whole ? kept.subarray(from - start, to - start) : bytes.range(from, to);
    const record = cachedRecord(withPath(stored, path), body, damaged);
    cache.entries.set(path, { hash, mtime: mtime ?? undefined, size: size ?? undefined, record });
    await slicer.tick();
  }
}

/** A head less the copies of its line's path that a record holds (its source's and its people's): read back, they are the line's one string. */
function pathless(head: CachedHead, path: string): CachedHead {
  const { path: parsedPath, ...parsed } = head.parsed;
  const { path: peoplePath, ...people } = head.people;
  return { ...head, parsed: parsedPath === path ? parsed : head.parsed, people: peoplePath === path ? people : head.people } as CachedHead;
}

function withPath(head: CachedHead, path: string): CachedHead {
  head.parsed.path ??= path;
  head.people.path ??= path;
  return head;
}

/** Bytes of source lines copied at once. */
const KEPT_CHUNK = 8 << 20;

/** Reads a cache's lines in turn, and the raw integers after a line that carries them; a line that does not parse reads as undefined. */
class CacheReader {
  private at = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly bytes: CacheBytes) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** The next line's byte range, the newline left out; a line said to be `length` bytes long is not searched for its end when it has one there. */
  line(length?: number): [number, number] {
    const from = this.at;
    const end = from + (length ?? -1);
    let to =
      Number.isInteger(length) && length! >= 0 && (end === this.bytes.length || this.bytes.at(end) === NEWLINE) ? end : this.bytes.indexOf(NEWLINE, from);
    if (to < 0) to = this.bytes.length;
    this.at = to + 1;
    return [from, to];
  }

  json<T>(): T | undefined {
    const [from, to] = this.line();
    try {
      return JSON.parse(this.decoder.decode(this.bytes.range(from, to))) as T;
    } catch {
      return undefined;
    }
  }

  /**
   * `count` integers: a view of the part they lie in when they are aligned in one part of a
   * cache read in parts, else a copy (a view of a whole cache would keep all of it); throws
   * when they are cut short or not ended by a newline.
   */
  ints(count: number): Int32Array {
    if (!Number.isInteger(count) || count < 0) throw new Error('a count that is no count');
    const from = this.at;
    const to = from + 4 * count;
    if (count === 0) return new Int32Array(0);
    if (to > this.bytes.length || (to < this.bytes.length && this.bytes.at(to) !== NEWLINE)) throw new Error('integers cut short');
    this.at = to + 1;
    const range = this.bytes.range(from, to);
    if (!this.bytes.whole && range.byteOffset % 4 === 0 && this.bytes.isView(range)) return new Int32Array(range.buffer, range.byteOffset, count);
    const out = new Int32Array(count);
    new Uint8Array(out.buffer).set(range);
    return out;
  }
}

/** Where each line of the bytes starts and ends (the newline left out), as the cache's reader finds them. */
export function* lineRanges(bytes: Uint8Array): Generator<[number, number]> {
  const reader = new CacheReader(new CacheBytes(bytes));
  while (!reader.done) yield reader.line();
}
