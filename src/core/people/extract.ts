import { findNames, PERSON_SCORE, type Cue, type NameCandidate } from '../name-finder';
import { isCommonWord, isFemaleFirstName, isFirstName, isMaleFirstName, isNonPersonWord, isPlace, isSurnameFirst, mayBePlace } from '../name-lexicon';
import type { ParsedSource } from '../parse-source';
import { passageFileOffset } from '../passage-offsets';
import { LineIndex } from '../text-position';
import type { Passage } from '../types';
import { editDistance } from '../edit-distance';
import { credits } from './credits';
import type { DocEntity, DocMention, DocPeople } from './doc-people';
import { nameKey, surnameKey } from './name-keys';

/** A name seen in one passage of the document, in reading order. */
interface Sighting {
  candidate: NameCandidate;
  score: number;
  passage: Passage;
  order: number;
  /** `nameKey` of the candidate's words, worked out once. */
  key: string;
}

/**
 * Finds who is who in one document from its own text: the names, the evidence for each being a
 * person, the roles, and which full name each bare surname means. The per-document half of
 * finding people; the corpus-wide half is `PeopleLinker`.
 */
export function extractPeople(source: ParsedSource): DocPeople {
  const sightings = sightingsOf(source);
  kindsFromContext(sightings);
  supportRepeatedSurnames(sightings);
  supportRepeatedFirstNames(sightings);
  const doc = new DocBuilder(source, sightings);
  const strong = new Set(sightings.filter((s) => s.candidate.kind === 'unknown' && s.score >= PERSON_SCORE && s.candidate.words.length > 1));
  for (const s of strong) doc.person(s.key, s, true);
  for (const s of sightings) {
    if (strong.has(s)) continue;
    const { candidate } = s;
    if (candidate.kind === 'organization' || candidate.kind === 'place') {
      const person = candidate.words.length === 1 ? doc.personWithSurname(s) : undefined;
      if (person) doc.add(person, s);
      else doc.thing(candidate.kind, s);
      continue;
    }
    const known = doc.known(s);
    if (known) doc.add(known, s);
    else if (candidate.words.length === 1 && doc.thingEndingWith(candidate.name)) doc.add(doc.thingEndingWith(candidate.name)!, s);
    else if (candidate.words.length > 1) doc.person(s.key, s, s.score >= PERSON_SCORE);
    else if (!isNonPersonWord(candidate.name) && !(isCommonWord(candidate.name) && atPassageStart(s))) doc.lone(s, s.score >= PERSON_SCORE);
  }
  for (const { passage, candidate } of credits(source)) {
    const key = nameKey(candidate.words);
    doc.person(key, { candidate, score: PERSON_SCORE, passage, order: -1, key }, true);
  }
  return { path: source.path, ...(source.meta.date ? { date: source.meta.date } : {}), entities: doc.entities };
}

/** Collects the document's entities, with lookups by full name, surname and last word. */
class DocBuilder {
  readonly entities: DocEntity[] = [];
  private readonly byKey = new Map<string, DocEntity>();
  private readonly bySurname = new Map<string, DocEntity[]>();
  private readonly lastSeen = new Map<DocEntity, number>();
  private readonly lines: LineIndex;

  /** Surnames the text gives both `Mr.` and `Mrs.`/`Ms.` (a couple). */
  private readonly bothHonorifics: Set<string>;

  constructor(
    private readonly source: ParsedSource,
    sightings: Sighting[],
  ) {
    this.lines = new LineIndex(source.text);
    const seen = new Map<string, string[]>();
    for (const { candidate, key } of sightings) {
      if (candidate.honorific && candidate.words.length === 1) push(seen, key, candidate.honorific);
    }
    this.bothHonorifics = new Set([...seen].filter(([, list]) => new Set(list).size === 2).map(([k]) => k));
  }

