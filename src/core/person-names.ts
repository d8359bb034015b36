import { runSteps } from './engine/slices';
import { NameMatcher, type NameHit } from './name-matcher';
import { mentionCount } from './people/packed-mentions';
import { foldName } from './text-fold';
import type { Person } from './types';

const PLAIN_WORDS = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;

/** The people who carry one name, as the matcher knows it. */
interface Holder {
  people: Set<Person>;
}

/** Before b when a is mentioned more (then by name): the order of the people list, so a shared name goes to the best-known person. */
const better = (a: Person, b: Person) => mentionCount(b) - mentionCount(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function best(people: Set<Person> | undefined): Person | undefined {
  let out: Person | undefined;
  for (const p of people ?? []) if (!out || better(p, out) < 0) out = p;
  return out;
}

/**
 * Every person's name and aliases, for exact lookup and for finding names in a text, kept
 * across index versions: an update adds and removes only the people whose cards changed.
 */
export class PersonNames {
  private matcher = new NameMatcher<Holder>();
  private readonly holders = new Map<Person, Holder[]>();
  private readonly byFold = new Map<string, Set<Person>>();

  /** Brings the table to `people`: cards no longer there leave, new cards come in (compared by identity). */
  update(people: Person[]): void {
    runSteps(this.updating(people));
  }

  /** `update`, one card a step, for a caller that works in slices. */
  *updating(people: Person[]): Generator<void, void> {
    const next = new Set(people);
    yield* this.changing(
      people.filter((p) => !this.holders.has(p)),
      [...this.holders.keys()].filter((p) => !next.has(p)),
    );
  }

  /** `update` by what changed: `dropped` cards leave, `made` ones come in, one card a step. */
  *changing(made: Person[], dropped: Person[]): Generator<void, void> {
    for (const p of dropped) {
      this.remove(p);
      yield;
    }
    for (const p of made) {
      if (this.holders.has(p)) continue;
      this.add(p);
      yield;
    }
  }

  /** A person by exact name or alias (case and accents ignored). */
  named(name: string): Person | undefined {
    return best(this.byFold.get(foldName(name.trim())));
  }

  /** Every known name in a text, in one pass, longest first. */
  find(text: string): Array<NameHit<Person>> {
    const hits = this.matcher.findAll(text);
    if (hits.some((h) => h.value.people.size === 0)) {
      // A name whose people have all gone can hide a shorter name inside it: start the matcher afresh.
      this.compact();
      return this.find(text);
    }
    return hits.map((h) => ({ ...h, value: best(h.value.people)! }));
  }

  private add(person: Person): void {
    const held: Holder[] = [];
    for (const text of namesOf(person)) {
      const folded = foldName(text);
      let people = this.byFold.get(folded);
      if (!people) this.byFold.set(folded, (people = new Set()));
      people.add(person);
      const holder = this.holderOf(text);
      holder.people.add(person);
      held.push(holder);
    }
    this.holders.set(person, held);
  }

  private remove(person: Person): void {
    for (const text of namesOf(person)) {
      const people = this.byFold.get(foldName(text));
      people?.delete(person);
      if (people?.size === 0) this.byFold.delete(foldName(text));
    }
    for (const holder of this.holders.get(person) ?? []) holder.people.delete(person);
    this.holders.delete(person);
  }

  /** The matcher's holder for a name: a new one, or the one already there for the same words. */
  private holderOf(text: string): Holder {
    let mine: Holder | undefined;
    const held = this.matcher.add(text, () => (mine = { people: new Set() }));
    // Plain words apart by single spaces are the words the matcher finds in the name: the holder is the one there.
    if (PLAIN_WORDS.test(text)) return held;
    const hit = this.matcher.findAll(text)[0];
    // The whole name, less what the matcher leaves off its end (a possessive, a full stop).
    const whole = hit?.start === 0 && hit.end >= text.replace(/(?:['’]s|\.)$/, '').length;
    return whole ? hit.value : (mine ?? { people: new Set() });
  }

  private compact(): void {
    const people = [...this.holders.keys()];
    this.matcher = new NameMatcher<Holder>();
    this.holders.clear();
    this.byFold.clear();
    for (const p of people) this.add(p);
  }
}

export function namesOf(person: Person): string[] {
  return [person.name, ...person.aliases.map((a) => a.text)];
}
