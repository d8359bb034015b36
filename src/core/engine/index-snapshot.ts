import type { BuilderState } from '../corpus-builder';
import type { IdList } from '../passage-candidates';
import { checkPacked, MENTION_WIDTH, mentionCount, packedMentions, withPackedMentions } from '../people/packed-mentions';
import { packHolders, PackedHolders, SourceKeys, type Holders } from '../people/holders';
import type { HolderTable, LinkerState } from '../people/linker';
import type { TallyState } from '../people/tally';
import type { Person } from '../types';

/**
 * The resolved index (citation keys, passage postings, the people linker's tables and cards) as
 * lines of JSON beside the sources' records, so a restart takes it back instead of merging the
 * corpus again. Lines of bounded size: each is parsed in one short step. The numbers of postings
 * and card mentions (most of a snapshot) go beside their line as one block of 32-bit integers,
 * which reads back at the speed of a copy. Card mentions stay packed until a card is used.
 */

/** About this many numbers (or values of a table) to a line. */
const WEIGHT = 20_000;
const TABLES = ['keyed', 'indexedKeys', 'linkedKeys'] as const;

export type Line =
  | [kind: 'builder' | 'people', name: string, value: unknown]
  | ['holders', HolderTable, Lists & { extra?: string[] }]
  | ['passages', PassageHead]
  | ['postings' | 'bySource', Lists]
  | ['cards', CardLine];
/** A line and the integers that go with it. */
export type SnapshotLine = [line: Line, ints?: Int32Array];
type PassageHead = { ids: number; dead: number };
/** Lists of ids by name (or by the number of the source whose key names it): each name's count of the line's integers, in order. */
type Lists = { names: Array<string | number>; counts: number[] };
/**
 * Cards with their mentions packed (see `PackedMentions`), indexing the line's tables of sources and
 * texts; each card's count of the line's integers. A source is the number of its record in the
 * cache (whose key and path are the record's), or its key and path when it has none there.
 */
type CardLine = {
  sources: Array<number | [key: string, path: string]>;
  texts: string[];
  cards: Array<[owner: string, card: Omit<Person, 'mentions'>, count: number, tally?: TallyState]>;
};

/** A source's key and path, by the number its record has among those written with the snapshot. */
export type SourceList = ReadonlyArray<readonly [key: string, path: string]>;

/** The snapshot's lines; `sources` are the records written with it, which its cards name by number rather than by key and path. */
export function* snapshotLines(state: BuilderState, sources: SourceList = []): Generator<SnapshotLine> {
  const refs = new SourceNumbers(sources);
  for (const name of TABLES) for (const line of tableLines('builder', name, state[name], refs)) yield [line];
  for (const [name, value] of Object.entries(state.people.tables)) for (const line of tableLines('people', name, value, refs)) yield [line];
  for (const [name, table] of Object.entries(state.people.holders) as Array<[HolderTable, Map<string, Holders>]>)
    for (const part of chunks([...table], ([, h]) => (h instanceof PackedHolders ? h.ints.length : 3 * h.size))) yield holdersLine(name, part, refs);
  const { postings, bySource } = state.passages;
  const renumber = liveIds(state.passages.ids, bySource);
  yield [['passages', { ids: renumber.live, dead: 0 }]];
  for (const part of chunks(postings, ([, ids]) => ids.length)) yield listsLine('postings', part, renumber.ids);
  for (const part of chunks(bySource, ([, ids]) => ids.length)) yield listsLine('bySource', part, renumber.ids, refs);
  for (const part of chunks([...state.people.cards], ([, card]) => mentionCount(card))) yield encodeCards(part, state.people.tallies, refs);
}

/** Lists of ascending ids, renumbered and those gone left out; with `refs`, a list named by a source's key is named by the source's number. */
function listsLine(kind: 'postings' | 'bySource', part: Array<[string, IdList]>, renumber: Int32Array, refs?: SourceNumbers): SnapshotLine {
  const lists: Lists = { names: [], counts: [] };
  const ints: number[] = [];
  for (const [name, ids] of part) {
    const before = ints.length;
    for (const id of ids) if (renumber[id] >= 0) ints.push(renumber[id]);
    lists.names.push(refs?.byKey(name) ?? name);
    lists.counts.push(ints.length - before);
  }
  return [[kind, lists], Int32Array.from(ints)];
}

