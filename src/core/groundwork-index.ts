import Fuse from 'fuse.js';
import type { Corpus } from './corpus';
import { NameMatcher, type NameHit } from './name-matcher';
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

interface NameEntry {
  text: string;
  person: Person;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();

/** The queries the editor makes of a corpus: names exact and fuzzy, passages fuzzy, quotes per person. */
export class GroundworkIndex {
  readonly sources: Source[];
  readonly people: Person[];
  private readonly byKey = new Map<string, Source>();
  private readonly byName = new Map<string, Person>();
  private readonly matcher = new NameMatcher<Person>();
  private readonly nameFuse: Fuse<NameEntry>;
  private readonly passageFuse: Fuse<Passage>;

  constructor(corpus: Corpus) {
    this.sources = corpus.sources;
    this.people = corpus.people;
    for (const s of this.sources) this.byKey.set(s.key, s);
    const entries: NameEntry[] = [];
    for (const person of this.people) {
      for (const text of [person.name, ...person.aliases.map((a) => a.text)]) {
        if (!this.byName.has(fold(text))) this.byName.set(fold(text), person);
        this.matcher.add(text, person);
        entries.push({ text, person });
      }
    }
    this.nameFuse = new Fuse(entries, { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true });
    this.passageFuse = new Fuse(
      this.sources.flatMap((s) => s.passages),
      { keys: ['text'], includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3, findAllMatches: false },
    );
  }

  source(key: string): Source | undefined {
    return this.byKey.get(key);
  }

  /** A person by exact name or alias (case and accents ignored). */
  personNamed(name: string): Person | undefined {
    return this.byName.get(fold(name.trim()));
  }

  /** People whose name is close to `query` (`No Kwang Choi` finds No Kwang Chol), best first. */
  findPeople(query: string, limit = 10): Array<{ person: Person; score: number; text: string }> {
    const exact = this.personNamed(query);
    if (exact) return [{ person: exact, score: 0, text: exact.name }];
    const seen = new Set<Person>();
    const out: Array<{ person: Person; score: number; text: string }> = [];
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
    const starts = (text: string) => {
      const t = fold(text);
      return t.startsWith(p) || t.split(/\s+/).some((w, i, all) => all.slice(i).join(' ').startsWith(p));
    };
    const direct = this.people.filter((person) => person.kind === 'person' && [person.name, ...person.aliases.map((a) => a.text)].some(starts));
    if (direct.length > 0 || p.length < 3) return direct.slice(0, limit);
    const fuzzy = this.findPeople(prefix, limit).map((r) => r.person).filter((x) => x.kind === 'person' && !direct.includes(x));
    return [...direct, ...fuzzy].slice(0, limit);
  }

  /** Every known name or alias in a text, in one pass. */
  matchNames(text: string): Array<NameHit<Person>> {
    return this.matcher.findAll(text);
  }

  /** Passages that best match a query, fuzzy, best first. */
  searchPassages(query: string, limit = 10): PassageHit[] {
    return this.passageFuse.search(query, { limit }).map((r) => ({ passage: r.item, source: this.byKey.get(r.item.sourceKey)!, score: r.score ?? 1 }));
  }

  /** The sentences that best show who a person is: body text first, then ones that give a role or quote them. */
  quotes(person: Person, limit = 3): Quote[] {
    const quotes: Array<Quote & { weight: number }> = [];
    const used = new Set<string>();
    for (const mention of person.mentions) {
      const source = this.byKey.get(mention.source);
      const passage = source?.passages.find((p) => p.start <= mention.start && mention.end <= p.end);
      const sentence = passage?.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
      if (!source || !passage || !sentence || used.has(`${source.key}:${sentence.start}`)) continue;
      used.add(`${source.key}:${sentence.start}`);
      quotes.push({ sentence, passage, source, mention, weight: weigh(sentence.text, passage, person) });
    }
    quotes.sort((a, b) => b.weight - a.weight);
    // The best quote of each source first, so a card shows more than one outlet.
    const seen = new Set<Source>();
    const firsts = quotes.filter((q) => !seen.has(q.source) && seen.add(q.source));
    const ordered = [...firsts, ...quotes.filter((q) => !firsts.includes(q))];
    return ordered.slice(0, limit).map(({ sentence, passage, source, mention }) => ({ sentence, passage, source, mention }));
  }

  sourcesOf(person: Person): number {
    return new Set(person.mentions.map((m) => m.source)).size;
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
