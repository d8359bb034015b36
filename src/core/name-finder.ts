import {
  breaksPhrase,
  isCalendarWord,
  isCommonWord,
  isDemonym,
  isFirstName,
  isHeadTitle,
  isHonorific,
  isInstitutionWord,
  isLastName,
  isNonPersonWord,
  isNumberWord,
  isOrganization,
  isParticle,
  isPlace,
  isPrefixWord,
  isSurnameFirst,
  isTitleWord,
  mayBePlace,
  WordClass,
} from './name-lexicon';
import { roleOf, type Role } from './name-roles';
import { ARABIC_ARTICLE, textsOf, tokenIs, tokenize, type Token } from './name-tokens';
import type { EntityKind } from './types';

const {
  CALENDAR,
  COMMON,
  DEMONYM,
  FIRST_NAME,
  HEAD_TITLE,
  HONORIFIC,
  KIN_WORD,
  LAST_NAME,
  NON_PERSON,
  NOUN,
  PARTICLE,
  PERSON_VERB,
  PLACE,
  PLACE_NOUN,
  PREFIX,
  ROLE_NOUN,
  STYLE_WORD,
  TITLE,
} = WordClass;

/** A capitalised name found in one text, before the corpus decides who it is. */
export interface NameCandidate {
  name: string;
  start: number;
  end: number;
  words: string[];
  role?: string;
  /** `Mrs.`/`Ms.` (`f`) or `Mr.` (`m`) right before the name. */
  honorific?: 'f' | 'm';
  kind: EntityKind | 'unknown';
  /** Evidence that this is a person; 2 or more is a person. */
  score: number;
  /**
   * What the words around this one mention say the name is, apart from its shape (`in X`, `X's
   * shareholders`, `Minister X`): the document's other mentions of the name may take it.
   */
  cue?: Cue;
}

export type Cue = 'person' | 'place' | 'organization';

export const PERSON_SCORE = 2;
/** Longer runs of capitals are headlines or titles of works, never one person's name. */
export const MAX_NAME_WORDS = 6;

/** Words that put a place after them: `in Chad`, `around Juarez`, `eastern Chad`. */
const PLACE_LEAD = /^(?:in|near|around|(?:north|south|east|west)(?:ern)?|central)$/;

/** Finds capitalised names in a text and weighs how likely each is a person. */
export function findNames(text: string): NameCandidate[] {
  const tokens = tokenize(text);
  const out: NameCandidate[] = [];
  for (const span of capitalSpans(tokens)) {
    const candidate = weigh(text, tokens, span[0], span[1]);
    if (candidate) out.push(candidate);
  }
  supportCoordinated(text, out);
  coordinatedWithCompanies(text, out);
  return out;
}

/** `Goldman Sachs and Morgan Stanley`, `Airbus and Dassault Aviation`: a name listed with a company's is likelier a company's too. */
function coordinatedWithCompanies(text: string, names: NameCandidate[]): void {
  const company = (c: NameCandidate) => c.cue === 'organization' || (c.kind === 'organization' && c.words.length > 1);
  for (const step of [1, -1]) {
    for (let i = step > 0 ? 0 : names.length - 1; i >= 0 && i + step >= 0 && i + step < names.length; i += step) {
      const [a, b] = [names[i], names[i + step]];
      const gap = step > 0 ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
      if (company(a) && b.kind === 'unknown' && b.cue === undefined && !isCommonWord(b.name) && /^(?:,\s+|,?\s+and\s+)$/.test(gap)) b.cue = 'organization';
    }
  }
}

/** `Jimmy Carter and Bill Clinton`: a name joined by `and` to a person's name is likelier a person's too. */
function supportCoordinated(text: string, names: NameCandidate[]): void {
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i], names[i + 1]];
    if (a.kind !== 'unknown' || b.kind !== 'unknown' || !/^,?\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (x.score >= PERSON_SCORE && y.score === PERSON_SCORE - 1 && y.words.length > 1) y.score++;
    }
  }
}

