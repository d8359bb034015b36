import { slug } from '../citation-keys';
import { runSteps } from '../engine/slices';
import { isCommonWord, isMaleFirstName } from '../name-lexicon';
import { partitionPoint } from '../partition-point';
import type { Mention, Person } from '../types';
import { byPlace, inCardOrder, toPerson, type CardParts } from './card';
import { countOf, mentionCount, packedMentions, packing, spliced, type PackedMentions } from './packed-mentions';
import type { DocEntity, DocMention, DocPeople } from './doc-people';
import type { Holders } from './holders';
import { roleKey, savedTally, takenBack, type Tally, type TallyState } from './tally';
import { nameKey, surnameKey, surnameWords } from './name-keys';
import { blocks, sameName } from './variants';

/** The linker's tables and cards for a snapshot of the resolved corpus, its documents left out (they are the sources' own). */
export interface LinkerState {
  cards: Map<string, Person>;
  /** What each card was collected from, by owner, so the first update after a restart patches cards instead of reading every mention again. */
  tallies?: Map<string, TallyState>;
  /** Which entities of which sources carry each key, by table: full names, bare surnames, organisations and places. */
  holders: Record<HolderTable, Map<string, Holders>>;
  /** Every other table, by field name. */
  tables: Record<string, unknown>;
}

export type HolderTable = 'full' | 'lone' | 'things';

/** Which holder keys a card is collected from. */
interface Composition {
  full: Set<string>;
  lone: Set<string>;
  thing?: string;
}

/** About how many mentions a step of collecting a card takes. */
const TALLY_STEP = 4000;

/** More sources changed at once than this, and cards are collected afresh rather than patched. */
const PATCH_LIMIT = 64;

/** A mention of a source and the card it belongs to. */
export interface PersonLink {
  mention: DocMention;
  /** The `id` of the card in `people()`. */
  person: string;
}

/**
 * The corpus-wide step of finding people: links each source's `DocPeople` over a table of names.
 * Full names that are variants of one another (`Andrei`/`Andrey Belousov`) become one person; a
 * bare surname a source never names in full goes to the one person the corpus has with that
 * surname, and stays its own card when the corpus has several. `set` and `delete` cost what the
 * source's names touch; reading brings only the touched cards up to date.
 */
export class PeopleLinker {
  private readonly docs = new Map<string, DocPeople>();
  private readonly full = new Map<string, Holders>();
  private readonly certain = new Map<string, number>();
  private readonly surnameOfKey = new Map<string, string>();
  private readonly blockIndex = new Map<string, Set<string>>();
  private readonly edges = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly lone = new Map<string, Holders>();
  private readonly things = new Map<string, Holders>();
  /** Last words of organisations and places (`katrina` of Hurricane Katrina): a bare word that ends one is no person. */
  private readonly thingHeads = new Map<string, Set<string>>();
  /** How many of a bare surname's entities are named with certainty, kept as sources come and go: counting on asking would read every holder's names. */
  private readonly certainOfLone = new Map<string, number>();
  private readonly dirtyKeys = new Set<string>();
  private readonly dirtyLone = new Set<string>();
  private readonly dirtyThings = new Set<string>();
  private readonly groupOf = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  private readonly loneOwner = new Map<string, string>();
  private readonly ownedLone = new Map<string, Set<string>>();
  private readonly cards = new Map<string, Person>();
  private readonly ids = new Map<string, string>();
  private sorted: Person[] | undefined;
  // Private fields stay out of `snapshot`: they are rebuilt as cards are.
  readonly #tallies = new Map<string, Tally>();
  /** Tallies taken back from a snapshot with their cards, by owner: made tallies only when their card is next brought up to date. */
  #saved = new Map<string, [TallyState, Person]>();
  /** Each source set or deleted since the last refresh, with its people as they were before (null: it was not there). */
  readonly #before = new Map<string, DocPeople | null>();
  /** Cards made and dropped since the last refresh. */
  readonly #made = new Set<Person>();
  readonly #dropped = new Set<Person>();
  /** Cards made and dropped since `takeChanges` was last called; undefined: not known (none taken yet). */
  #changes: { made: Set<Person>; dropped: Set<Person> } | undefined;

