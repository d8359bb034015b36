import { slug } from '../citation-keys';
import { isCommonWord, isMaleFirstName, isSurnameFirst } from '../name-lexicon';
import type { Mention, Person } from '../types';
import { toPerson, type CardParts } from './card';
import { mentionCount } from './packed-mentions';
import type { DocEntity, DocMention, DocPeople } from './doc-people';
import { isSuffix, nameKey, surnameKey } from './name-keys';
import { blocks, sameName } from './variants';

/** Which entities of which source carry a key. */
type Holders = Map<string, number[]>;

/** The linker's tables and cards for a snapshot of the resolved corpus, its documents left out (they are the sources' own). */
export interface LinkerState {
  cards: Map<string, Person>;
  /** Every other table, by field name. */
  tables: Record<string, unknown>;
}

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

  get size(): number {
    return this.docs.size;
  }

  /** Puts in (or replaces) the people of one source. `sourceKey` becomes each mention's `source`. */
  set(sourceKey: string, doc: DocPeople): void {
    this.delete(sourceKey);
    this.docs.set(sourceKey, doc);
    doc.entities.forEach((e, i) => this.place(sourceKey, e, i, +1));
  }

  delete(sourceKey: string): void {
    const doc = this.docs.get(sourceKey);
    if (!doc) return;
    doc.entities.forEach((e, i) => this.place(sourceKey, e, i, -1));
    this.docs.delete(sourceKey);
  }

  /** What `restore` takes back: the live tables, not copies, to be encoded before the next `set` or `delete`. */
  snapshot(): LinkerState {
    this.refresh();
    const tables = { ...this } as unknown as Record<string, unknown>;
    for (const field of ['docs', 'cards', 'sorted']) delete tables[field];
    return { cards: this.cards, tables };
  }

  /** The state of `snapshot`, over the documents it was taken with (by source key). */
  restore(state: LinkerState, docs: Map<string, DocPeople>): void {
    Object.assign(this, state.tables, { docs, cards: state.cards, sorted: undefined });
  }

  /** Every person, organisation and place, most mentioned first. */
  people(): Person[] {
    this.refresh();
    this.sorted ??= [...this.cards.values()].sort((a, b) => mentionCount(b) - mentionCount(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return this.sorted;
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
      hold(this.lone, loneKey(e), source, i, sign);
      this.dirtyLone.add(loneKey(e));
    } else {
      const key = nameKey(e.words);
      hold(this.full, key, source, i, sign);
      this.dirtyKeys.add(key);
      if (!this.surnameOfKey.has(key)) this.surnameOfKey.set(key, surnameKey(e.words));
      if (!e.certain) return;
      const n = (this.certain.get(key) ?? 0) + sign;
      if (n > 0) this.certain.set(key, n);
      else this.certain.delete(key);
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
    const steps = this.refreshing();
    while (!steps.next().done);
  }

  /** Brings the touched cards up to date, one card a step, for a caller that works in slices; the linker is not used until it is done. */
  *refreshing(): Generator<void, void> {
    if (this.dirtyKeys.size === 0 && this.dirtyLone.size === 0 && this.dirtyThings.size === 0) return;
    const rebuild = new Set<string>();
    this.regroup(rebuild);
    this.relinkLone(rebuild);
    for (const key of this.dirtyThings) rebuild.add(key);
    this.dirtyThings.clear();
    for (const owner of rebuild) {
      this.rebuild(owner);
      yield;
    }
    this.sorted = undefined;
  }

  /** Groups of variant full names reachable from the changed ones; a group is named by its smallest key. */
  private regroup(rebuild: Set<string>): void {
    const seen = new Set<string>();
    for (const key of this.dirtyKeys) {
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
  private relinkLone(rebuild: Set<string>): void {
    for (const lk of this.dirtyLone) {
      const [surname, female] = lk.split('|');
      const groups = new Set<string>();
      for (const key of this.bySurname.get(surname) ?? []) {
        if (female && isMaleFirstName(key.split(' ')[0])) continue;
        groups.add(this.groupOf.get(key)!);
      }
      // Whether a group is the only one with its surname decides its surname alias.
      if (!female) for (const g of groups) rebuild.add(g);
      const holders = this.lone.get(lk);
      const sure = holders !== undefined && [...holders].some(([source, list]) => list.some((i) => this.docs.get(source)!.entities[i].certain));
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

  private rebuild(owner: string): void {
    const parts: CardParts = { kind: 'person', names: new Map(), roles: [], mentions: [] };
    const group = this.members.get(owner);
    if (owner.startsWith('organization:') || owner.startsWith('place:')) {
      parts.kind = owner.startsWith('place:') ? 'place' : 'organization';
      this.collect(parts, this.things.get(owner));
    } else if (group) {
      for (const key of group) this.collect(parts, this.full.get(key));
      this.addSurname(owner, group, parts);
    }
    if (group || owner.startsWith('lone:')) for (const lk of this.ownedLone.get(owner) ?? []) this.collect(parts, this.lone.get(lk));
    const keep = parts.kind === 'person' ? parts.mentions.length > 0 : parts.mentions.length >= 2 || [...parts.names.keys()].some((n) => n.includes(' '));
    this.drop(owner);
    if (!keep) return;
    this.cards.set(owner, toPerson(this.idFor(owner, parts), parts));
  }

  /** `Macron` for Emmanuel Macron, when no other person in the corpus has that surname: drafts name people so. */
  private addSurname(owner: string, group: string[], parts: CardParts): void {
    const surname = this.surnameOfKey.get(group[0])!;
    if (!group.every((k) => this.surnameOfKey.get(k) === surname)) return;
    if ([...(this.bySurname.get(surname) ?? [])].some((k) => this.groupOf.get(k) !== owner)) return;
    const spelling = [...parts.names.keys()].map((n) => n.split(' ')).find((w) => w.length > 1 && surnameKey(w) === surname);
    if (!spelling) return;
    const word = isSurnameFirst(spelling[0]) ? spelling[0] : spelling.filter((w) => !isSuffix(w)).at(-1)!;
    // `No` of No Kwang Chol is also a word: as an alias it would match every sentence that starts with it.
    if (word.length < 3 || isCommonWord(word)) return;
    if (!parts.names.has(word)) parts.names.set(word, 0);
  }

  private collect(parts: CardParts, holders: Holders | undefined): void {
    for (const [source, list] of holders ?? []) {
      const doc = this.docs.get(source)!;
      for (const i of list) {
        const e = doc.entities[i];
        for (const [n, count] of e.names) parts.names.set(n, (parts.names.get(n) ?? 0) + count);
        for (const text of e.roles) parts.roles.push(doc.date ? { text, date: doc.date } : { text });
        for (const m of e.mentions) parts.mentions.push(toMention(source, doc.path, m));
      }
    }
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
  }
}

/** A card's mention made from a document's mention of source `source` at `path`. */
export function toMention(source: string, path: string, m: DocMention): Mention {
  return { source, path, start: m.start, end: m.end, line: m.line, column: m.column, text: m.text };
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
  const list = holders.get(source) ?? [];
  if (sign > 0) holders.set(source, [...list, i]);
  else {
    const rest = list.filter((x) => x !== i);
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