/** Maximal runs of capitalised words joined by single spaces (particles like `bin` allowed inside). */
function capitalSpans(tokens: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capitalized) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joins(tokens[j]) && !sentenceMeets(tokens[j + 1]) && (tokens[j + 1].capitalized || bridgesName(tokens, j + 1))) j++;
    spans.push([i, j + 1]);
    i = j + 1;
  }
  return spans;
}

const joins = (t: Token) => !t.possessive && t.gap === ' ';

/** `bin` in `Osama bin Laden`, `von der` in `Ursula von der Leyen`: one or two particles between name words. */
function bridgesName(tokens: Token[], k: number): boolean {
  if (!tokenIs(tokens[k], PARTICLE) || !joins(tokens[k]) || !tokens[k + 1]) return false;
  return tokens[k + 1].capitalized || (tokenIs(tokens[k + 1], PARTICLE) && joins(tokens[k + 1]) && tokens[k + 2]?.capitalized === true);
}

/** `… King Jr. Officials said`: a common word that starts a sentence ends the run before it. */
const sentenceMeets = (t: Token) => t.sentenceStart && tokenIs(t, COMMON);

/** `A.J. Foyt`, `George H.W. Bush`: dotted initials before a name word are the name's; before a title (`U.S. President`) they are not. */
const isInitialsOfName = (tokens: Token[], i: number) =>
  /^(?:\p{Lu}\.){1,3}$/u.test(tokens[i].text) &&
  i + 1 < tokens.length &&
  tokens[i + 1].capitalized &&
  !tokenIs(tokens[i + 1], PREFIX) &&
  !tokenIs(tokens[i + 1], NON_PERSON);

function weigh(text: string, tokens: Token[], from: number, to: number): NameCandidate | undefined {
  const spanFrom = from;
  while (
    from < to - 1 &&
    tokens[from].sentenceStart &&
    tokenIs(tokens[from], COMMON) &&
    !tokenIs(tokens[from], PREFIX) &&
    !isOfficeNoun(tokens, from) &&
    !tokenIs(tokens[from], PARTICLE) &&
    !isEastAsianName(textsOf(tokens, from, to))
  )
    from++;
  while (to > from + 1 && tokenIs(tokens[to - 1], CALENDAR)) to--;
  while (from < to - 1 && tokenIs(tokens[from], CALENDAR) && !tokenIs(tokens[from], FIRST_NAME)) from++;
  const honorific = lastHonorific(tokens, from, to);
  let first = from;
  while (
    first < to - 1 &&
    ((tokenIs(tokens[first], PREFIX) && !isInitialsOfName(tokens, first)) ||
      (first === from && isLeadingRoleNoun(tokens[first]) && !namedThingBefore(tokens, from)))
  )
    first++;
  first = honorific ?? Math.max(first, afterLastTitle(tokens, from, to));
  while (to - first > 2 && (tokenIs(tokens[first], COMMON) || (first === from && endsOrgName(tokens, from))) && tokenIs(tokens[first + 1], FIRST_NAME)) first++;
  const whole = textsOf(tokens, from, to);
  const words = whole.slice(first - from);
  const kind =
    honorific === undefined ? (namesPlace(tokens, to) ? 'place' : namesCompany(tokens, from, to) ? 'organization' : nonPersonKind(whole, words)) : undefined;
  if (kind === 'skip') return undefined;
  if (kind) return { name: whole.join(' '), start: tokens[from].start, end: tokens[to - 1].end, words: whole, kind, score: 0 };
  if (words.length === 1 && isPrefixWord(words[0]) && honorific === undefined && !isTitleAsSurname(tokens, first, to)) return undefined;
  const prefix = whole.slice(0, first - from);
  const roleFrom = titleStart(tokens, spanFrom, from, first);
  const role = roleOf(text, tokens, roleFrom, to, textsOf(tokens, roleFrom, first));
  const found: NameCandidate = {
    name: words.join(' '),
    start: tokens[first].start,
    end: tokens[to - 1].end,
    words,
    role: role?.text,
    kind: 'unknown',
    score: score(tokens, from, first, to, words, prefix, role),
  };
  const cue = cueOf(tokens, first, to, words, prefix, role);
  if (cue) found.cue = cue;
  const gender = honorific === undefined ? undefined : honorificGender(tokens[honorific - 1].text);
  if (gender) found.honorific = gender;
  return found;
}

