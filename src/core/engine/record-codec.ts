import type { SourceRecord } from '../corpus-builder';
import type { ParsedSource } from '../parse-source';
import type { DocEntity, DocMention, DocPeople } from '../people';
import type { Passage } from '../types';
import { unreadBody, withUnreadBody } from './cached-body';
import { MENTION_WIDTH, PackedEntity, PackedPassage, SENTENCE_WIDTH, type MentionText } from './record-parts';

/**
 * A source's passages as stored: one list of numbers, for each passage its kind (0 body, 1
 * caption), start, end, line, column and sentence count, then six numbers a sentence (start,
 * end, line, column, and the range of its text in the passage's, -1 when it is not a slice of
 * it, then in `odd`). What a passage does not share with the others goes in `extras` by its
 * index: its text when it is not `source.text.slice(start, end)`, HTML offsets as runs of
 * consecutive values, an id other than `idOf` gives.
 */
type StoredPassages = { flat: number[]; extras?: Array<[index: number, extras: PassageExtras]> };
type PassageExtras = { id?: string; sourceKey?: string; text?: string; odd?: string[]; runs?: number[] };
const PASSAGE_HEAD = 6;
const KINDS: Array<Passage['kind']> = ['body', 'caption'];
/** Mentions as four numbers each (start, end, line, column), their texts in `texts` (see `MentionText`; none: the source's). */
type StoredEntity = Omit<DocEntity, 'mentions'> & { mentions: number[] | DocMention[]; texts?: MentionText[] };
type StoredPeople = Omit<DocPeople, 'entities'> & { entities: StoredEntity[] };

/**
 * A source record as it crosses a boundary: to and from the worker, into and out of the cache.
 * Text is sent once, the source's: passages, sentences and mentions go as ranges into it and
 * come back as slices of it, which the engine keeps without copying. Plain JSON: no reviver.
 */
export type StoredRecord = Omit<SourceRecord, 'parsed' | 'people'> & {
  parsed: Omit<ParsedSource, 'passages'> & { passages: StoredPassages };
  people: StoredPeople;
};

/** The stored entities of a decoded record not read since: sent again as they are. */
const unread = new WeakMap<DocPeople, StoredEntity[]>();

/** A record without its entities. */
type CachedRecord = Omit<StoredRecord, 'people'> & { people: Omit<StoredPeople, 'entities'> };

/** What the cache keeps of a record besides its body (text, passages and names): all a warm start reads. */
export type CachedHead = {
  parsed: Omit<ParsedSource, 'text' | 'passages'> & { passages: number };
  proposedKey?: string;
  people: Omit<StoredPeople, 'entities'>;
};

export function encodeRecord(record: SourceRecord): StoredRecord {
  const { people, ...rest } = encodeCachedRecord(record);
  return { ...rest, people: { ...people, entities: unread.get(record.people) ?? storedEntities(record) } };
}

/** A record as the cache keeps it: the head, and the body as bytes (see `encodeBody`), as the cache took it when nothing has read it since. */
export function cachedParts(record: SourceRecord): { head: CachedHead; body: Uint8Array } {
  const held = unreadBody(record.parsed);
  const fields: Record<string, unknown> = {};
  // Field by field, and never `text` or `passages`: reading those would read the body.
  for (const name of Object.keys(record.parsed)) if (name !== 'text' && name !== 'passages') fields[name] = record.parsed[name as keyof ParsedSource];
  const { path, date } = record.people;
  const head: CachedHead = {
    parsed: { ...(fields as Omit<ParsedSource, 'text' | 'passages'>), passages: held?.passages ?? record.parsed.passages.length },
    proposedKey: record.proposedKey,
    people: date === undefined ? { path } : { path, date },
  };
  if (held) return { head, body: held.bytes };
  const stored = encodeRecord(record);
  return { head, body: encodeBody(stored.parsed.passages, stored.people.entities, record.parsed.text) };
}

