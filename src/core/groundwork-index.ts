import Fuse from 'fuse.js';
import type { Corpus } from './corpus';
import type { NameHit } from './name-matcher';
import { NamePrefixes } from './name-prefixes';
import { PassageIndex } from './passage-index';
import { namesOf, PersonNames } from './person-names';
import { mentionSample, sourceCount } from './people/packed-mentions';
import { containing } from './spans';
import { foldName as fold } from './text-fold';
import type { Mention, Passage, Person, Sentence, Source } from './types';

export interface PassageHit {
  passage: Passage;
  source: Source;
  /** 0 is a perfect match, 1 no match (fuse.js scale). */
  score: number;
}

export interface Quote {
  sentence: Sentence;
  passage: Passage;
  source: Source;
  mention: Mention;
}

/** The tables an index's owner keeps up to date across versions (see `CorpusBuilder`), so an update does not rebuild them. */
export interface IndexTables {
  passages: PassageIndex;
  names: PersonNames;
  byKey: Map<string, Source>;
  lineage: Lineage;
}

/** Which version of whose index this is, and how its people differ from the version before, so a table kept over the people can follow them. */
export interface Lineage {
  /** The same object for every version an owner builds. */
  owner: object;
  version: number;
  /** Cards since the version before; undefined when not known. */
  made?: readonly Person[];
  dropped?: readonly Person[];
}

interface NameEntry {
  text: string;
  person: Person;
}

const KEPT_QUOTES = 10;
/**
 * A card's quotes are ranked from the mentions of at most this many of its sources, spread over
 * them, a few each: 48 sentences for the three a card shows, and a hover reads no more than 12 sources.
 */
const QUOTED_SOURCES = 12;
const QUOTED_PER_SOURCE = 4;

/** The queries the editor makes of a corpus: names exact and fuzzy, passages fuzzy, quotes per person. */
export class GroundworkIndex {
  readonly sources: Source[];
  readonly people: Person[];
  private readonly byKey: Map<string, Source>;
  private readonly names: PersonNames;
  private rank: Map<Person, number> | undefined;
  private readonly passageIndex: PassageIndex;
  private nameFuse: Fuse<NameEntry> | undefined;
  private prefixes: NamePrefixes<Person> | undefined;
  private readonly quoted = new Map<Person, Quote[]>();

  readonly lineage: Lineage | undefined;

  /** Without `tables`, the tables are built here from the corpus. */
  constructor(corpus: Corpus, tables?: IndexTables) {
    this.sources = corpus.sources;
    this.people = corpus.people;
    this.lineage = tables?.lineage;
    this.byKey = tables?.byKey ?? new Map(this.sources.map((s) => [s.key, s]));
    if (tables) this.names = tables.names;
    else {
      this.names = new PersonNames();
      this.names.update(this.people);
    }
    if (tables) this.passageIndex = tables.passages;
    else {
      this.passageIndex = new PassageIndex();
      for (const s of this.sources) this.passageIndex.add(s);
    }
  }

  /** The passages by term, for the checks' own lookups (read only). */
  get passageTable(): PassageIndex {
    return this.passageIndex;
  }

  source(key: string): Source | undefined {
    return this.byKey.get(key);
  }

  /** A person by exact name or alias (case and accents ignored). */
  personNamed(name: string): Person | undefined {
    return this.names.named(name);
  }