/** Holders as integers (see `PackedHolders`), a source by its number, or past the numbers by its place in `extra` when it has none. */
function holdersLine(name: HolderTable, part: Array<[string, Holders]>, refs: SourceNumbers): SnapshotLine {
  const lists: Lists & { extra?: string[] } = { names: [], counts: [] };
  const extra = new Map<string, number>();
  const numberOf = (key: string) => {
    const n = refs.byKey(key);
    if (n !== undefined) return n;
    if (!extra.has(key)) extra.set(key, extra.size);
    return refs.sources.length + extra.get(key)!;
  };
  const ints: number[] = [];
  for (const [key, holders] of part) {
    const packed = packHolders(holders, numberOf);
    for (const n of packed) ints.push(n);
    lists.names.push(key);
    lists.counts.push(packed.length);
  }
  if (extra.size) lists.extra = [...extra.keys()];
  return [['holders', name, lists], Int32Array.from(ints)];
}

/**
 * New ids for the live passages, in the same order: a removed passage's id stays in the postings
 * until a restart, and the snapshot leaves it out rather than carry it into every session after.
 */
function liveIds(count: number, bySource: Array<[string, IdList]>): { ids: Int32Array; live: number } {
  const ids = new Int32Array(count).fill(-1);
  for (const [, list] of bySource) for (const id of list) ids[id] = 0;
  let live = 0;
  for (let id = 0; id < count; id++) if (ids[id] === 0) ids[id] = live++;
  return { ids, live };
}

/** Consecutive runs of `items` whose weights add up to about `WEIGHT` each: lines of about the same size whatever the corpus. */
function* chunks<T>(items: T[], weight: (item: T) => number): Generator<T[]> {
  let part: T[] = [];
  let total = 0;
  for (const item of items) {
    part.push(item);
    total += 1 + weight(item);
    if (total >= WEIGHT) {
      yield part;
      part = [];
      total = 0;
    }
  }
  if (part.length) yield part;
}

/** Takes the lines back one at a time; `sources` are the records read with them, in the order written. */
export class SnapshotReader {
  private readonly builder: Record<string, unknown> = {};
  private readonly tables: Record<string, unknown> = {};
  private readonly holders: LinkerState['holders'] = { full: new Map(), lone: new Map(), things: new Map() };
  private keys: SourceKeys | undefined;
  private readonly cards = new Map<string, Person>();
  private readonly tallies = new Map<string, TallyState>();
  private head: PassageHead | undefined;
  private readonly postings: BuilderState['passages']['postings'] = [];
  private readonly bySource: BuilderState['passages']['bySource'] = [];

  constructor(private readonly sources: SourceList = []) {}

  /** Takes a line and its integers; throws when they do not fit together. */
  add(line: Line, ints: Int32Array = new Int32Array(0)): void {
    switch (line[0]) {
      case 'builder':
        return merge(this.builder, line[1], decode(line[2], this.sources));
      case 'people':
        return merge(this.tables, line[1], decode(line[2], this.sources));
      case 'holders':
        return this.addHolders(line[1], line[2], ints);
      case 'passages':
        this.head = line[1];
        return;
      case 'postings':
        return this.addLists(this.postings, line[1], ints);
      case 'bySource':
        return this.addLists(this.bySource, line[1], ints);
      case 'cards':
        return this.addCards(line[1], ints);
    }
  }

  /** The state read, or undefined when part of it is missing. */
  state(): BuilderState | undefined {
    if (!this.head || TABLES.some((t) => !(this.builder[t] instanceof Map))) return undefined;
    return {
      keyed: this.builder.keyed as BuilderState['keyed'],
      indexedKeys: this.builder.indexedKeys as Map<string, string>,
      linkedKeys: this.builder.linkedKeys as Map<string, string>,
      passages: { ...this.head, postings: this.postings, bySource: this.bySource },
      people: { tables: this.tables, holders: this.holders, cards: this.cards, tallies: this.tallies },
    };
  }

  /** Lists as the arrays the passage index grows. */
  private addLists(into: Array<[string, IdList]>, { names, counts }: Lists, ints: Int32Array): void {
    let at = 0;
    names.forEach((name, i) => {
      into.push([typeof name === 'number' ? sourceAt(this.sources, name)[0] : name, ints.subarray(at, at + counts[i])]);
      at += counts[i];
    });
    if (at !== ints.length || counts.length !== names.length) throw new Error('lists that do not add up');
  }

  /** Holders left packed, views of the line's integers. */
  private addHolders(name: HolderTable, { names, counts, extra }: Lists & { extra?: string[] }, ints: Int32Array): void {
    const table = this.holders[name];
    if (!(table instanceof Map) || !Array.isArray(names) || !Array.isArray(counts) || names.length !== counts.length)
      throw new Error('holders that do not add up');
    this.keys ??= new SourceKeys(this.sources.map(([key]) => key));
    const keys = extra?.length ? new SourceKeys([...this.keys.keys, ...extra]) : this.keys;
    let at = 0;
    names.forEach((key, i) => {
      if (typeof key !== 'string' || !Number.isInteger(counts[i])) throw new Error('holders that do not add up');
      table.set(key, PackedHolders.checked(ints.subarray(at, (at += counts[i])), keys));
    });
    if (at !== ints.length) throw new Error('holders that do not add up');
  }