/**
 * `United Nations Secretary-General Kofi Annan` at a sentence start: the words dropped there as
 * common ones still belong to the title, up to the first word that cannot (`The`, `Yesterday`).
 */
function titleStart(tokens: Token[], spanFrom: number, from: number, first: number): number {
  if (from === first || spanFrom === from) return from;
  let i = from;
  while (i > spanFrom && !breaksPhrase(tokens[i - 1].text.toLowerCase()) && !tokenIs(tokens[i - 1], CALENDAR)) i--;
  return i;
}

/** `King spoke`: a title word that is also a name, followed by a verb of what people do, is the surname (of `Martin Luther King`). */
function isTitleAsSurname(tokens: Token[], first: number, to: number): boolean {
  const t = tokens[first];
  return to === first + 1 && tokenIs(t, FIRST_NAME | LAST_NAME) && !tokenIs(t, DEMONYM | PLACE) && followedByPersonVerb(tokens, to);
}

/** `Kennedy airport`, `Pakhtunkhwa province`: a lowercase place noun right after the run. */
function namesPlace(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1];
  return !last.possessive && last.gap === ' ' && to < tokens.length && tokenIs(tokens[to], PLACE_NOUN);
}

const AMPERSAND = /^\s*&\s*$/;
const STOCK_MOVE = /^(?:rose|fell|jumped|dropped|slid|slumped|climbed|gained|surged|tumbled|closed|were|are)$/;

/**
 * What the words around a name say it is, whatever its shape: a person's title, honorific, kin or
 * pronoun; a company's shareholders, chief executive or shares; a place's `in`, `near`, `city of`.
 */
function cueOf(tokens: Token[], first: number, to: number, words: string[], prefix: string[], role?: Role): Cue | undefined {
  const [last, next] = [tokens[to - 1], tokens[to]];
  const before = tokens[first - 1];
  if (
    role?.personal ||
    prefix.some(isHeadTitle) ||
    (prefix.length > 0 && isHonorific(prefix[prefix.length - 1])) ||
    (last.possessive && next !== undefined && tokenIs(next, KIN_WORD)) ||
    (/^,\s$/.test(last.gap) && next?.text === 'who') ||
    (before !== undefined && /^,\s$/.test(before.gap) && tokenIs(before, KIN_WORD)) ||
    personalPronounFollows(tokens, to)
  )
    return 'person';
  if (last.possessive && ownedByCompany(tokens, to)) return 'organization';
  if (before?.gap === ' ' && /^(?:of|in)$/.test(before.text) && INVESTED.test(tokens[first - 2]?.text ?? '') && tokens[first - 2].gap === ' ')
    return 'organization';
  if (words.length > 1 && isOrganization(words.join(' '))) return 'organization';
  return words.length > 1 && placeBefore(tokens, first, to) ? 'place' : undefined;
}

/** `shares of X`, `a stake in X`: what one buys of a company. */
const INVESTED = /^(?:shares|stake|stakes|holding|holdings|investment|investments)$/i;
const COMPANY_HOLDINGS =
  /^(?:shares|stock|shareholders|stockholders|profits?|revenues?|earnings|headquarters|subsidiary|subsidiaries|bonds|ceo|factory|factories)$/i;

/** `Goldman's chief executive`, `Airbus's shareholders`: what only a company has. */
function ownedByCompany(tokens: Token[], to: number): boolean {
  const [next, after] = [tokens[to], tokens[to + 1]];
  if (next === undefined || next.capitalized) return false;
  return COMPANY_HOLDINGS.test(next.text) || (next.text === 'chief' && next.gap === ' ' && /^(?:executive|financial|operating)$/.test(after?.text ?? ''));
}