  person(key: string, s: Sighting, certain: boolean): void {
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind: 'person', words: s.candidate.words, names: [], roles: [], mentions: [], certain };
      this.byKey.set(key, e);
      this.entities.push(e);
      if (certain) push(this.bySurname, surnameKey(e.words), e);
    }
    this.add(e, s);
  }

  /** A bare surname or first name the document names in full nowhere: the corpus may know it. */
  lone(s: Sighting, certain: boolean): void {
    const honorific = s.candidate.honorific;
    const key = `lone:${honorific ?? ''}:${s.key}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind: 'person', words: s.candidate.words, names: [], roles: [], mentions: [], certain, ...(honorific ? { honorific } : {}) };
      this.byKey.set(key, e);
      this.entities.push(e);
    }
    e.certain ||= certain;
    this.add(e, s);
  }

  thing(kind: 'organization' | 'place', s: Sighting): void {
    const key = `${kind}:${s.key}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind, words: s.candidate.words, names: [], roles: [], mentions: [], certain: false };
      this.byKey.set(key, e);
      this.entities.push(e);
      if (e.words.length > 1) push(this.bySurname, `thing:${nameKey(e.words.slice(-1))}`, e);
    }
    this.add(e, s);
  }

  add(e: DocEntity, s: Sighting): void {
    const { candidate } = s;
    const had = e.names.find(([n]) => n === candidate.name);
    if (had) had[1]++;
    else e.names.push([candidate.name, 1]);
    if (candidate.words.length > e.words.length) e.words = candidate.words;
    if (candidate.role) e.roles.push(candidate.role);
    e.mentions.push(this.mention(s));
    this.lastSeen.set(e, Math.max(this.lastSeen.get(e) ?? -1, s.order));
  }

  /** The same full name, or the person a bare surname means here: the one named last before it. */
  known(s: Sighting): DocEntity | undefined {
    const { words } = s.candidate;
    const exact = this.byKey.get(s.key);
    if (exact?.kind === 'person' && exact.certain) return exact;
    if (words.length > 1) return this.byLastWords(words);
    if (isNonPersonWord(words[0])) return undefined;
    if (isCommonWord(words[0]) && atPassageStart(s)) return undefined;
    const bySurname = this.bySurname.get(s.key);
    if (bySurname) return this.namedBefore(s, bySurname);
    return this.misspeltSurname(words[0]) ?? this.byFirstName(words[0]) ?? this.byGivenName(words[0]);
  }

  /** `Omar Garcia Harfuch … Garcia Harfuch said`, `Ursula von der Leyen … Von der Leyen`: a surname of several words, when only one person here ends with it. */
  private byLastWords(words: string[]): DocEntity | undefined {
    const tail = ` ${nameKey(words).toLowerCase()}`;
    const people = this.entities.filter(
      (e) => e.kind === 'person' && e.certain && e.words.length > words.length && nameKey(e.words).toLowerCase().endsWith(tail),
    );
    return people.length === 1 ? people[0] : undefined;
  }

  /** `Nguyen Tan Dung … Dung said`: a family-name-first name used by its last word, when only one person here has it. */
  private byGivenName(word: string): DocEntity | undefined {
    const key = nameKey([word]);
    const people = this.entities.filter(
      (e) => e.kind === 'person' && e.certain && e.words.length === 3 && isSurnameFirst(e.words[0]) && nameKey(e.words.slice(2)) === key,
    );
    return people.length === 1 ? people[0] : undefined;
  }

  /** `Aktham Naisse … Mr. Naise`: one letter off the surname of the only person here it could be. */
  private misspeltSurname(word: string): DocEntity | undefined {
    const key = nameKey([word]);
    if (key.length < 5) return undefined;
    const near = [...this.bySurname].filter(
      ([k, list]) => !k.startsWith('thing:') && k[0] === key[0] && k.length >= 5 && list.length === 1 && editDistance(k, key) === 1,
    );
    return near.length === 1 ? near[0][1][0] : undefined;
  }

  /** `Mengistu Haile Mariam … Colonel Mengistu`: names used by the given name, when only one person here has it. */
  private byFirstName(word: string): DocEntity | undefined {
    const key = nameKey([word]);
    const people = this.entities.filter((e) => e.kind === 'person' && e.certain && e.words.length > 1 && nameKey(e.words.slice(0, 1)) === key);
    return people.length === 1 ? people[0] : undefined;
  }

  /** `Bolton said`: a word the lexicon calls a place is the surname of a person this text names in full. */
  personWithSurname(s: Sighting): DocEntity | undefined {
    return this.namedBefore(s, this.bySurname.get(s.key) ?? []);
  }

  /** `Hurricane Melinda … Melinda killed 12`. */
  thingEndingWith(word: string): DocEntity | undefined {
    return this.bySurname.get(`thing:${nameKey([word])}`)?.[0];
  }

  private namedBefore(s: Sighting, people: DocEntity[]): DocEntity | undefined {
    const { honorific } = s.candidate;
    const fit = honorific === undefined ? people : people.filter((p) => [honorific, undefined].includes(this.genderOf(p)));
    if (fit.length <= 1) return fit[0];
    const before = fit.filter((p) => (this.lastSeen.get(p) ?? -1) < s.order || p.mentions.length === 0);
    const latest = (list: DocEntity[]) => [...list].sort((a, b) => (this.lastSeen.get(b) ?? -1) - (this.lastSeen.get(a) ?? -1))[0];
    return latest(before.length ? before : fit);
  }

  /**
   * `Mrs. Clinton` is not `Bill Clinton`, `Mr. Clinton` not `Hillary Clinton`; and where a text
   * has both `Mr. X` and `Mrs. X` beside one full name of neither sex, the full name is taken as
   * the man's, so that the two stay apart.
   */
  private genderOf(p: DocEntity): 'f' | 'm' | undefined {
    if (isSurnameFirst(p.words[0])) return undefined;
    if (isMaleName(p.words[0])) return 'm';
    if (isFemaleFirstName(p.words[0])) return 'f';
    return this.bothHonorifics.has(surnameKey(p.words)) ? 'm' : undefined;
  }

  private mention(s: Sighting): DocMention {
    const start = passageFileOffset(s.passage, s.candidate.start);
    const end = passageFileOffset(s.passage, s.candidate.end);
    const { line, column } = this.lines.position(start);
    return { start, end, line, column, text: this.source.text.slice(start, end) };
  }
}

