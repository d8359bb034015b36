import type { NameCandidate } from './name-finder';
import { isSurnameFirst } from './name-lexicon';
import type { ParsedSource } from './parse-source';
import type { LineIndex } from './text-position';
import type { EntityKind, Passage } from './types';

/** A name seen in one passage, with where it is; `score` starts as the finder's and the corpus may raise it. */
export interface Sighting {
  candidate: NameCandidate;
  score: number;
  source: ParsedSource;
  passage: Passage;
  lines: LineIndex;
  order: number;
}

export interface Cluster {
  key: string;
  /** Creation order: lookups that want "the first cluster" mean the oldest one. */
  seq: number;
  names: Map<string, number>;
  words: string[];
  kind: EntityKind;
  sightings: Sighting[];
  bySource: Map<ParsedSource, Sighting[]>;
  roles: string[];
}

const normCache = new Map<string, string>();
/** Lower case without accents; memoised, as the same names are normalised again and again. */
export function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    if (normCache.size > 200_000) normCache.clear();
    n = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    normCache.set(s, n);
  }
  return n;
}

/** The family name: the last word, or the first for `Kim Jong Un`. */
export function surname(words: string[]): string {
  return isSurnameFirst(words[0]) ? norm(words[0]) : norm(words[words.length - 1]);
}

/**
 * The clusters of sightings, with indexes so that each lookup the resolver makes
 * (by name, by surname, by last word) touches a few clusters instead of all of them.
 */
export class Clusters {
  private readonly map = new Map<string, Cluster>();
  private seq = 0;
  private readonly byName = new Map<string, Cluster[]>();
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly byLastWord = new Map<string, Cluster[]>();

  get(key: string): Cluster | undefined {
    return this.map.get(key);
  }

  values(): IterableIterator<Cluster> {
    return this.map.values();
  }

  add(key: string, s: Sighting, kind: EntityKind): void {
    let c = this.map.get(key);
    if (!c) {
      c = { key, seq: this.seq++, names: new Map(), words: s.candidate.words, kind, sightings: [], bySource: new Map(), roles: [] };
      this.map.set(key, c);
      this.indexWords(c);
    }
    this.addName(c, s.candidate.name, 1);
    c.sightings.push(s);
    const inSource = c.bySource.get(s.source);
    if (inSource) inSource.push(s);
    else c.bySource.set(s.source, [s]);
    if (s.candidate.role) c.roles.push(s.candidate.role);
  }

  /** Moves everything of `b` into `a` and forgets `b`. */
  merge(a: Cluster, b: Cluster): void {
    for (const [n, count] of b.names) this.addName(a, n, count);
    a.sightings.push(...b.sightings);
    for (const [source, list] of b.bySource) a.bySource.set(source, [...(a.bySource.get(source) ?? []), ...list]);
    a.roles.push(...b.roles);
    if (b.words.length > a.words.length) a.words = b.words;
    this.map.delete(b.key);
  }

  /** Rebuilds the word indexes after merges changed clusters' words. */
  reindex(): void {
    this.bySurname.clear();
    this.byLastWord.clear();
    for (const c of this.map.values()) this.indexWords(c);
  }

  /** The oldest live person cluster that has been seen under exactly this name. */
  personWithName(name: string): Cluster | undefined {
    let best: Cluster | undefined;
    for (const c of this.byName.get(name) ?? []) {
      if (c.kind === 'person' && this.live(c) && (!best || c.seq < best.seq)) best = c;
    }
    return best;
  }

  /** Person clusters of two or more words with this family name, oldest first. */
  peopleWithSurname(word: string): Cluster[] {
    return (this.bySurname.get(word) ?? []).filter((c) => this.live(c));
  }

  /** Organisation and place clusters of two or more words ending in this word, oldest first. */
  thingsEndingWith(word: string): Cluster[] {
    return (this.byLastWord.get(word) ?? []).filter((c) => this.live(c));
  }

  private live(c: Cluster): boolean {
    return this.map.get(c.key) === c;
  }

  private addName(c: Cluster, name: string, count: number): void {
    const had = c.names.get(name);
    c.names.set(name, (had ?? 0) + count);
    if (had !== undefined) return;
    const list = this.byName.get(name);
    if (list) list.push(c);
    else this.byName.set(name, [c]);
  }

  private indexWords(c: Cluster): void {
    if (c.words.length < 2) return;
    const [index, word] = c.kind === 'person' ? [this.bySurname, surname(c.words)] : [this.byLastWord, norm(c.words[c.words.length - 1])];
    const list = index.get(word);
    if (list) list.push(c);
    else index.set(word, [c]);
  }
}