/** `the mosque in Dera Ismail Khan`, `eastern Chad`, `the town of Mir Ali`: words that put a place after them. */
function placeBefore(tokens: Token[], first: number, to: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.gap !== ' ' || before.capitalized) return false;
  const placeOf = before.text === 'of' && /^(?:town|city|village|province|district|region)$/.test(tokens[first - 2]?.text ?? '');
  return (PLACE_LEAD.test(before.text) && !tokens[to - 1].possessive) || placeOf;
}

/** `Johnson & Johnson`, `Lockheed Martin shares fell`: names joined by `&`, or whose shares trade, are companies'. */
function namesCompany(tokens: Token[], from: number, to: number): boolean {
  const [last, before] = [tokens[to - 1], tokens[from - 1]];
  if ((AMPERSAND.test(last.gap) && tokens[to]?.capitalized) || (before?.capitalized && AMPERSAND.test(before.gap))) return true;
  const [next, after] = [tokens[to], tokens[to + 1]];
  return !last.possessive && last.gap === ' ' && /^(?:shares|stock)$/.test(next?.text ?? '') && next.gap === ' ' && STOCK_MOVE.test(after?.text ?? '');
}

/** Where the name starts after `Mr.`/`Mrs.`/`Dr.`: whatever follows one is a person's name (`Mr. Bolton`, `Mr. Foreman`). */
function lastHonorific(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = to - 2; i >= from; i--) if (tokenIs(tokens[i], HONORIFIC)) return i + 1;
  return undefined;
}

function honorificGender(word: string): 'f' | 'm' | undefined {
  if (/^(?:mrs|ms|miss|mme)\.?$/i.test(word)) return 'f';
  return /^mr\.?$/i.test(word) ? 'm' : undefined;
}

/** `United Nations Secretary-General Kofi Annan`: a name after the last title in the span, whatever precedes it. */
function afterLastTitle(tokens: Token[], from: number, to: number): number {
  let i = to;
  while (i > from && (!tokenIs(tokens[i - 1], PREFIX) || isStyleInName(tokens, i - 1, from)) && !tokenIs(tokens[i - 1], NON_PERSON)) i--;
  if (i === to || i === from) return from;
  // `Martin Luther King Jr.`: a title word followed only by a generation is the surname.
  if (tokens.slice(i, to).every((t) => /^(?:Jr|Sr)\.?$|^[IVX]{1,4}$/.test(t.text))) return from;
  const title = tokens[i - 1].text;
  return isTitleWord(title) && !isDemonym(title) && !isPlace(title) ? i : from;
}

/** `Khalid Sheikh Mohammed`, `Hassan Sheikh Mohamud`: a style after a given name is part of the name, not a title before it. */
function isStyleInName(tokens: Token[], k: number, from: number): boolean {
  return tokenIs(tokens[k], STYLE_WORD) && !tokenIs(tokens[k], HONORIFIC) && k > from && tokenIs(tokens[k - 1], FIRST_NAME) && !tokenIs(tokens[k - 1], PREFIX);
}

/** `Information Minister …` at a sentence start: a plain noun before a title names the office. */
function isOfficeNoun(tokens: Token[], i: number): boolean {
  return tokenIs(tokens[i], NOUN) && i + 1 < tokens.length && tokenIs(tokens[i + 1], HEAD_TITLE);
}

/** `the company Bilfinger Berger`: a lowercase word for a thing right before the run says the run names one. */
function namedThingBefore(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before !== undefined && before.gap === ' ' && !before.capitalized && tokenIs(before, NON_PERSON);
}

/** `the U.N. Office on Drugs and Crime Antonio Maria Costa`: a run right after `and`/`on`/`of` inside a capitalised name starts with that name's last word. */
function endsOrgName(tokens: Token[], from: number): boolean {
  const [link, before] = [tokens[from - 1], tokens[from - 2]];
  return link?.gap === ' ' && /^(?:and|on|of|for)$/.test(link.text) && before?.gap === ' ' && before.capitalized && !tokenIs(tokens[from], FIRST_NAME);
}