  /** The cards of a line, their mentions left packed (views of the line's integers); a line whose numbers point outside its tables is refused. */
  private addCards({ sources, texts, cards }: CardLine, ints: Int32Array): void {
    const named = sources.map((s) => (typeof s === 'number' ? this.sources[s] : s));
    if (named.some((s) => !Array.isArray(s) || typeof s[0] !== 'string' || typeof s[1] !== 'string')) throw new Error('cards of sources not read');
    const keys = named.map(([key]) => key);
    const paths = named.map(([, path]) => path);
    let at = 0;
    for (const [owner, card, count, tally] of cards) {
      const packed = { nums: ints.subarray(at, (at += count)), keys, paths, texts };
      checkPacked(packed);
      this.cards.set(owner, withPackedMentions(Object.assign({}, card), packed));
      if (tally) this.tallies.set(owner, tally);
    }
    if (at !== ints.length) throw new Error('cards that do not add up');
  }
}

/** Cards with their packed mentions, the tables they index shared by the cards of one line. */
function encodeCards(cards: Array<[string, Person]>, tallies: Map<string, TallyState> | undefined, refs: SourceNumbers): SnapshotLine {
  const line: CardLine = { sources: [], texts: [], cards: [] };
  const ints: Int32Array[] = [];
  const sourceAt = new Map<string, number>();
  const textAt = new Map<string, number>();
  const lineSource = (key: string, path: string) => {
    const source = `${key}\u0000${path}`;
    let at = sourceAt.get(source);
    if (at === undefined) {
      sourceAt.set(source, (at = line.sources.length));
      line.sources.push(refs.bySource(key, path) ?? [key, path]);
    }
    return at;
  };
  const lineText = (text: string) => {
    let at = textAt.get(text);
    if (at === undefined) textAt.set(text, (at = line.texts.push(text) - 1));
    return at;
  };
  for (const [owner, person] of cards) {
    // Field by field: a spread would unpack the mentions.
    const { id, name, kind, role, roles, roleDates, aliases } = person;
    const card = { id, name, kind, role, roles, roleDates, aliases };
    const { nums, keys, paths, texts } = packedMentions(person);
    // The tables may be a whole cache line's, shared by its cards: only the entries this card's mentions use are looked at.
    const sources = new Int32Array(keys.length).fill(-1);
    const textIds = new Int32Array(texts.length).fill(-1);
    const out = Int32Array.from(nums);
    for (let i = 0; i < out.length; i += MENTION_WIDTH) {
      const [k, x] = [out[i], out[i + 5]];
      if (sources[k] < 0) sources[k] = lineSource(keys[k], paths[k]);
      if (textIds[x] < 0) textIds[x] = lineText(texts[x]);
      out[i] = sources[k];
      out[i + 5] = textIds[x];
    }
    ints.push(out);
    const tally = tallies?.get(owner);
    line.cards.push(tally ? [owner, card, out.length, tally] : [owner, card, out.length]);
  }
  return [['cards', line], joined(ints)];
}

