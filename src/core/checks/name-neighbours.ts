import type { GroundworkIndex } from '../groundwork-index';
import type { Person } from '../types';
import { foldText } from '../text-fold';

/** A spelling of a person's name the sources accept: the canonical name or a variant alias. */
export interface Spelling {
  person: Person;
  text: string;
  words: string[];
}

/**
 * Name words within one edit of a query word, found through their one-letter deletions
 * (a symmetric-delete table), so a draft word is compared with a handful of names, not all of them.
 */
export class NameNeighbours {
  /** Folded words of every entity's accepted names, with how many spellings have each: a draft word equal to one is not a misspelling. */
  readonly knownWords = new Map<string, number>();
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly spellingsByWord = new Map<string, Spelling[]>();

  /** Adds a person's accepted spellings. */
  add(person: Person): void {
    for (const text of accepted(person)) {
      const words = text.split(/\s+/).map(foldText);
      words.forEach((w) => this.knownWords.set(w, (this.knownWords.get(w) ?? 0) + 1));
      if (person.kind !== 'person') continue;
      const spelling = { person, text, words };
      for (const w of new Set(words)) {
        if (w.length < 3) continue;
        push(this.spellingsByWord, w, spelling);
        for (const d of deletions(w)) addTo(this.byDeletion, d, w);
      }
    }
  }

  /** Takes out a person `add` put in. */
  remove(person: Person): void {
    for (const text of accepted(person)) {
      const words = text.split(/\s+/).map(foldText);
      for (const w of words) {
        const n = (this.knownWords.get(w) ?? 0) - 1;
        if (n > 0) this.knownWords.set(w, n);
        else this.knownWords.delete(w);
      }
      if (person.kind !== 'person') continue;
      for (const w of new Set(words)) {
        const rest = (this.spellingsByWord.get(w) ?? []).filter((s) => s.person !== person);
        if (rest.length > 0) {
          this.spellingsByWord.set(w, rest);
          continue;
        }
        if (!this.spellingsByWord.delete(w)) continue;
        for (const d of deletions(w)) {
          const near = this.byDeletion.get(d);
          near?.delete(w);
          if (near?.size === 0) this.byDeletion.delete(d);
        }
      }
    }
  }

  /** Name words at most one edit from `word` (never `word` itself). */
  near(word: string): string[] {
    const found = new Set<string>();
    for (const d of [word, ...deletions(word)]) for (const w of this.byDeletion.get(d) ?? []) if (w !== word) found.add(w);
    if (this.spellingsByWord.has(word)) found.delete(word);
    for (const d of deletions(word)) if (this.spellingsByWord.has(d)) found.add(d);
    return [...found];
  }

  spellingsWith(word: string): Spelling[] {
    return this.spellingsByWord.get(word) ?? [];
  }
}

function accepted(person: Person): string[] {
  return [person.name, ...person.aliases.filter((a) => a.kind === 'variant').map((a) => a.text)];
}

/** Shorter words (`Kim`, `Shin`) are too easily another real name to call a misspelling. */
export const MIN_WORD = 5;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const cache = new WeakMap<GroundworkIndex, NameNeighbours>();
/** The table of the latest version of each owner's index, which the next version takes over by its people's changes. */
const latest = new WeakMap<object, { version: number; index: WeakRef<GroundworkIndex>; table: NameNeighbours }>();
/** People added between two pauses: the table of a large corpus takes a while to build. */
const PEOPLE_PER_STEP = 200;

/** The index's table, built once per index (or taken over from the version before) in steps that yield, so a check can pause between them. */
export function* nameNeighbours(index: GroundworkIndex): Generator<void, NameNeighbours> {
  const built = cache.get(index);
  if (built) return built;
  const line = index.lineage;
  const last = line && latest.get(line.owner);
  if (line?.made && line.dropped && last?.version === line.version - 1) {
    // Moved, not copied: the version before is not checked again once there is a newer one.
    const { table } = last;
    const before = last.index.deref();
    if (before) cache.delete(before);
    latest.delete(line.owner);
    let step = 0;
    for (const p of line.dropped) {
      table.remove(p);
      if (++step % PEOPLE_PER_STEP === 0) yield;
    }
    for (const p of line.made) {
      table.add(p);
      if (++step % PEOPLE_PER_STEP === 0) yield;
    }
    return keep(index, table);
  }
  const table = new NameNeighbours();
  const people = index.people;
  for (let i = 0; i < people.length; i++) {
    table.add(people[i]);
    if (i % PEOPLE_PER_STEP === PEOPLE_PER_STEP - 1) yield;
  }
  return keep(index, table);
}

function keep(index: GroundworkIndex, table: NameNeighbours): NameNeighbours {
  cache.set(index, table);
  const line = index.lineage;
  const last = line && latest.get(line.owner);
  if (line && !(last && last.version > line.version)) latest.set(line.owner, { version: line.version, index: new WeakRef(index), table });
  return table;
}
