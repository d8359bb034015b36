import { slug } from './citation-keys';
import { findNames, PERSON_SCORE, type NameCandidate } from './name-finder';
import { isCommonWord, isFirstName, isNonPersonWord, mayBePlace } from './name-lexicon';
import { Clusters, norm, surname, type Cluster, type Sighting } from './people-clusters';
import type { ParsedSource } from './parse-source';
import { passageFileOffset } from './passage-offsets';
import { LineIndex } from './text-position';
import type { Alias, EntityKind, Mention, Passage, Person } from './types';

/** What one source contributes before the corpus-wide merge: its names, passage by passage. Cacheable per source. */
export interface SourceNames {
  passages: NameCandidate[][];
  credits: Array<{ passage: Passage; candidate: NameCandidate }>;
  lines: LineIndex;
  /** Candidates (by order in the source) that are a first name used alone again and again: persons unless another source makes the word an organisation's or place's. */
  repeatedFirstNames: number[];
  /** Last words of the organisations and places this source names (`Melinda` of `Hurricane Melinda`). */
  nonPersonHeads: string[];
}

/** The names of a source without its line index, which is rebuilt from the text instead of stored or sent. */
export function namesToStore({ passages, credits, repeatedFirstNames, nonPersonHeads }: SourceNames): Omit<SourceNames, 'lines'> {
  return { passages, credits, repeatedFirstNames, nonPersonHeads };
}

const strings = new Map<string, string>();
const wordLists = new Map<string, string[]>();

/**
 * Makes the candidates of a source share their name, words and role strings with every other
 * source's: a large corpus repeats the same names hundreds of thousands of times.
 */
export function shareNameStrings(names: SourceNames): void {
  if (strings.size > 1_000_000) {
    strings.clear();
    wordLists.clear();
  }
  const one = (s: string) => {
    const had = strings.get(s);
    if (had !== undefined) return had;
    strings.set(s, s);
    return s;
  };
  const words = (list: string[]) => {
    const key = list.join('\u0000');
    let shared = wordLists.get(key);
    if (!shared) wordLists.set(key, (shared = list.map(one)));
    return shared;
  };
  // Fresh objects of one shape: the finder's spread-built candidates take several times the memory.
  names.passages = names.passages.map((list) =>
    list.map((c) => ({ name: one(c.name), start: c.start, end: c.end, words: words(c.words), role: c.role === undefined ? undefined : one(c.role), kind: c.kind, score: c.score })),
  );
}

/** Finds the names in one source and weighs the evidence the source gives alone; the per-source half of finding people. */
export function extractNames(source: ParsedSource): SourceNames {
  const names: SourceNames = { passages: source.passages.map((p) => findNames(p.text)), credits: credits(source), lines: new LineIndex(source.text), repeatedFirstNames: [], nonPersonHeads: [] };
  const sightings = collectSightings([source], new Map([[source, names]]));
  supportRepeatedSurnames(sightings);
  for (const s of sightings) s.candidate.score = s.score;
  names.repeatedFirstNames = repeatedFirstNames(sightings).map((s) => s.order);
  names.nonPersonHeads = [...new Set(sightings.filter((s) => s.candidate.kind !== 'unknown' && s.candidate.words.length > 1).map((s) => norm(s.candidate.words.at(-1)!)))];
  return names;
}

/**
 * Finds the people (and organisations, places) across all sources and links every mention to them.
 * `names` gives each source's names when they are already known (a cache); otherwise they are found here.
 */
export function resolvePeople(sources: ParsedSource[], names: (source: ParsedSource) => SourceNames = extractNames): Person[] {
  const steps = resolving(sources, names);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** `resolvePeople` in slices of about `sliceMs`, awaiting `pause` between them, so a host thread stays responsive. */
export async function resolvePeopleAsync(sources: ParsedSource[], names: (source: ParsedSource) => SourceNames, pause: () => Promise<void>, sliceMs = 15): Promise<Person[]> {
  const steps = resolving(sources, names);
  let slice = Date.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (Date.now() - slice > sliceMs) {
      await pause();
      slice = Date.now();
    }
  }
}

