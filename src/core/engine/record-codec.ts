import type { SourceRecord } from '../corpus-builder';
import type { ParsedSource } from '../parse-source';
import type { DocEntity, DocMention, DocPeople } from '../people';
import type { Passage } from '../types';
import { MENTION_WIDTH, PackedEntity, PackedPassage, SENTENCE_WIDTH } from './record-parts';

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

/** The stored entities of a decoded record not read since: sent again as they are. */
const unread = new WeakMap<DocPeople, StoredEntity[]>();

export function encodeRecord({ parsed, people, proposedKey }: SourceRecord): StoredRecord {
  // Field by field: a spread would read the entities.
  const { path, date } = people;
  const entities = unread.get(people) ?? people.entities.map((e) => encodeEntity(e, parsed.text));
  return {
    parsed: { ...parsed, passages: parsed.passages.map((p) => encodePassage(p, parsed.text)) },
    proposedKey,
    people: date === undefined ? { path, entities } : { path, date, entities },
  };
}

/** The record, its sentences and mentions left as numbers until read, and its entities until the linker takes them. */
export function decodeRecord(stored: StoredRecord): SourceRecord {
  const text = stored.parsed.text;
  const parsed: ParsedSource = { ...stored.parsed, passages: stored.parsed.passages.map((p) => decodePassage(p, text)) };
  const { entities, ...rest } = stored.people;
  for (const e of entities) if (e.mentions.length % MENTION_WIDTH !== 0 && typeof e.mentions[0] === 'number') throw new Error('an entity with broken mentions');
  const people = rest as DocPeople;
  unread.set(people, entities);
  Object.defineProperty(people, 'entities', {
    enumerable: true,
    configurable: true,
    get: () =>
      settle(
        people,
        entities.map((e) => decodeEntity(e, text)),
      ),
    set: (value: DocEntity[]) => settle(people, value),
  });
  return { parsed, proposedKey: stored.proposedKey, people };
}

function settle(people: DocPeople, entities: DocEntity[]): DocEntity[] {
  unread.delete(people);
  Object.defineProperty(people, 'entities', { value: entities, writable: true, enumerable: true, configurable: true });
  return entities;
}

function encodePassage(p: Passage, source: string): StoredPassage {
  const { id, sourceKey, kind, text, start, end, line, column, offsets } = p;
  const [flat, odd] = p instanceof PackedPassage && p.packed ? [p.packedSentences as number[], p.odd ?? []] : packSentences(p);
  const stored: StoredPassage = { id, sourceKey, kind, start, end, line, column, sentences: flat };
  if (source.slice(p.start, p.end) !== text) stored.text = text;
  if (odd.length) stored.odd = odd as string[];
  if (offsets) stored.runs = toRuns(offsets);
  return stored;
}

function packSentences({ text, sentences }: Passage): [number[], string[]] {
  const flat: number[] = [];
  const odd: string[] = [];
  let at = 0;
  for (const s of sentences) {
    const from = text.indexOf(s.text, at);
    if (from >= 0) at = from + s.text.length;
    else odd.push(s.text);
    flat.push(s.start, s.end, s.line, s.column, from, from < 0 ? -1 : at);
  }
  return [flat, odd];
}

function decodePassage(p: StoredPassage, source: string): Passage {
  const text = p.text ?? source.slice(p.start, p.end);
  if (p.sentences.length % SENTENCE_WIDTH !== 0) throw new Error(`passage ${p.id} has broken sentences`);
  const passage = new PackedPassage(p.id, p.sourceKey, p.kind, text, p.start, p.end, p.line, p.column, p.sentences, p.odd);
  if (p.runs) passage.offsets = fromRuns(p.runs);
  return passage;
}

const MENTION_KEYS = 'start,end,line,column,text';

function encodeEntity(e: DocEntity, source: string): StoredEntity {
  if (e instanceof PackedEntity) {
    const { kind, words, names, roles, certain, honorific, packedMentions: mentions, texts } = e;
    const stored: StoredEntity = { kind, words, names, roles, certain, mentions: mentions as number[] };
    if (honorific !== undefined) stored.honorific = honorific;
    if (texts) stored.texts = texts as Array<string | null>;
    return stored;
  }
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
  if (mentions.length > 0 && typeof mentions[0] !== 'number') return { ...rest, mentions: mentions as DocMention[] };
  const entity = new PackedEntity(e.kind, e.words, e.names, e.roles, e.certain, mentions as number[], texts, source);
  if (e.honorific !== undefined) entity.honorific = e.honorific;
  return entity;
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
