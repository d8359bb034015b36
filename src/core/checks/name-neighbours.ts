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
  /** Folded words of every entity's accepted names: a draft word equal to one is not a misspelling. */
  readonly knownWords = new Set<string>();
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly spellingsByWord = new Map<string, Spelling[]>();

  /** Adds a person's accepted spellings. */
  add(person: Person): void {
    const accepted = [person.name, ...person.aliases.filter((a) => a.kind === 'variant').map((a) => a.text)];
    for (const text of accepted) {
      const words = text.split(/\s+/).map(foldText);
      words.forEach((w) => this.knownWords.add(w));
      if (person.kind !== 'person') continue;
      const spelling = { person, text, words };
      for (const w of new Set(words)) {
        if (w.length < 3) continue;
        push(this.spellingsByWord, w, spelling);
        for (const d of deletions(w)) addTo(this.byDeletion, d, w);
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
/** People added between two pauses: the table of a large corpus takes a while to build. */
const PEOPLE_PER_STEP = 200;

/** The index's table, built once per index in steps that yield, so a check can pause between them. */
export function* nameNeighbours(index: GroundworkIndex): Generator<void, NameNeighbours> {
  const built = cache.get(index);
  if (built) return built;
  const table = new NameNeighbours();
  const people = index.people;
  for (let i = 0; i < people.length; i++) {
    table.add(people[i]);
    if (i % PEOPLE_PER_STEP === PEOPLE_PER_STEP - 1) yield;
  }
  cache.set(index, table);
  return table;
}
