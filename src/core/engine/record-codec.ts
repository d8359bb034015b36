import type { SourceRecord } from '../corpus-builder';
import type { ParsedSource } from '../parse-source';
import type { Passage, Sentence } from '../types';

/** A sentence as stored: its text is `passage.text.slice(from, to)`, not a copy. */
type StoredSentence = Omit<Sentence, 'text'> & { from: number; to: number; text?: string };
/** A passage as stored: a verbatim passage's text is `source.text.slice(start, end)`, not a copy. */
type StoredPassage = Omit<Passage, 'text' | 'sentences'> & { text?: string; sentences: StoredSentence[] };

/**
 * A source record as it crosses a boundary: to and from the worker, into and out of the cache.
 * Text is sent once, the source's: passages and sentences go as ranges into it and come back
 * as slices of it, which the engine keeps without copying. The people data is plain already.
 */
export type StoredRecord = Omit<SourceRecord, 'parsed'> & {
  parsed: Omit<ParsedSource, 'passages'> & { passages: StoredPassage[] };
};

export function encodeRecord({ parsed, people, proposedKey }: SourceRecord): StoredRecord {
  return { parsed: { ...parsed, passages: parsed.passages.map((p) => encodePassage(p, parsed.text)) }, proposedKey, people };
}

export function decodeRecord(stored: StoredRecord): SourceRecord {
  const text = stored.parsed.text;
  const parsed: ParsedSource = { ...stored.parsed, passages: stored.parsed.passages.map((p) => decodePassage(p, text)) };
  return { parsed, proposedKey: stored.proposedKey, people: stored.people };
}

function encodePassage(p: Passage, source: string): StoredPassage {
  const { text, sentences, ...rest } = p;
  let at = 0;
  const stored: StoredSentence[] = sentences.map(({ text: s, ...place }) => {
    const from = text.indexOf(s, at);
    if (from < 0) return { ...place, from: 0, to: 0, text: s };
    at = from + s.length;
    return { ...place, from, to: at };
  });
  return { ...rest, ...(source.slice(p.start, p.end) === text ? {} : { text }), sentences: stored };
}

function decodePassage(p: StoredPassage, source: string): Passage {
  const { sentences, text: own, ...rest } = p;
  const text = own ?? source.slice(p.start, p.end);
  // Literals of one fixed shape: a large corpus holds millions of sentences.
  return {
    ...rest,
    text,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, line: s.line, column: s.column, text: s.text ?? text.slice(s.from, s.to) })),
  };
}

/** JSON text of a value holding stored records (typed arrays kept as `{ i32: [...] }`). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Int32Array ? { i32: Array.from(v) } : v));
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text, (_, v: unknown) =>
    v && typeof v === 'object' && Array.isArray((v as { i32?: unknown }).i32) ? Int32Array.from((v as { i32: number[] }).i32) : v,
  ) as T;
}
