import type { ParsedSource } from '../parse-source';
import type { Passage, Source } from '../types';

/**
 * A source taken back from the cache keeps its text, passages and names as the bytes the cache
 * holds until something reads them: a warm start reads none, and a hover or a search reads only
 * the few sources it shows. What the cache kept unread is written back as it came.
 */
export interface UnreadBody {
  bytes: Uint8Array;
  passages: number;
  /** Reads the body: the text and passages. */
  open(): { text: string; passages: Passage[] };
}

const unread = new WeakMap<object, UnreadBody>();

/** The source's body as the cache keeps it, while nothing has read it. */
export function unreadBody(source: Source): UnreadBody | undefined {
  return unread.get(source);
}

/** Makes `text` and `passages` of `parsed` read `body` on first use. Until then, `passageCount` answers without reading. */
export function withUnreadBody(parsed: ParsedSource, body: UnreadBody): void {
  unread.set(parsed, body);
  Object.defineProperties(parsed, FIELDS);
}

/** How many passages a source has, without reading a cached body. */
export function passageCount(source: Source): number {
  return unread.get(source)?.passages ?? source.passages.length;
}

// One pair of accessors for every unread source: a warm start installs them on thousands.
const field = (name: 'text' | 'passages'): PropertyDescriptor => ({
  enumerable: true,
  configurable: true,
  get(this: ParsedSource) {
    return read(this)[name];
  },
  set(this: ParsedSource, value: unknown) {
    // Written before it was read (a key change gives new passages): the other field is read first.
    read(this);
    settle(this, name, value);
  },
});
const FIELDS = { text: field('text'), passages: field('passages') };

function read(parsed: ParsedSource): { text: string; passages: Passage[] } {
  const opened = unread.get(parsed)!.open();
  settle(parsed, 'text', opened.text);
  settle(parsed, 'passages', opened.passages);
  return opened;
}

function settle(parsed: ParsedSource, name: 'text' | 'passages', value: unknown): void {
  unread.delete(parsed);
  Object.defineProperty(parsed, name, { value, writable: true, enumerable: true, configurable: true });
}