  get size(): number {
    return this.docs.size;
  }

  /** Puts in (or replaces) the people of one source. `sourceKey` becomes each mention's `source`. */
  set(sourceKey: string, doc: DocPeople): void {
    this.delete(sourceKey);
    if (!this.#before.has(sourceKey)) this.#before.set(sourceKey, null);
    this.docs.set(sourceKey, doc);
    doc.entities.forEach((e, i) => this.place(sourceKey, e, i, +1));
  }

  delete(sourceKey: string): void {
    const doc = this.docs.get(sourceKey);
    if (!doc) return;
    if (!this.#before.has(sourceKey)) this.#before.set(sourceKey, doc);
    doc.entities.forEach((e, i) => this.place(sourceKey, e, i, -1));
    this.docs.delete(sourceKey);
  }

  /** What `restore` takes back: the live tables, not copies, to be encoded before the next `set` or `delete`. */
  snapshot(): LinkerState {
    this.refresh();
    const { full, lone, things, ...tables } = { ...this } as unknown as Record<string, unknown> & LinkerState['holders'];
    for (const field of ['docs', 'cards', 'sorted']) delete tables[field];
    const tallies = new Map<string, TallyState>();
    for (const [owner, card] of this.cards) {
      const [t, saved] = [this.#tallies.get(owner), this.#saved.get(owner)];
      if (t?.card === card) tallies.set(owner, savedTally(t));
      else if (saved?.[1] === card) tallies.set(owner, saved[0]);
    }
    return { cards: this.cards, holders: { full, lone, things }, tables, tallies };
  }

  /** The state of `snapshot`, over the documents it was taken with (by source key). */
  restore(state: LinkerState, docs: Map<string, DocPeople>): void {
    runSteps(this.restoring(state, docs));
  }

  /** `restore`, a few thousand tallies a step. */
  *restoring(state: LinkerState, docs: Map<string, DocPeople>): Generator<void, void> {
    Object.assign(this, state.tables, state.holders, { docs, cards: state.cards, sorted: undefined });
    this.#tallies.clear();
    this.#saved = new Map();
    let n = 0;
    for (const [owner, t] of state.tallies ?? []) {
      const card = state.cards.get(owner);
      if (card) this.#saved.set(owner, [t, card]);
      if (++n % 5000 === 0) yield;
    }
  }

  /** Every person, organisation and place, most mentioned first. */
  people(): Person[] {
    this.refresh();
    this.sorted ??= [...this.cards.values()].sort(byMentions);
    return this.sorted;
  }

  /**
   * The cards made and dropped since the last call, for a table kept over `people()` (see
   * `PersonNames`); undefined on the first call, when the table must take every card.
   */
  takeChanges(): { made: Person[]; dropped: Person[] } | undefined {
    this.refresh();
    const changes = this.#changes;
    this.#changes = { made: new Set(), dropped: new Set() };
    return changes && { made: [...changes.made], dropped: [...changes.dropped] };
  }

  /** The card of each mention of one source (mentions of nobody left out). */
  links(sourceKey: string): PersonLink[] {
    this.refresh();
    const doc = this.docs.get(sourceKey);
    if (!doc) return [];
    const out: PersonLink[] = [];
    for (const e of doc.entities) {
      const person = this.cards.get(this.ownerOf(e) ?? '')?.id;
      if (person) for (const mention of e.mentions) out.push({ mention, person });
    }
    return out;
  }

  private ownerOf(e: DocEntity): string | undefined {
    if (e.kind !== 'person') return thingKey(e);
    if (e.words.length === 1) return this.loneOwner.get(loneKey(e));
    return this.groupOf.get(nameKey(e.words));
  }

  private place(source: string, e: DocEntity, i: number, sign: 1 | -1): void {
    if (e.kind !== 'person') {
      hold(this.things, thingKey(e), source, i, sign);
      this.dirtyThings.add(thingKey(e));
      if (e.words.length > 1) {
        const head = surnameKey(e.words.slice(-1));
        if (sign > 0) add(this.thingHeads, head, thingKey(e));
        else if (!this.things.has(thingKey(e))) remove(this.thingHeads, head, thingKey(e));
        this.markSurname(head);
      }
    } else if (e.words.length === 1) {
      const lk = loneKey(e);
      hold(this.lone, lk, source, i, sign);
      this.dirtyLone.add(lk);
      if (e.certain) bump(this.certainOfLone, lk, sign);
    } else {
      const key = nameKey(e.words);
      hold(this.full, key, source, i, sign);
      this.dirtyKeys.add(key);
      if (!this.surnameOfKey.has(key)) this.surnameOfKey.set(key, surnameKey(e.words));
      if (!e.certain) return;
      const n = bump(this.certain, key, sign);
      if (n === 1 && sign > 0) this.index(key);
      if (n === 0) this.unindex(key);
    }
  }

  /** A full name that became a person: linked to its variants and listed under its surname. */
  private index(key: string): void {
    for (const b of blocks(key)) {
      const keys = this.blockIndex.get(b) ?? new Set<string>();
      for (const other of keys) if (other !== key && sameName(key, other)) this.link(key, other);
      keys.add(key);
      this.blockIndex.set(b, keys);
    }
    const surname = this.surnameOfKey.get(key)!;
    add(this.bySurname, surname, key);
    this.markSurname(surname);
  }

  private unindex(key: string): void {
    for (const b of blocks(key)) {
      const keys = this.blockIndex.get(b);
      keys?.delete(key);
      if (keys?.size === 0) this.blockIndex.delete(b);
    }
    for (const other of this.edges.get(key) ?? []) {
      this.edges.get(other)?.delete(key);
      this.dirtyKeys.add(other);
    }
    this.edges.delete(key);
    const surname = this.surnameOfKey.get(key)!;
    remove(this.bySurname, surname, key);
    this.markSurname(surname);
  }

  private link(a: string, b: string): void {
    add(this.edges, a, b);
    add(this.edges, b, a);
  }

  private markSurname(surname: string): void {
    this.dirtyLone.add(surname);
    this.dirtyLone.add(`${surname}|f`);
  }

  private refresh(): void {
    runSteps(this.refreshing());
  }

  /** Brings the touched cards up to date, one card a step, for a caller that works in slices; the linker is not used until it is done. */
  *refreshing(): Generator<void, void> {
    if (this.dirtyKeys.size === 0 && this.dirtyLone.size === 0 && this.dirtyThings.size === 0) {
      // Sources that had no names before and have none now.
      this.#before.clear();
      return;
    }
    const rebuild = new Set<string>();
    yield* this.regroup(rebuild);
    yield* this.relinkLone(rebuild);
    for (const key of this.dirtyThings) rebuild.add(key);
    this.dirtyThings.clear();
    const patch = this.#before.size <= PATCH_LIMIT;
    for (const owner of rebuild) {
      yield* this.rebuilding(owner, patch);
      yield;
    }
    this.#before.clear();
    this.resort();
    this.#made.clear();
    this.#dropped.clear();
  }

  /** The sorted cards less the dropped, plus the made: a few binary searches rather than sorting them all again. */
  private resort(): void {
    const sorted = this.sorted;
    if (!sorted || this.#made.size + this.#dropped.size > sorted.length / 8) {
      this.sorted = undefined;
      return;
    }
    const next = this.#dropped.size ? sorted.filter((p) => !this.#dropped.has(p)) : [...sorted];
    for (const p of this.#made) next.splice(sortedIndex(next, p), 0, p);
    this.sorted = next;
  }

  /** Groups of variant full names reachable from the changed ones; a group is named by its smallest key. */
  private *regroup(rebuild: Set<string>): Generator<void, void> {
    const seen = new Set<string>();
    for (const key of this.dirtyKeys) {
      yield;
      const old = this.groupOf.get(key);
      if (old !== undefined) rebuild.add(old);
      if (seen.has(key)) continue;
      if (!this.certain.has(key)) {
        this.groupOf.delete(key);
        continue;
      }
      const group = this.component(key);
      const id = group.reduce((a, b) => (b < a ? b : a));
      for (const member of group) {
        seen.add(member);
        const was = this.groupOf.get(member);
        if (was !== undefined && was !== id) {
          rebuild.add(was);
          this.members.delete(was);
        }
        this.groupOf.set(member, id);
        this.markSurname(this.surnameOfKey.get(member)!);
      }
      this.members.set(id, group);
      rebuild.add(id);
    }
    this.dirtyKeys.clear();
  }

  private component(start: string): string[] {
    const out = [start];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const next of this.edges.get(out[i]) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          out.push(next);
        }
      }
    }
    return out;
  }

  /** Who each changed bare surname is: the one group with that surname, else a card of its own. */
  private *relinkLone(rebuild: Set<string>): Generator<void, void> {
    for (const lk of this.dirtyLone) {
      yield;
      const [surname, female] = lk.split('|');
      const groups = new Set<string>();
      for (const key of this.bySurname.get(surname) ?? []) {
        if (female && isMaleFirstName(key.split(' ')[0])) continue;
        groups.add(this.groupOf.get(key)!);
      }
      // Whether a group is the only one with its surname decides its surname alias.
      if (!female) for (const g of groups) rebuild.add(g);
      const holders = this.lone.get(lk);
      const sure = holders !== undefined && (this.certainOfLone.get(lk) ?? 0) > 0;
      const thing = groups.size === 0 && this.thingHeads.has(surname);
      const owner = holders === undefined || thing ? undefined : groups.size === 1 ? [...groups][0] : sure ? `lone:${lk}` : undefined;
      const was = this.loneOwner.get(lk);
      if (was !== undefined) {
        rebuild.add(was);
        remove(this.ownedLone, was, lk);
      }
      if (owner === undefined) this.loneOwner.delete(lk);
      else {
        this.loneOwner.set(lk, owner);
        add(this.ownedLone, owner, lk);
        rebuild.add(owner);
      }
    }
    this.dirtyLone.clear();
  }

  /**
   * Brings one card up to date: patched by the sources that changed when it is collected from the
   * same keys, else collected afresh, a few thousand mentions a step (a famous person's card holds
   * one from most sources).
   */
  private *rebuilding(owner: string, patch: boolean): Generator<void, void> {
    const from = this.compositionOf(owner);
    const saved = this.#saved.get(owner);
    this.#saved.delete(owner);
    if (!from) {
      this.#tallies.delete(owner);
      this.drop(owner);
      return;
    }
    const signature = signatureOf(from);
    let tally = this.#tallies.get(owner) ?? (saved && takenBack(...saved));
    if (tally) this.#tallies.set(owner, tally);
    let changed = true;
    if (patch && tally?.from === signature) changed = this.patch(tally, from);
    else this.#tallies.set(owner, (tally = yield* this.tallying(from, signature)));
    const parts: CardParts = { kind: kindOf(owner), names: new Map(tally.names), roles: [], mentions: [] };
    const group = this.members.get(owner);
    const surname = group && !from.thing ? this.addSurname(owner, group, parts) : undefined;
    if (!changed && surname === tally.surname) return;
    tally.surname = surname;
    const mentions = mentionsOf(tally);
    parts.mentions = Array.isArray(mentions) ? yield* packing(mentions) : mentions;
    parts.roles = [...tally.roles.values()];
    const count = countOf(parts.mentions);
    const keep = parts.kind === 'person' ? count > 0 : count >= 2 || [...parts.names.keys()].some((n) => n.includes(' '));
    this.drop(owner);
    if (!keep) return;
    const person = toPerson(this.idFor(owner, parts), parts);
    tally.card = person;
    tally.mentions = undefined;
    this.cards.set(owner, person);
    this.#made.add(person);
    this.noteChange(person, 'made');
  }

  /** The holder keys a card is collected from; undefined when it has none left. */
  private compositionOf(owner: string): Composition | undefined {
    if (owner.startsWith('organization:') || owner.startsWith('place:'))
      return this.things.has(owner) ? { full: new Set(), lone: new Set(), thing: owner } : undefined;
    const group = this.members.get(owner);
    if (!group && !owner.startsWith('lone:')) return undefined;
    const from = { full: new Set(group), lone: new Set(this.ownedLone.get(owner)) };
    return from.full.size + from.lone.size > 0 ? from : undefined;
  }

  private *tallying(from: Composition, signature: string): Generator<void, Tally> {
    const mentions: Mention[] = [];
    const tally: Tally = { from: signature, names: new Map(), roles: new Map(), mentions };
    let step = 0;
    const tables: Array<[Map<string, Holders>, Iterable<string>]> = [
      [this.things, from.thing ? [from.thing] : []],
      [this.full, from.full],
      [this.lone, from.lone],
    ];
    for (const [table, keys] of tables) {
      for (const key of keys) {
        for (const [source, list] of table.get(key) ?? []) {
          const doc = this.docs.get(source)!;
          for (const i of list) count(tally, source, doc, doc.entities[i], 1, mentions);
          if (mentions.length - step >= TALLY_STEP) {
            step = mentions.length;
            yield;
          }
        }
      }
    }
    return tally;
  }

  /** Takes out what the changed sources gave the card before and puts in what they give now; false when none of them gives it anything. */
  private patch(tally: Tally, from: Composition): boolean {
    // The paths of the changed sources that give the card anything, before or now.
    const touched = new Set<string>();
    const added: Mention[] = [];
    for (const [source, before] of this.#before) {
      for (const [doc, sign] of [
        [before, -1],
        [this.docs.get(source), 1],
      ] as const) {
        for (const e of doc?.entities ?? []) {
          if (!holds(from, e)) continue;
          touched.add(doc!.path);
          count(tally, source, doc!, e, sign, added);
        }
      }
    }
    if (touched.size === 0) return false;
    added.sort(byPlace);
    tally.mentions = spliced(inCardOrder(mentionsOf(tally)), touched, added);
    return true;
  }

  private noteChange(person: Person, how: 'made' | 'dropped'): void {
    const changes = this.#changes;
    if (!changes) return;
    const [mine, other] = how === 'made' ? [changes.made, changes.dropped] : [changes.dropped, changes.made];
    if (!other.delete(person)) mine.add(person);
  }

  /** `Macron` for Emmanuel Macron, when no other person in the corpus has that surname: drafts name people so. */
  private addSurname(owner: string, group: string[], parts: CardParts): string | undefined {
    const surname = this.surnameOfKey.get(group[0])!;
    if (!group.every((k) => this.surnameOfKey.get(k) === surname)) return undefined;
    for (const k of this.bySurname.get(surname) ?? []) if (this.groupOf.get(k) !== owner) return undefined;
    const spelling = [...parts.names.keys()].map((n) => n.split(' ')).find((w) => w.length > 1 && surnameKey(w) === surname);
    if (!spelling) return undefined;
    const word = surnameWords(spelling).join(' ');
    // `No` of No Kwang Chol is also a word: as an alias it would match every sentence that starts with it.
    if (word.length < 3 || isCommonWord(word)) return undefined;
    if (!parts.names.has(word)) parts.names.set(word, 0);
    return word;
  }

  /** A stable id from the name, made distinct when another card already has it (`kim-jong-un-2`). */
  private idFor(owner: string, parts: CardParts): string {
    const base = slug([...parts.names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]) || 'person';
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const holder = this.ids.get(id);
      if (holder === undefined || holder === owner) {
        this.ids.set(id, owner);
        return id;
      }
    }
  }

