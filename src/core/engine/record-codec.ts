import type { SourceRecord } from '../corpus-builder';
import type { ParsedSource } from '../parse-source';
import type { DocEntity, DocMention, DocPeople } from '../people';
import type { Passage, Sentence } from '../types';

/**
 * A passage as stored. Its text is `source.text.slice(start, end)` unless given; its sentences
 * are six numbers each (start, end, line, column, and the range of their text in the passage's,
 * -1 when it is not a slice of it, then in `odd`); HTML offsets are runs of consecutive values.
 */
type StoredPassage = Omit<Passage, 'text' | 'sentences' | 'offsets'> & { text?: string; sentences: number[]; odd?: string[]; runs?: number[] };
/** Mentions as four numbers each (start, end, line, column): their text is the source text there, or in `texts` (null: the source's). */
type StoredEntity = Omit<DocEntity, 'mentions'> & { mentions: number[] | DocMention[]; texts?: Array<string | null> };
type StoredPeople = Omit<DocPeople, 'entities'> & { entities: StoredEntity[] };

/**
 * A source record as it crosses a boundary: to and from the worker, into and out of the cache.
 * Text is sent once, the source's: passages, sentences and mentions go as ranges into it and
 * come back as slices of it, which the engine keeps without copying. Plain JSON: no reviver.
 */
export type StoredRecord = Omit<SourceRecord, 'parsed' | 'people'> & {
  parsed: Omit<ParsedSource, 'passages'> & { passages: StoredPassage[] };
  people: StoredPeople;
};

export function encodeRecord({ parsed, people, proposedKey }: SourceRecord): StoredRecord {
  return {
    parsed: { ...parsed, passages: parsed.passages.map((p) => encodePassage(p, parsed.text)) },
    proposedKey,
    people: { ...people, entities: people.entities.map((e) => encodeEntity(e, parsed.text)) },
  };
}

export function decodeRecord(stored: StoredRecord): SourceRecord {
  const text = stored.parsed.text;
  const parsed: ParsedSource = { ...stored.parsed, passages: stored.parsed.passages.map((p) => decodePassage(p, text)) };
  const people: DocPeople = { ...stored.people, entities: stored.people.entities.map((e) => decodeEntity(e, text)) };
  return { parsed, proposedKey: stored.proposedKey, people };
}

function encodePassage(p: Passage, source: string): StoredPassage {
  const { text, sentences, offsets, ...rest } = p;
  const flat: number[] = [];
  const odd: string[] = [];
  let at = 0;
  for (const s of sentences) {
    const from = text.indexOf(s.text, at);
    if (from >= 0) at = from + s.text.length;
    else odd.push(s.text);
    flat.push(s.start, s.end, s.line, s.column, from, from < 0 ? -1 : at);
  }
  const stored: StoredPassage = { ...rest, sentences: flat };
  if (source.slice(p.start, p.end) !== text) stored.text = text;
  if (odd.length) stored.odd = odd;
  if (offsets) stored.runs = toRuns(offsets);
  return stored;
}

function decodePassage(p: StoredPassage, source: string): Passage {
  const flat = p.sentences;
  const text = p.text ?? source.slice(p.start, p.end);
  const sentences: Sentence[] = [];
  let odd = 0;
  for (let i = 0; i < flat.length; i += 6) {
    const from = flat[i + 4];
    // Literals of one fixed shape: a large corpus holds millions of sentences.
    sentences.push({
      start: flat[i],
      end: flat[i + 1],
      line: flat[i + 2],
      column: flat[i + 3],
      text: from < 0 ? p.odd![odd++] : text.slice(from, flat[i + 5]),
    });
  }
  // A literal, not a spread, for the same reason; the codec's test fails when a field of Passage is left out here.
  const passage: Passage = { id: p.id, sourceKey: p.sourceKey, kind: p.kind, text, start: p.start, end: p.end, line: p.line, column: p.column, sentences };
  if (p.runs) passage.offsets = fromRuns(p.runs);
  return passage;
}

const MENTION_KEYS = 'start,end,line,column,text';

function encodeEntity(e: DocEntity, source: string): StoredEntity {
  // A mention with more than these fields is kept as it is.
  if (!e.mentions.every((m) => Object.keys(m).join() === MENTION_KEYS)) return e;
  const flat: number[] = [];
  const texts: Array<string | null> = [];
  let own = false;
  for (const m of e.mentions) {
    flat.push(m.start, m.end, m.line, m.column);
    const same = source.slice(m.start, m.end) === m.text;
    texts.push(same ? null : m.text);
    own ||= !same;
  }
  return own ? { ...e, mentions: flat, texts } : { ...e, mentions: flat };
}

function decodeEntity(e: StoredEntity, source: string): DocEntity {
  const { mentions, texts, ...rest } = e;
  if (mentions.length === 0 || typeof mentions[0] !== 'number') return { ...rest, mentions: mentions as DocMention[] };
  const flat = mentions as number[];
  const out: DocMention[] = [];
  for (let i = 0; i < flat.length; i += 4) {
    const text = texts?.[i / 4] ?? source.slice(flat[i], flat[i + 1]);
    out.push({ start: flat[i], end: flat[i + 1], line: flat[i + 2], column: flat[i + 3], text });
  }
  return { ...rest, mentions: out };
}

/** Offsets as [first value, length] per run of values that go up by one. */
function toRuns(offsets: Int32Array): number[] {
  const runs: number[] = [];
  for (let i = 0; i < offsets.length;) {
    let j = i + 1;
    while (j < offsets.length && offsets[j] === offsets[j - 1] + 1) j++;
    runs.push(offsets[i], j - i);
    i = j;
  }
  return runs;
}

function fromRuns(runs: number[]): Int32Array {
  let length = 0;
  for (let i = 1; i < runs.length; i += 2) length += runs[i];
  const out = new Int32Array(length);
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) for (let k = 0; k < runs[i + 1]; k++) out[at++] = runs[i] + k;
  return out;
}