/** The work of `resolvePeople`, yielding every so often. */
function* resolving(sources: ParsedSource[], names: (source: ParsedSource) => SourceNames): Generator<void, Person[]> {
  const extracted = new Map(sources.map((source) => [source, names(source)]));
  const sightings = collectSightings(sources, extracted);
  yield;
  const clusters = new Clusters();
  const add = (key: string, s: Sighting, kind: EntityKind) => clusters.add(key, s, kind);
  supportRepeatedFirstNames(sources, extracted, sightings);
  const strong = new Set(sightings.filter((s) => s.candidate.kind === 'unknown' && s.score >= PERSON_SCORE));
  let n = 0;
  for (const s of strong) {
    if (++n % 2000 === 0) yield;
    if (s.candidate.words.length > 1) add(norm(s.candidate.name), s, 'person');
  }
  mergeVariants(clusters);
  yield;
  const pending = sightings.filter((s) => !strong.has(s) || s.candidate.words.length === 1);
  for (const s of pending) {
    if (++n % 2000 === 0) yield;
    const { candidate } = s;
    if (candidate.kind === 'organization' || candidate.kind === 'place') {
      const person = candidate.words.length === 1 ? personInSource(clusters, s) : undefined;
      if (person) add(person, s, 'person');
      else add(`${candidate.kind}:${norm(candidate.name)}`, s, candidate.kind);
      continue;
    }
    const known = clusterFor(clusters, s);
    const thing = known ? undefined : nonPersonInSource(clusters, s);
    if (known) add(known, s, 'person');
    else if (thing) add(thing, s, clusters.get(thing)!.kind);
    else if (s.score >= PERSON_SCORE) add(norm(candidate.name), s, 'person');
  }
  for (const source of sources) {
    const { credits, lines } = extracted.get(source)!;
    for (const { passage, candidate } of credits) add(norm(candidate.name), { candidate, score: candidate.score, source, passage, lines, order: -1 }, 'person');
  }
  const people: Person[] = [];
  for (const c of clusters.values()) {
    if (++n % 500 === 0) yield;
    if (keep(c)) people.push(toPerson(c));
  }
  yield;
  return people.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** `Esfandiar Rahim Mashaie … Mashaie said`: a full name whose surname the same text repeats alone is likelier a person. Sightings of one source. */
function supportRepeatedSurnames(sightings: Sighting[]): void {
  const lone = sightings.filter((s) => s.candidate.words.length === 1);
  const key = (s: Sighting) => norm(s.candidate.name);
  const placeLike = new Set(lone.filter((s) => s.score <= -2).map(key));
  const alone = new Set(lone.map(key).filter((k) => !placeLike.has(k)));
  for (const s of sightings) {
    const { candidate } = s;
    if (candidate.kind !== 'unknown' || s.score !== PERSON_SCORE - 1 || candidate.words.length < 2) continue;
    if (candidate.words.some((w) => isCommonWord(w) && !isFirstName(w))) continue;
    if (alone.has(surname(candidate.words))) s.score++;
  }
}

/** `Bob buys a dog … Bill ignores it … Bob's cow`: a first name used alone again and again in one text is a person. */
function supportRepeatedFirstNames(sources: ParsedSource[], extracted: Map<ParsedSource, SourceNames>, sightings: Sighting[]): void {
  const nonPersonHeads = new Set<string>();
  for (const names of extracted.values()) for (const h of names.nonPersonHeads) nonPersonHeads.add(h);
  let first = 0;
  for (const source of sources) {
    const names = extracted.get(source)!;
    for (const order of names.repeatedFirstNames) {
      const s = sightings[first + order];
      if (!nonPersonHeads.has(norm(s.candidate.name))) s.score += 3;
    }
    first += names.passages.reduce((n, list) => n + list.length, 0);
  }
}

/** Lone first names a text repeats (and never as a place-like word): the source's share of `supportRepeatedFirstNames`. */
function repeatedFirstNames(sightings: Sighting[]): Sighting[] {
  const counts = new Map<string, number>();
  const lone = sightings.filter((s) => s.candidate.kind === 'unknown' && s.candidate.words.length === 1 && isFirstName(s.candidate.name));
  for (const s of lone) counts.set(norm(s.candidate.name), s.score <= -2 ? -Infinity : (counts.get(norm(s.candidate.name)) ?? 0) + 1);
  return lone.filter((s) => (counts.get(norm(s.candidate.name)) ?? 0) >= 2 && !mayBePlace(s.candidate.name));
}

/** `Bolton said`: a word the lexicon calls a place is the surname of a person the same text has named in full. */
function personInSource(clusters: Clusters, s: Sighting): string | undefined {
  return clusters.peopleWithSurname(norm(s.candidate.words[0])).find((c) => c.bySource.has(s.source))?.key;
}

/** `Hurricane Melinda … Melinda killed 12`: a lone word that ends an organisation or place named in the same text. */
function nonPersonInSource(clusters: Clusters, s: Sighting): string | undefined {
  if (s.candidate.words.length !== 1) return undefined;
  return clusters.thingsEndingWith(norm(s.candidate.name)).find((c) => c.bySource.has(s.source))?.key;
}

function collectSightings(sources: ParsedSource[], extracted: Map<ParsedSource, SourceNames>): Sighting[] {
  const out: Sighting[] = [];
  for (const source of sources) {
    const { passages, lines } = extracted.get(source)!;
    let order = 0;
    source.passages.forEach((passage, i) => {
      for (const candidate of passages[i]) out.push({ candidate, score: candidate.score, source, passage, lines, order: order++ });
    });
  }
  return out;
}

/** The known person a weaker sighting refers to: the same full name, or a surname seen earlier. */
function clusterFor(clusters: Clusters, s: Sighting): string | undefined {
  const { words, name } = s.candidate;
  const exact = norm(name);
  if (clusters.get(exact)?.kind === 'person') return exact;
  const named = clusters.personWithName(name);
  if (named) return named.key;
  if (words.length !== 1 || isNonPersonWord(words[0])) return undefined;
  if (isCommonWord(words[0]) && s.passage.text.slice(0, s.candidate.start).trim() === '') return undefined;
  const matches = clusters.peopleWithSurname(norm(words[0]));
  if (matches.length <= 1) return matches[0]?.key;
  const inSource = matches
    .map((c) => ({ key: c.key, last: Math.max(-1, ...(c.bySource.get(s.source) ?? []).filter((x) => x.order < s.order).map((x) => x.order)) }))
    .sort((a, b) => b.last - a.last);
  if (inSource[0].last >= 0) return inSource[0].key;
  return [...matches].sort((a, b) => b.sightings.length - a.sightings.length)[0].key;
}

/**
 * `Andrei`/`Andrey Belousov`, `Vladmir`/`Vladimir Putin`: one person; `toPerson` picks the spelling.
 * Each cluster is compared only with later ones that share a block (see `blocks`), in cluster order.
 */
function mergeVariants(clusters: Clusters): void {
  const list = [...clusters.values()];
  const position = new Map(list.map((c, i) => [c, i]));
  const byBlock = new Map<string, Cluster[]>();
  for (const c of list) {
    for (const b of blocks(c.words)) {
      const l = byBlock.get(b);
      if (l) l.push(c);
      else byBlock.set(b, [c]);
    }
  }
  const merged = new Set<Cluster>();
  for (const a of list) {
    if (merged.has(a)) continue;
    for (let last = position.get(a)!; ; ) {
      const b = nextCandidate(a.words, byBlock, position, merged, last);
      if (!b) break;
      last = position.get(b)!;
      if (!sameName(a.words, b.words)) continue;
      clusters.merge(a, b);
      merged.add(b);
    }
  }
  clusters.reindex();
}

/** The first cluster after position `after` sharing a block with `words`. */
function nextCandidate(words: string[], byBlock: Map<string, Cluster[]>, position: Map<Cluster, number>, merged: Set<Cluster>, after: number): Cluster | undefined {
  let best: Cluster | undefined;
  for (const b of blocks(words)) {
    for (const c of byBlock.get(b) ?? []) {
      const p = position.get(c)!;
      if (p <= after || merged.has(c)) continue;
      if (!best || p < position.get(best)!) best = c;
      break;
    }
  }
  return best;
}

/**
 * Keys that any two names `sameName` accepts have in common: the same last two words (for names of
 * different lengths), or one word equal in place with every other word starting with the same letter.
 */
function blocks(words: string[]): string[] {
  const w = words.map(norm);
  const out = w.length >= 2 ? [`s|${w.slice(-2).join(' ')}`] : [];
  w.forEach((word, i) => out.push(`${w.length}|${i}|${word}|${w.map((x, j) => (j === i ? '' : x[0])).join('')}`));
  return out;
}

/** Same number of words, same surname, every other word equal or one or two edits apart. */
function sameName(a: string[], b: string[]): boolean {
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    return short.length >= 2 && norm(long.slice(-short.length).join(' ')) === norm(short.join(' '));
  }
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    const x = norm(a[i]);
    const y = norm(b[i]);
    if (x === y) continue;
    if (x[0] !== y[0] || Math.min(x.length, y.length) < 4 || editDistance(x, y) > 2) return false;
    differing++;
  }
  return differing > 0 && differing < a.length;
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Photographers named in credits: `Kirill Kudryavtsev/AFP via Getty Images/TNS`. */
function credits(source: ParsedSource): SourceNames['credits'] {
  const out: SourceNames['credits'] = [];
  for (const passage of source.passages.filter((p) => p.kind === 'caption')) {
    const after = source.text.slice(passage.end, passage.end + 200);
    const m = /^\s*\(([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3})\/([^()]+)\)/u.exec(after);
    if (!m || m[1].split(' ').some(isNonPersonWord)) continue;
    // The credit follows the caption's text, so its offsets are given against a passage that starts at the name.
    const credit: Passage = { ...passage, start: passage.end + after.indexOf(m[1]), offsets: undefined };
    const candidate: NameCandidate = { name: m[1], start: 0, end: m[1].length, words: m[1].split(' '), kind: 'unknown', score: PERSON_SCORE, role: `photographer (${m[2].trim()})` };
    out.push({ passage: credit, candidate });
  }
  return out;
}