/**
 * A record from the cache or a worker, its body read on first use. A body that does not read back
 * (the cache was damaged) leaves the source empty with an error saying so, and `damaged` is told.
 */
export function cachedRecord(head: CachedHead, bytes: Uint8Array, damaged: (path: string) => void): SourceRecord {
  const { passages: count, ...fields } = head.parsed;
  // Copied by assigning, not spreading: a spread copy given accessors gets a hidden class of its own, and a warm start makes tens of thousands.
  const parsed = Object.assign({}, fields) as ParsedSource;
  const people = Object.assign({}, head.people) as DocPeople;
  new CachedBody(parsed, people, bytes, count, damaged).unread();
  return { parsed, proposedKey: head.proposedKey, people };
}

/**
 * Lets go of what was read of every body read since this was last done, of whichever index, a
 * step every few thousand: a build rests what was read, without looking at every record it holds.
 * A body goes back to the bytes it came as only when nothing but its key has changed it since
 * (it is read anew when next used); others are left as they are.
 */
export function* restingRead(): Generator<void, void> {
  const read = [...readSinceRest];
  readSinceRest.clear();
  for (let i = 0; i < read.length; i++) {
    read[i].rest();
    if (i % REST_STEP === REST_STEP - 1) yield;
  }
}

/** Bodies put to rest between one pause and the next. */
const REST_STEP = 2000;

/** A cached record's body, by the record's people. */
const bodies = new WeakMap<DocPeople, CachedBody>();
/** Bodies read since `restingRead` last ran. */
const readSinceRest = new Set<CachedBody>();

/**
 * The state of one cached record's body: unread (bytes), or read and maybe changed since. Its
 * parts are read apart: a hover or a search reads the text and passages, the people linker the
 * entities. A part that does not read back leaves what is not read yet empty, and the source is
 * reported damaged (once).
 */
class CachedBody {
  private text: string | undefined;
  private body: { text: string; passages: Passage[] } | undefined;
  private entities: StoredEntity[] | undefined;
  /** The entities as decoded from the body, once read; anything else there was written. */
  private decoded: DocEntity[] | undefined;
  private broken = false;
  written = false;

  constructor(
    private readonly parsed: ParsedSource,
    private readonly people: DocPeople,
    readonly bytes: Uint8Array,
    readonly passages: number,
    private readonly damaged: (path: string) => void,
  ) {}

  /** The text and passages. */
  open(): { text: string; passages: Passage[] } {
    const text = this.readText();
    this.body ??= this.guarded(
      () => {
        const passages = decodePassages({ key: this.parsed.key, text, passages: bodyParts(this.bytes, PASSAGES) as StoredPassages });
        if (passages.length !== this.passages) throw new Error('passages missing');
        return { text, passages };
      },
      { text, passages: [] },
    );
    return this.body;
  }

  /** The entities, made when first read, with the text their mentions are slices of. */
  openEntities(): void {
    readSinceRest.add(this);
    const entities = (this.entities ??= this.guarded(() => checkEntities(bodyParts(this.bytes, ENTITY_PART)), []));
    if (!this.written)
      withUnreadEntities(
        this.people,
        entities,
        () => this.readText(),
        (value) => (this.decoded = value),
      );
  }

  private readText(): string {
    readSinceRest.add(this);
    this.text ??= this.guarded(() => {
      const text = bodyParts(this.bytes, TEXT);
      if (typeof text !== 'string') throw new Error('no text');
      return text;
    }, '');
    return this.text;
  }

  unread(): void {
    this.text = this.body = this.entities = this.decoded = undefined;
    withUnreadBody(this.parsed, this);
    bodies.set(this.people, this);
    Object.defineProperty(this.people, 'entities', ENTITIES);
  }

  rest(): void {
    if ((this.text !== undefined || this.entities) && this.untouched()) this.unread();
  }