  /** People whose name is close to `query` (`No Kwang Choi` finds No Kwang Chol), best first. */
  findPeople(query: string, limit = 10): Array<{ person: Person; score: number; text: string }> {
    const exact = this.personNamed(query);
    if (exact) return [{ person: exact, score: 0, text: exact.name }];
    const seen = new Set<Person>();
    const out: Array<{ person: Person; score: number; text: string }> = [];
    this.nameFuse ??= new Fuse(
      this.people.flatMap((person) => namesOf(person).map((text) => ({ text, person }))),
      { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true },
    );
    for (const r of this.nameFuse.search(query, { limit: limit * 3 })) {
      if (seen.has(r.item.person)) continue;
      seen.add(r.item.person);
      out.push({ person: r.item.person, score: r.score ?? 1, text: r.item.text });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Completion: people with a name or alias word starting with `prefix`, then fuzzy matches. */
  completePeople(prefix: string, limit = 20): Person[] {
    const p = fold(prefix.trim());
    if (!p) return [];
    this.prefixes ??= new NamePrefixes(
      this.people.filter((person) => person.kind === 'person').map((person) => [person, namesOf(person)]),
      fold,
    );
    const rank = (this.rank ??= new Map(this.people.map((person, i) => [person, i])));
    const direct = [...this.prefixes.find(p)].sort((a, b) => rank.get(a)! - rank.get(b)!);
    if (direct.length > 0 || p.length < 3) return direct.slice(0, limit);
    const fuzzy = this.findPeople(prefix, limit)
      .map((r) => r.person)
      .filter((x) => x.kind === 'person' && !direct.includes(x));
    return [...direct, ...fuzzy].slice(0, limit);
  }

  /** Every known name or alias in a text, in one pass. */
  matchNames(text: string): Array<NameHit<Person>> {
    return this.names.find(text);
  }

  /** Passages that best match a query, fuzzy, best first. */
  searchPassages(query: string, limit = 10): PassageHit[] {
    return this.passageIndex
      .search(query, limit)
      .filter((r) => this.byKey.has(r.passage.sourceKey))
      .map((r) => ({ passage: r.passage, source: this.byKey.get(r.passage.sourceKey)!, score: r.score }));
  }

  /** The sentences that best show who a person is: body text first, then ones that give a role or quote them. */
  quotes(person: Person, limit = 3): Quote[] {
    // Ranking reads passages and sentences: a person is ranked once per index.
    if (limit > KEPT_QUOTES) return this.rankQuotes(person).slice(0, limit);
    let best = this.quoted.get(person);
    if (!best) this.quoted.set(person, (best = this.rankQuotes(person).slice(0, KEPT_QUOTES)));
    return best.slice(0, limit);
  }

  private rankQuotes(person: Person): Quote[] {
    const quotes: Array<Quote & { weight: number }> = [];
    const used = new Set<string>();
    for (const mention of mentionSample(person, QUOTED_SOURCES, QUOTED_PER_SOURCE)) {
      const source = this.byKey.get(mention.source);
      const passage = source && containing(source.passages, mention.start, mention.end);
      const sentence = passage && containing(passage.sentences, mention.start, mention.start + 1);
      if (!source || !passage || !sentence || used.has(`${source.key}:${sentence.start}`)) continue;
      used.add(`${source.key}:${sentence.start}`);
      quotes.push({ sentence, passage, source, mention, weight: weigh(sentence.text, passage, person) });
    }
    quotes.sort((a, b) => b.weight - a.weight);
    // The best quote of each source first, so a card shows more than one outlet.
    const seen = new Set<Source>();
    const firsts = quotes.filter((q) => !seen.has(q.source) && seen.add(q.source));
    const ordered = [...firsts, ...quotes.filter((q) => !firsts.includes(q))];
    return ordered.map(({ sentence, passage, source, mention }) => ({ sentence, passage, source, mention }));
  }

  sourcesOf(person: Person): number {
    return sourceCount(person);
  }
}

function weigh(sentence: string, passage: Passage, person: Person): number {
  let w = passage.kind === 'body' ? 2 : 0;
  if (person.role && sentence.includes(person.role)) w += 2;
  if (sentence.includes(person.name)) w += 1;
  if (/\b(?:said|says|told|according to)\b/.test(sentence)) w += 1.5;
  if (/[“"]/.test(sentence)) w += 1;
  const words = sentence.split(/\s+/).length;
  if (words < 8) w -= 1;
  if (words > 45) w -= 1;
  return w;
}