const MALE = /^(?:mr|sir|lord|king|prince)$/i;
/** A given name the lexicon knows as a man's: `Mrs. Clinton` is not `Bill Clinton`. */
function isMaleName(word: string): boolean {
  return MALE.test(word) || isMaleFirstName(word);
}

function atPassageStart(s: Sighting): boolean {
  return s.passage.text.slice(0, s.candidate.start).trim() === '';
}

function sightingsOf(source: ParsedSource): Sighting[] {
  const out: Sighting[] = [];
  let order = 0;
  for (const passage of source.passages)
    for (const candidate of findNames(passage.text)) out.push({ candidate, score: candidate.score, passage, order: order++, key: nameKey(candidate.words) });
  return out;
}

/**
 * `the mosque in Dera Ismail Khan … Dera Ismail Khan has a history`, `Goldman Sachs … Goldman's
 * chief executive`: a name the text puts in a place's or a company's context somewhere, and in a
 * person's nowhere, is that place or company at every mention; so is the first word of a company
 * the text names in full.
 */
function kindsFromContext(sightings: Sighting[]): void {
  const cued = new Map<string, Cue>();
  const people = new Set<string>();
  const companies = new Set<string>();
  for (const { candidate, key } of sightings) {
    if (candidate.cue === 'person') people.add(candidate.words.length > 1 ? key : surnameKey(candidate.words));
    else if (candidate.cue && !cued.has(key)) cued.set(key, candidate.cue);
    else if (candidate.kind !== 'unknown' && candidate.words.length > 1 && !cued.has(key)) cued.set(key, candidate.kind);
    if (candidate.cue === 'organization' && candidate.words.length > 1) companies.add(key.split(' ')[0]);
  }
  for (const { candidate, key } of sightings) {
    if (candidate.kind !== 'unknown') continue;
    const many = candidate.words.length > 1;
    if (people.has(key) || (many && people.has(surnameKey(candidate.words))) || (!many && (isCommonWord(candidate.name) || isPlace(candidate.name)))) continue;
    const kind = cued.get(key) ?? (!many && companies.has(key) ? 'organization' : undefined);
    if (kind && kind !== 'person') candidate.kind = kind;
  }
}

/** `Esfandiar Rahim Mashaie … Mashaie said`: a full name whose surname the same text repeats alone is likelier a person. */
function supportRepeatedSurnames(sightings: Sighting[]): void {
  const lone = sightings.filter((s) => s.candidate.words.length === 1);
  const key = (s: Sighting) => s.key;
  const placeLike = new Set(lone.filter((s) => s.score <= -2).map(key));
  const alone = new Set(lone.map(key).filter((k) => !placeLike.has(k)));
  for (const s of sightings) {
    const { candidate } = s;
    if (candidate.kind !== 'unknown' || s.score !== PERSON_SCORE - 1 || candidate.words.length < 2) continue;
    if (candidate.words.some((w) => isCommonWord(w) && !isFirstName(w))) continue;
    if (alone.has(surnameKey(candidate.words))) s.score++;
  }
}

/** `Bob buys a dog … Bill ignores it … Bob's cow`: a first name used alone again and again is a person, unless it ends a thing's name here. */
function supportRepeatedFirstNames(sightings: Sighting[]): void {
  const heads = new Set(
    sightings.filter((s) => s.candidate.kind !== 'unknown' && s.candidate.words.length > 1).map((s) => nameKey(s.candidate.words.slice(-1))),
  );
  const counts = new Map<string, number>();
  const lone = sightings.filter((s) => s.candidate.kind === 'unknown' && s.candidate.words.length === 1 && isFirstName(s.candidate.name));
  for (const s of lone) counts.set(s.key, s.score <= -2 ? -Infinity : (counts.get(s.key) ?? 0) + 1);
  for (const s of lone) {
    if ((counts.get(s.key) ?? 0) >= 2 && !mayBePlace(s.candidate.name) && !heads.has(s.key)) s.score += 3;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