  private guarded<T>(read: () => T, empty: T): T {
    if (!this.broken) {
      try {
        return read();
      } catch {
        this.broken = true;
        this.parsed.errors = [...this.parsed.errors, DAMAGED];
        this.damaged(this.parsed.path);
      }
    }
    return empty;
  }

  private untouched(): boolean {
    if (this.written || this.broken) return false;
    // A field still behind its accessor was not read; one read holds what the body gave.
    const holds = (o: object, name: string, value: unknown) => {
      const d = Object.getOwnPropertyDescriptor(o, name);
      return d?.get !== undefined || d?.value === value;
    };
    return holds(this.parsed, 'text', this.body?.text) && holds(this.parsed, 'passages', this.body?.passages) && holds(this.people, 'entities', this.decoded);
  }
}

// One pair of accessors for every unread record's entities.
const ENTITIES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: DocPeople) {
    bodies.get(this)!.openEntities();
    return this.entities;
  },
  set(this: DocPeople, value: DocEntity[]) {
    bodies.get(this)!.written = true;
    settle(this, value);
  },
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const DAMAGED = 'the index cache’s copy of this source was damaged; it is read again from its file';

/**
 * A body as bytes: its passages, entities and text, each JSON, joined by tabs (JSON never holds
 * a raw tab or newline, so the body stays one line of the cache and each part is read alone).
 */
function encodeBody(passages: StoredPassages, entities: StoredEntity[], text: string): Uint8Array {
  return encoder.encode(`${JSON.stringify(passages)}\t${JSON.stringify(entities)}\t${JSON.stringify(text)}`);
}

const TAB = 0x09;
const [PASSAGES, ENTITY_PART, TEXT] = [0, 1, 2];

/** One part of a body, parsed; throws when the body is not three parts. */
function bodyParts(bytes: Uint8Array, part: number): unknown {
  const first = bytes.indexOf(TAB);
  const second = first < 0 ? -1 : bytes.indexOf(TAB, first + 1);
  if (second < 0 || bytes.indexOf(TAB, second + 1) >= 0) throw new Error('not a body');
  const [from, to] = [
    [0, first],
    [first + 1, second],
    [second + 1, bytes.length],
  ][part];
  return JSON.parse(decoder.decode(bytes.subarray(from, to)));
}

function checkEntities(value: unknown): StoredEntity[] {
  if (!Array.isArray(value)) throw new Error('no names');
  const entities = value as StoredEntity[];
  for (const e of entities) {
    if (e.mentions.length % MENTION_WIDTH !== 0 && typeof e.mentions[0] === 'number') throw new Error('an entity with broken mentions');
    if (e.texts?.some((t) => typeof t === 'number' && !(Number.isInteger(t) && t >= 0 && t < e.names.length)))
      throw new Error('a mention whose text is none of its names');
  }
  return entities;
}

/** The record as sent: all but the entities. */
function encodeCachedRecord({ parsed, people, proposedKey }: SourceRecord): CachedRecord {
  // Field by field: a spread would read the entities.
  const { path, date } = people;
  return {
    parsed: { ...parsed, passages: encodePassages(parsed) },
    proposedKey,
    people: date === undefined ? { path } : { path, date },
  };
}

/** The people's entities made from `entities` when first read (`decoded` is given them); until then `encodeRecord` sends them as they are. */
function withUnreadEntities(people: DocPeople, entities: StoredEntity[], text: () => string, decoded?: (entities: DocEntity[]) => void): void {
  unread.set(people, entities);
  Object.defineProperty(people, 'entities', {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = entities.map((e) => decodeEntity(e, text));
      decoded?.(value);
      return settle(people, value);
    },
    set: (value: DocEntity[]) => settle(people, value),
  });
}

function storedEntities({ parsed, people }: SourceRecord): StoredEntity[] {
  return people.entities.map((e) => encodeEntity(e, parsed.text));
}