  private drop(owner: string): void {
    const card = this.cards.get(owner);
    if (!card) return;
    this.cards.delete(owner);
    if (this.ids.get(card.id) === owner) this.ids.delete(card.id);
    if (!this.#made.delete(card)) this.#dropped.add(card);
    this.noteChange(card, 'dropped');
  }
}

/** A card's mention made from a document's mention of source `source` at `path`. */
export function toMention(source: string, path: string, m: DocMention): Mention {
  return { source, path, start: m.start, end: m.end, line: m.line, column: m.column, text: m.text };
}

const byMentions = (a: Person, b: Person) => mentionCount(b) - mentionCount(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function mentionsOf(tally: Tally): Mention[] | PackedMentions {
  return tally.mentions ?? (tally.card ? packedMentions(tally.card) : []);
}

/** Where `p` goes in a list sorted `byMentions`. */
function sortedIndex(list: Person[], p: Person): number {
  return partitionPoint(list.length, (i) => byMentions(list[i], p) <= 0);
}

function kindOf(owner: string): CardParts['kind'] {
  return owner.startsWith('place:') ? 'place' : owner.startsWith('organization:') ? 'organization' : 'person';
}

function signatureOf(from: Composition): string {
  return JSON.stringify([from.thing, [...from.full].sort(), [...from.lone].sort()]);
}

/** Whether a card collected from `from` takes entity `e`. */
function holds(from: Composition, e: DocEntity): boolean {
  if (e.kind !== 'person') return from.thing === thingKey(e);
  return e.words.length === 1 ? from.lone.has(loneKey(e)) : from.full.has(nameKey(e.words));
}

/** Adds (`sign` 1) or takes out (-1) one entity's names and roles; added, its mentions go to `mentions`. */
/** Adds `by` to a count, which leaves the map at 0; gives the new count. */
function bump(counts: Map<string, number>, key: string, by: number): number {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
  return n;
}

function count(tally: Tally, source: string, doc: DocPeople, e: DocEntity, sign: 1 | -1, mentions: Mention[]): void {
  for (const [n, c] of e.names) {
    const left = (tally.names.get(n) ?? 0) + sign * c;
    if (left > 0) tally.names.set(n, left);
    else tally.names.delete(n);
  }
  for (const text of e.roles) {
    const key = roleKey(text, doc.date);
    const had = tally.roles.get(key);
    const n = (had?.n ?? 0) + sign;
    if (n > 0) tally.roles.set(key, { role: had?.role ?? (doc.date ? { text, date: doc.date } : { text }), n });
    else tally.roles.delete(key);
  }
  if (sign > 0) for (const m of e.mentions) mentions.push(toMention(source, doc.path, m));
}

function thingKey(e: DocEntity): string {
  return `${e.kind}:${nameKey(e.words)}`;
}

function loneKey(e: DocEntity): string {
  return e.honorific === 'f' ? `${surnameKey(e.words)}|f` : surnameKey(e.words);
}

function hold(map: Map<string, Holders>, key: string, source: string, i: number, sign: 1 | -1): void {
  let holders = map.get(key);
  if (!holders) map.set(key, (holders = new Map<string, number[]>()));
  const list = holders.get(source);
  if (sign > 0) {
    // In place, set again for packed holders, whose lists are copies: a copy each was most of a cold build's linking.
    list?.push(i);
    holders.set(source, list ?? [i]);
  } else {
    const rest = (list ?? []).filter((x) => x !== i);
    if (rest.length) holders.set(source, rest);
    else holders.delete(source);
    if (holders.size === 0) map.delete(key);
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function remove(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