/** `Prosecutor Ana Ruiz`: a role noun that opens the run is a title, unless it is also a name (`Baker`). */
function isLeadingRoleNoun(t: Token): boolean {
  return tokenIs(t, ROLE_NOUN) && !tokenIs(t, LAST_NAME | FIRST_NAME);
}

/** Organisation or place when the words after any title say so; `skip` for dates and weekdays. */
function nonPersonKind(whole: string[], name: string[]): EntityKind | 'skip' | undefined {
  if (name.some((w) => isCalendarWord(w) && !(isFirstName(w) && name.length > 1))) return 'skip';
  const plain = whole.length === 1 && !/^the$/i.test(whole[0]) ? whole[0] : whole.filter((w) => !/^the$/i.test(w)).join(' ');
  if (isPlace(plain) || (whole.length === 1 && isDemonym(plain))) return 'place';
  if (name.some((w, i) => (isNonPersonWord(w) && !(i === 0 && isEastAsianName(name))) || isOrganization(w))) return 'organization';
  if (!isFirstName(name[0]) && !isEastAsianName(name) && name.some(isInstitutionWord)) return 'organization';
  if (isPlaceStem(plain, plain.replace(/(?:n|an|ian|ese|i)$/, '')) || isPlaceStem(plain, plain.replace(/n$/, ''))) return 'place';
  if (name.length === 1 && isPlace(name[0])) return 'place';
  return undefined;
}

/** `Iraqi` → `Iraq`: a stem that is a place (the name itself is known to be none). */
const isPlaceStem = (name: string, stem: string) => stem !== name && isPlace(stem);

/** `Park Chang Ho`, `Kim Jong Un`: a family name that comes first, then a given name of two parts. */
function isEastAsianName(name: string[]): boolean {
  return name.length === 3 && isSurnameFirst(name[0]) && name.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w));
}

function score(tokens: Token[], from: number, first: number, to: number, words: string[], prefix: string[], role?: Role): number {
  let s = context(tokens, first, to);
  const head = tokens[first];
  if (role?.personal || prefix.some(isHeadTitle)) s += 3;
  if (prefix.length > 0 && isHonorific(prefix[prefix.length - 1])) s += 3;
  if (words.length >= 2 && isFirstName(words[0])) s += 2;
  else if (words.length >= 2 && words.some((w) => isFirstName(w) && !isCommonWord(w))) s += 1;
  if (isLastName(words[words.length - 1])) s += 1;
  if (followedByPersonVerb(tokens, to)) s += 1;
  if (/^,?\s*$/.test(previousGap(tokens, first)) && /^(?:said|says|according)$/i.test(tokens[first - 1]?.text ?? '')) s += 2;
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !isCommonWord(w) || isFirstName(w) || isParticle(w))) s += 1;
  // `Vice President Al Gore`: after a title, plain words are still the name's.
  if (words.every((w) => isCommonWord(w) && !isFirstName(w) && !isLastName(w)) && !(words.length > 1 && prefix.some(isHeadTitle))) s -= 3;
  if (words.length > 1 && ofPlaceFollows(tokens, to)) s += 1;
  if (prefix.length > 0 && prefix.every(isDemonym) && /^an?$/i.test(tokens[from - 1]?.text ?? '') && tokens[from - 1].gap === ' ') s += 2;
  if (
    words.length === 1
      ? /^\p{Lu}{2,}$/u.test(words[0])
      : words.some((w, k) => w.includes('.') && w.length > 2 && !/^(?:Jr|Sr)\.$/.test(w) && !isInitialsOfName(tokens, first + k))
  )
    s -= 4;
  if (words.length > 1 && words.some(isAcronym) && !words.some(isFirstName)) s -= 3;
  if (words.some(isNumberWord)) s -= 3;
  if (/^the$/i.test(words[0]) && !head.sentenceStart) s -= 4;
  if (words.length > MAX_NAME_WORDS) s -= 10;
  if (words.length > 1 && words.slice(1).some((w) => ARABIC_ARTICLE.test(w))) s += 1;
  if (words.length === 1 && mayBePlace(words[0])) s -= 1;
  if (head.sentenceStart && words.length === 1 && prefix.length === 0) s -= 1;
  return s;
}