function keep(c: Cluster): boolean {
  if (c.kind === 'person') return true;
  return c.sightings.length >= 2 || c.words.length >= 2;
}

function toPerson(c: Cluster): Person {
  const names = [...c.names].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]);
  const full = names.filter(([n]) => n.split(' ').length === names[0][0].split(' ').length);
  const name = (full.find(([n]) => n.split(' ').every((w) => !looksMisspelt(w, full.map(([x]) => x)))) ?? full[0])[0];
  const aliases: Alias[] = names
    .filter(([n]) => n !== name)
    .map(([n]) => ({ text: n, kind: isVariant(n, name) ? 'variant' : 'misspelling' }));
  const roles = rankRoles(c.roles);
  const mentions = c.sightings.map(toMention).sort((a, b) => (a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1));
  return { id: slug(name), name, kind: c.kind, role: roles[0], roles: roles.slice(1), aliases, mentions };
}

function toMention(s: Sighting): Mention {
  const start = passageFileOffset(s.passage, s.candidate.start);
  const end = passageFileOffset(s.passage, s.candidate.end);
  const { line, column } = s.lines.position(start);
  return { source: s.source.key, path: s.source.path, start, end, line, column, text: s.source.text.slice(start, end) };
}

/** A word is a likely typo when the lexicon does not know it but knows a close spelling used for the same name. */
function looksMisspelt(word: string, names: string[]): boolean {
  if (isFirstName(word)) return false;
  return names.some((n) => n.split(' ').some((w) => w !== word && isFirstName(w) && editDistance(norm(w), norm(word)) <= 2));
}