function settle(people: DocPeople, entities: DocEntity[]): DocEntity[] {
  unread.delete(people);
  Object.defineProperty(people, 'entities', { value: entities, writable: true, enumerable: true, configurable: true });
  return entities;
}

function encodePassages({ key, text: source, passages }: ParsedSource): StoredPassages {
  const flat: number[] = [];
  const extras: StoredPassages['extras'] = [];
  passages.forEach((p, i) => {
    const [sentences, odd] = p instanceof PackedPassage && p.packed ? [p.packedSentences, p.odd ?? []] : packSentences(p);
    flat.push(KINDS.indexOf(p.kind), p.start, p.end, p.line, p.column, sentences.length / SENTENCE_WIDTH, ...sentences);
    const own: PassageExtras = {};
    if (p.id !== idOf(key, i)) own.id = p.id;
    if (p.sourceKey !== key) own.sourceKey = p.sourceKey;
    if (source.slice(p.start, p.end) !== p.text) own.text = p.text;
    if (odd.length) own.odd = odd as string[];
    if (p.offsets) own.runs = toRuns(p.offsets);
    if (Object.keys(own).length) extras.push([i, own]);
  });
  return extras.length ? { flat, extras } : { flat };
}

/** A passage's id as keys are given (`key#n`); none before the source has a key. */
function idOf(key: string, index: number): string {
  return key ? `${key}#${index + 1}` : '';
}

/** The passages back, their sentences left packed; numbers that do not add up are refused. */
function decodePassages({ key, text: source, passages: { flat, extras } }: { key: string; text: string; passages: StoredPassages }): Passage[] {
  const own = new Map(extras);
  // Typed, so the numbers a large corpus holds millions of are four bytes each, outside the collected heap.
  const numbers = Int32Array.from(flat);
  const out: Passage[] = [];
  for (let at = 0; at < flat.length;) {
    const [kind, start, end, line, column, count] = [flat[at], flat[at + 1], flat[at + 2], flat[at + 3], flat[at + 4], flat[at + 5]];
    const from = at + PASSAGE_HEAD;
    const to = from + count * SENTENCE_WIDTH;
    if (!(Number.isInteger(count) && count >= 0 && to <= flat.length && KINDS[kind] && start >= 0 && end >= start))
      throw new Error(`the passages of ${key} are damaged`);
    const x = own.get(out.length) ?? {};
    const passage = new PackedPassage(
      x.id ?? idOf(key, out.length),
      x.sourceKey ?? key,
      KINDS[kind],
      x.text ?? source.slice(start, end),
      start,
      end,
      line,
      column,
      numbers,
      from,
      to,
      x.odd,
    );
    if (x.runs) passage.offsets = fromRuns(x.runs);
    out.push(passage);
    at = to;
  }
  return out;
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

const MENTION_KEYS = 'start,end,line,column,text';

function encodeEntity(e: DocEntity, source: string): StoredEntity {
  if (e instanceof PackedEntity) {
    const { kind, words, names, roles, certain, honorific, packedMentions: mentions, texts } = e;
    const stored: StoredEntity = { kind, words, names, roles, certain, mentions: mentions as number[] };
    if (honorific !== undefined) stored.honorific = honorific;
    if (texts) stored.texts = texts as MentionText[];
    return stored;
  }
  // A mention with more than these fields is kept as it is.
  if (!e.mentions.every((m) => Object.keys(m).join() === MENTION_KEYS)) return e;
  const flat: number[] = [];
  const texts: MentionText[] = [];
  for (const m of e.mentions) {
    flat.push(m.start, m.end, m.line, m.column);
    const name = e.names.findIndex(([n]) => n === m.text);
    texts.push(name >= 0 ? name : source.slice(m.start, m.end) === m.text ? null : m.text);
  }
  return { ...e, mentions: flat, texts };
}

function decodeEntity(e: StoredEntity, source: () => string): DocEntity {
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