/** `VOA Creole`: an all-capitals word that is not a name (`KIM Jong Il`) makes an organisation. */
const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w) && !isSurnameFirst(w) && !isFirstName(w) && !isLastName(w);

/** Evidence from the words around a name: `Zarqawi’s brother`, `Shaath, who`, `Nobel laureate`, `in Mir Ali`, `spin bowler Kumble`. */
function context(tokens: Token[], first: number, to: number): number {
  const last = tokens[to - 1];
  const next = tokens[to];
  const before = tokens[first - 1];
  let s = 0;
  if (last.possessive && next && tokenIs(next, KIN_WORD)) s += 2;
  if (/^,\s$/.test(last.gap) && next?.text === 'who') s += 2;
  if (personalPronounFollows(tokens, to)) s += 1;
  if (!last.possessive && last.gap === ' ' && next && !next.capitalized && tokenIs(next, HEAD_TITLE)) s -= 3;
  if (before && /^,\s$/.test(before.gap) && tokenIs(before, KIN_WORD) && ownerBefore(tokens, first - 1)) s += 2;
  if (!before || before.gap !== ' ' || before.capitalized) return s;
  if (tokenIs(before, KIN_WORD)) s += 2;
  if (placeBefore(tokens, first, to)) s -= 2;
  else if (before.text === 'the') s -= 2;
  else if (tokenIs(before, NON_PERSON)) s -= 3;
  else if (
    (/(?:er|or|ist)$/.test(before.text) && !tokenIs(before, NON_PERSON) && (tokenIs(before, TITLE) || !tokenIs(before, COMMON))) ||
    tokenIs(before, ROLE_NOUN)
  )
    s += 1;
  return s;
}

/** `His sister, Priyanka …`, `Putin's spokesman, …`: a possessive before the kin word says whose. */
function ownerBefore(tokens: Token[], kin: number): boolean {
  const owner = tokens[kin - 1];
  return owner !== undefined && owner.gap === ' ' && (/^(?:his|her|their)$/i.test(owner.text) || (owner.possessive && owner.capitalized));
}

/** `Gaston Gaudio of Argentina`: a person's name is often followed by the country they are from. */
function ofPlaceFollows(tokens: Token[], to: number): boolean {
  const [of, place] = [tokens[to], tokens[to + 1]];
  return !tokens[to - 1].possessive && tokens[to - 1].gap === ' ' && of?.text === 'of' && of.gap === ' ' && place !== undefined && tokenIs(place, PLACE);
}

const PERSONAL_PRONOUN = /^(?:he|she|his|her|him|himself|herself)$/;

/** `Mottaki was to hold talks with his counterpart`: a personal pronoun later in the clause, before any other name. */
function personalPronounFollows(tokens: Token[], to: number): boolean {
  for (let k = to; k < Math.min(tokens.length, to + 8); k++) {
    if (k > to && (tokens[k].capitalized || tokens[k].sentenceStart)) return false;
    if (PERSONAL_PRONOUN.test(tokens[k].text)) return true;
    if (/[.;:!?]/.test(tokens[k].gap)) return false;
  }
  return false;
}

/** `X said`, `X, said`, `X met`: a verb of speaking or doing right after the name, only a space or comma between. */
function followedByPersonVerb(tokens: Token[], to: number): boolean {
  const gap = tokens[to - 1].gap.trim();
  return to < tokens.length && (gap === '' || gap === ',') && tokenIs(tokens[to], PERSON_VERB);
}

function previousGap(tokens: Token[], i: number): string {
  return tokens[i - 1]?.gap ?? '';
}