/** Accepted spellings: transliterations (`Andrei`/`Andrey`) and the lexicon's names; other near-misses are typos. */
function isVariant(alias: string, name: string): boolean {
  const a = alias.split(' ');
  const b = name.split(' ');
  if (a.length !== b.length) return true;
  return a.every((w, i) => w === b[i] || isFirstName(w) || transliterated(norm(w), norm(b[i])));
}

function transliterated(a: string, b: string): boolean {
  const fold = (s: string) => s.replace(/ey$|ei$|ej$/, 'ei').replace(/iy$|ii$|yi$/, 'i').replace(/y/g, 'i').replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/ou/g, 'u');
  return fold(a) === fold(b);
}

/** The role most sources give, longer wordings winning ties; roles inside a chosen one are dropped. */
function rankRoles(roles: string[]): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const r of roles) {
    const k = r.toLowerCase();
    const e = counts.get(k) ?? { text: r, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  for (const [k, e] of counts) {
    for (const [k2, e2] of counts) if (k2 !== k && k2.includes(k)) e2.n += e.n;
  }
  const ordered = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length);
  const chosen: string[] = [];
  for (const [k, e] of ordered) if (!chosen.some((c) => c.toLowerCase().includes(k))) chosen.push(e.text);
  return chosen;
}