function joined(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A table as lines: a Map or Set in chunks of about the same size (by what its entries hold), anything else whole. */
function* tableLines(kind: 'builder' | 'people', name: string, value: unknown, refs: SourceNumbers): Generator<Line> {
  const encode = (v: unknown) => encoded(v, refs);
  if (value === undefined) return;
  if (!(value instanceof Map || value instanceof Set) || value.size === 0) {
    yield [kind, name, encode(value)];
    return;
  }
  if (value instanceof Set) {
    for (const part of chunks([...value], weightOf)) yield [kind, name, encode(new Set(part))];
    return;
  }
  // An entry that holds more than a line's worth (a famous person's sources) goes in parts, a line each, joined on reading.
  const entries: Array<[unknown, unknown]> = [];
  for (const [k, v] of value as Map<unknown, unknown>) {
    if (!((v instanceof Map || v instanceof Set) && weightOf(v) > WEIGHT)) {
      entries.push([k, v]);
      continue;
    }
    for (const part of chunks([...(v as Map<unknown, unknown> | Set<unknown>)], weightOf))
      yield [kind, name, encode(new Map([[k, v instanceof Map ? new Map(part as Array<[unknown, unknown]>) : new Set(part)]]))];
  }
  for (const part of chunks(entries, weightOf)) yield [kind, name, encode(new Map(part))];
}

/** About how many values `v` holds. */
function weightOf(v: unknown): number {
  if (v instanceof Map) return weightOf([...v.values()]) + v.size;
  if (!(v instanceof Set || Array.isArray(v))) return 1;
  let n = 0;
  for (const x of v as Iterable<unknown>) n += typeof x === 'object' && x !== null ? weightOf(x) : 1;
  return n;
}

/**
 * The numbers of the sources written with a snapshot, by path and by key: a table keyed by
 * sources (most of the linker's) names each by its number, which reads back as the string the
 * source list already holds instead of one more copy of it.
 */
class SourceNumbers {
  private paths: Map<string, number> | undefined;
  private readonly keys: SourceKeys;

  constructor(readonly sources: SourceList) {
    this.keys = new SourceKeys(sources.map(([key]) => key));
  }

  byPath(path: string): number | undefined {
    this.paths ??= new Map(this.sources.map(([, p], n) => [p, n]));
    return this.paths.get(path);
  }

  byKey(key: string): number | undefined {
    return this.keys.numberOf(key);
  }

  /** The number of the source with both this key and this path (a path is one source's). */
  bySource(key: string, path: string): number | undefined {
    const n = this.byPath(path);
    return n !== undefined && this.sources[n][0] === key ? n : undefined;
  }
}

/**
 * Maps and Sets as tagged JSON, everything else as it is: `{ $m: [k, v, …] }`, `{ $s: […] }`;
 * a Map keyed by the sources' paths or keys as `{ $p: [n, v, …] }` or `{ $k: [n, v, …] }`, and
 * one from each source's path to its key as `{ $pk: [n, …] }`.
 */
function encoded(v: unknown, refs: SourceNumbers): unknown {
  const encode = (x: unknown) => encoded(x, refs);
  if (v instanceof Map) return encodeMap(v, refs);
  if (v instanceof Set) return { $s: [...v].map(encode) };
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? v : v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

function encodeMap(map: Map<unknown, unknown>, refs: SourceNumbers): unknown {
  const keys = [...map.keys()];
  const values = [...map.values()];
  const paths = numbered(keys, (p) => refs.byPath(p));
  if (paths && values.every((x, i) => x === refs.sources[paths[i]][0])) return { $pk: paths };
  const sourceKeys = paths ? undefined : numbered(keys, (k) => refs.byKey(k));
  const [tag, names]: [string, unknown[]] = paths ? ['$p', paths] : sourceKeys ? ['$k', sourceKeys] : ['$m', keys];
  return { [tag]: names.flatMap((name, i) => [name, encoded(values[i], refs)]) };
}

/** Each key's source number, or undefined when a key has none (or there are no keys). */
function numbered(keys: unknown[], numberOf: (key: string) => number | undefined): number[] | undefined {
  const out: number[] = [];
  for (const k of keys) {
    const n = typeof k === 'string' ? numberOf(k) : undefined;
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out.length ? out : undefined;
}

function decode(v: unknown, sources: SourceList): unknown {
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? v : v.map((x) => decode(x, sources));
  if (!v || typeof v !== 'object') return v;
  const { $m, $s, $p, $k, $pk } = v as Record<string, unknown[] | undefined>;
  if ($pk) return new Map($pk.map((n) => sourceAt(sources, n)).map(([key, path]) => [path, key]));
  const flat = $m ?? $p ?? $k;
  if (flat) {
    const keyOf = $m ? (k: unknown) => k : (n: unknown) => sourceAt(sources, n)[$p ? 1 : 0];
    const map = new Map<unknown, unknown>();
    for (let i = 0; i < flat.length; i += 2) map.set(keyOf(flat[i]), decode(flat[i + 1], sources));
    return map;
  }
  if ($s) return new Set($s.map((x) => decode(x, sources)));
  const fields = v as Record<string, unknown>;
  for (const k in fields)
    if (typeof fields[k] === 'object' && fields[k] !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x, sources)]));
  // As JSON gave it when nothing in it needs decoding (the citation key table holds one such object a source).
  return fields;
}

/** The source a snapshot names by number; throws for a number it was not written with. */
function sourceAt(sources: SourceList, n: unknown): readonly [key: string, path: string] {
  const source = typeof n === 'number' ? sources[n] : undefined;
  if (!source) throw new Error('a table of sources not read');
  return source;
}

/** A table read in chunks: the chunks of a Map or Set go into one, and so do the parts of an entry written in parts. */
function merge(into: Record<string, unknown>, name: string, value: unknown): void {
  into[name] = union(into[name], value);
}

function union(had: unknown, value: unknown): unknown {
  if (had instanceof Map && value instanceof Map) {
    for (const [k, v] of value) had.set(k, had.has(k) ? union(had.get(k), v) : v);
    return had;
  }
  if (had instanceof Set && value instanceof Set) {
    for (const v of value) had.add(v);
    return had;
  }
  return value;
}
