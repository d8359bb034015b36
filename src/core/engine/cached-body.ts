import type { ParsedSource } from '../parse-source';
import type { Source } from '../types';

/**
 * A source taken back from the cache keeps its text, passages and names as the bytes the cache
 * holds until something reads them: a warm start reads none, and a hover or a search reads only
 * the few sources it shows. What the cache kept unread is written back as it came.
 */
export interface UnreadBody {
  bytes: Uint8Array;
  passages: number;
}

const unread = new WeakMap<object, UnreadBody>();

/** The source's body as the cache keeps it, while nothing has read it. */
export function unreadBody(source: Source): UnreadBody | undefined {
  return unread.get(source);
}

/**
 * Makes `text` and `passages` of `parsed` read `body` on first use, through `open`, which gives
 * both. Until then, `passageCount` answers without reading.
 */
export function withUnreadBody(parsed: ParsedSource, body: UnreadBody, open: () => { text: string; passages: ParsedSource['passages'] }): void {
  unread.set(parsed, body);
  const read = () => {
    const opened = open();
    settle(parsed, 'text', opened.text);
    settle(parsed, 'passages', opened.passages);
    return opened;
  };
  for (const field of ['text', 'passages'] as const) {
    Object.defineProperty(parsed, field, {
      enumerable: true,
      configurable: true,
      get: () => read()[field],
      set: (value: unknown) => {
        // Written before it was read (a key change gives new passages): the other field is read first.
        read();
        settle(parsed, field, value);
      },
    });
  }
}

/** How many passages a source has, without reading a cached body. */
export function passageCount(source: Source): number {
  return unread.get(source)?.passages ?? source.passages.length;
}

function settle(parsed: ParsedSource, field: 'text' | 'passages', value: unknown): void {
  unread.delete(parsed);
  Object.defineProperty(parsed, field, { value, writable: true, enumerable: true, configurable: true });
}
