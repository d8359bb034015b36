import { SWITCHES, TAG_SETS, WORDS } from './name-lexicon-data';
import { remembered } from './remembered';
import { PERSON_VERBS as DOINGS, SPEECH_VERBS } from './speech-verbs';
import {
  GROUP_WORDS,
  HONORIFICS,
  NON_PERSON_WORDS,
  PARTICLES,
  PLACE_NOUNS,
  ROLE_NOUNS,
  SURNAME_FIRST,
  THING_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WIRE_ORGS,
} from './name-words';

/** Word classes for telling people from titles, places and organisations. */

/** What compromise's English model says of a word: its tags, its switch (`Noun|Verb`: either, by context), whether it is an organisation or place word. */
interface ModelWord {
  tags: readonly string[];
  switch?: string;
  institution: boolean;
}
const NO_TAGS: readonly string[] = [];
const model = new Map<string, ModelWord>(
  WORDS.split('\n').map((row) => {
    const [word, tags, kind, institution] = row.split('\t');
    return [word, { tags: tags ? TAG_SETS[Number(tags)] : NO_TAGS, switch: kind ? SWITCHES[Number(kind)] : undefined, institution: institution === '1' }];
  }),
);

function tagsOf(word: string): readonly string[] {
  return model.get(word.toLowerCase())?.tags ?? NO_TAGS;
}

const switchOf = (word: string) => model.get(word)?.switch;

/** Verbs of speaking and of what people do (`said`, `met`): after a name, evidence of a person. */
const PERSON_VERBS = new Set([...SPEECH_VERBS, ...DOINGS]);

const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
const singular = (w: string) => lower(w).replace(/(?<=[^s])s$/, '');

/** Words compromise knows can also be a person's name: `Bill`, `Dick`, `Jan`, `Benedict` (`Person|Noun`). */
const canBePerson = (word: string) => /Person/.test(switchOf(word.toLowerCase()) ?? '');

/** `Defense Minister`, `Major-General`, `ex-girlfriend`: every hyphenated part a title counts too. */
function titleWord(w: string): boolean {
  const parts = w
    .replace(/^(?:ex-)+/i, '')
    .replace(/-(?:elect|designate)$/i, '')
    .split('-');
  const has = (p: string) => (tagBits(tagsOf(p)) & (HONORIFIC_TAG | ACTOR_TAG)) !== 0;
  return parts.every((p) => TITLE_WORDS.has(lower(p)) || has(p)) || (parts.length > 1 && TITLE_WORDS.has(lower(parts.join('-'))));
}

/** An unknown word for someone who does something: `billionaire`, `bowler`, `tourist`, not `letter`. */
const isAgentNoun = (w: string) => /^\p{L}\p{Ll}{3,}(?:aire|er|or|ist)s?$/u.test(w) && !THING_NOUNS.has(singular(w));

/** Words for a person that say nothing of a role: `the first woman to lead`. */
const isPersonNoun = (w: string) => /^(?:wo)?m[ae]n$|^(?:person|people|girl|boy|child|children|adult|individual)s?$/i.test(w);

const KIN =
  /^(?:sons?|daughters?|wife|husband|widow(?:er)?|brothers?|sisters?|father|mother|parents?|nephew|niece|cousin|uncle|aunt|grand(?:son|daughter|father|mother)|(?:girl|boy)friend|fiancee?|spouse|step(?:son|daughter))$/i;
const STYLE = /^(?:sheikh|shaikh|sheik|mullah|sir|dame|lord|lady|haji|hajji|sayyid|qari|hon|ayatollah)\.?$/i;
/** The compromise tags the classes are made of, one bit each (tags always asked about together share one). */
const FIRST_TAG = 1 << 0;
const MALE_TAG = 1 << 1;
const FEMALE_TAG = 1 << 2;
const LAST_TAG = 1 << 3;
const PERSON_TAG = 1 << 4;
const ACTOR_TAG = 1 << 5;
const HONORIFIC_TAG = 1 << 6;
const PLACE_TAG = 1 << 7;
const DEMONYM_TAG = 1 << 8;
const ORGANIZATION_TAG = 1 << 9;
const CARDINAL_TAG = 1 << 10;
const NUMBER_TAG = 1 << 11;
const CALENDAR_TAG = 1 << 12;
const BREAK_TAG = 1 << 13;
const PREPOSITION_OR_ADVERB_TAG = 1 << 14;
const NOUN_TAG = 1 << 15;
const INFINITIVE_TAG = 1 << 16;
const VERB_TAG = 1 << 17;
const TAG_BITS = new Map<string, number>([
  ['FirstName', FIRST_TAG],
  ['MaleName', MALE_TAG],
  ['FemaleName', FEMALE_TAG],
  ['LastName', LAST_TAG],
  ['Person', PERSON_TAG],
  ['ProperNoun', PERSON_TAG],
  ['Actor', ACTOR_TAG],
  ['Honorific', HONORIFIC_TAG],
  ...['Country', 'City', 'Region', 'Place'].map((t): [string, number] => [t, PLACE_TAG]),
  ['Demonym', DEMONYM_TAG],
  ['Organization', ORGANIZATION_TAG],
  ['SportsTeam', ORGANIZATION_TAG],
  ['Cardinal', CARDINAL_TAG],
  ...['TextValue', 'Ordinal', 'Multiple'].map((t): [string, number] => [t, NUMBER_TAG]),
  ...['WeekDay', 'Month', 'Date', 'Holiday'].map((t): [string, number] => [t, CALENDAR_TAG]),
  ...['Determiner', 'Pronoun', 'Possessive', 'Conjunction', 'PastTense', 'Copula', 'Modal', 'QuestionWord', 'Gerund', 'Auxiliary', 'Negative'].map(
    (t): [string, number] => [t, BREAK_TAG],
  ),
  ['Preposition', PREPOSITION_OR_ADVERB_TAG],
  ['Adverb', PREPOSITION_OR_ADVERB_TAG],
  ...['Singular', 'Uncountable', 'Noun'].map((t): [string, number] => [t, NOUN_TAG]),
  ['Infinitive', INFINITIVE_TAG],
  ['PresentTense', VERB_TAG],
  ['Verb', VERB_TAG],
]);
const tagBits = (tags: readonly string[]) => tags.reduce((set, t) => set | (TAG_BITS.get(t) ?? 0), 0);

/** One bit a class: a word's classes are worked out together, the first time anything is asked of it. */
export const WordClass = {
  TITLE: 1 << 0,
  HEAD_TITLE: 1 << 1,
  HONORIFIC: 1 << 2,
  STYLE_WORD: 1 << 3,
  NON_PERSON: 1 << 4,
  INSTITUTION: 1 << 5,
  PARTICLE: 1 << 6,
  PLACE_NOUN: 1 << 7,
  SURNAME_FIRST_WORD: 1 << 8,
  FIRST_NAME: 1 << 9,
  MALE_FIRST_NAME: 1 << 10,
  FEMALE_FIRST_NAME: 1 << 11,
  LAST_NAME: 1 << 12,
  PLACE: 1 << 13,
  MAY_BE_PLACE: 1 << 14,
  DEMONYM: 1 << 15,
  ORGANIZATION: 1 << 16,
  NUMBER: 1 << 17,
  CALENDAR: 1 << 18,
  COMMON: 1 << 19,
  ROLE_NOUN: 1 << 20,
  BREAKS_PHRASE: 1 << 21,
  KIN_WORD: 1 << 22,
  NOUN: 1 << 23,
  INFINITIVE: 1 << 24,
  MODIFIER: 1 << 25,
  NOUN_OR_VERB: 1 << 26,
  PREFIX: 1 << 27,
  PERSON_VERB: 1 << 28,
} as const;
const {
  TITLE,
  HEAD_TITLE,
  HONORIFIC,
  STYLE_WORD,
  NON_PERSON,
  INSTITUTION,
  PARTICLE,
  PLACE_NOUN,
  SURNAME_FIRST_WORD,
  FIRST_NAME,
  MALE_FIRST_NAME,
  FEMALE_FIRST_NAME,
  LAST_NAME,
  PLACE,
  MAY_BE_PLACE,
  DEMONYM,
  ORGANIZATION,
  NUMBER,
  CALENDAR,
  COMMON,
  ROLE_NOUN,
  BREAKS_PHRASE,
  KIN_WORD,
  NOUN,
  INFINITIVE,
  MODIFIER,
  NOUN_OR_VERB,
  PREFIX,
  PERSON_VERB,
} = WordClass;

function classify(w: string): number {
  const lw = lower(w);
  const sg = lw.replace(/(?<=[^s])s$/, '');
  const tags = tagsOf(w);
  const t = tagBits(tags);
  const has = (bits: number) => (t & bits) !== 0;
  const title = titleWord(w);
  const honorific = w.length <= 7 && HONORIFICS.has(lw);
  const firstName = has(FIRST_TAG | MALE_TAG | FEMALE_TAG) || canBePerson(w);
  const lastName = has(LAST_TAG);
  const place = has(PLACE_TAG);
  const demonym = has(DEMONYM_TAG) || GROUP_WORDS.has(lw.replace(/’/g, "'")) || /^(?:north|south|east|west)(?:ern)?$/i.test(w);
  const breaks = /^\p{Ll}/u.test(w) && has(BREAK_TAG | PREPOSITION_OR_ADVERB_TAG);
  const nounOrVerb = switchOf(lw) === 'Noun|Verb';
  let c = 0;
  if (title) c |= TITLE;
  if (title && !TITLE_MODIFIERS.has(lw) && !demonym) c |= HEAD_TITLE;
  if (honorific) c |= HONORIFIC;
  if (honorific || STYLE.test(w)) c |= STYLE_WORD;
  if (((NON_PERSON_WORDS.has(lw) || NON_PERSON_WORDS.has(sg)) && !firstName) || WIRE_ORGS.has(lw)) c |= NON_PERSON;
  if ([lw, sg].some((x) => model.get(x)?.institution)) c |= INSTITUTION;
  if (PARTICLES.has(lw)) c |= PARTICLE;
  if (PLACE_NOUNS.has(w)) c |= PLACE_NOUN;
  if (SURNAME_FIRST.has(lw)) c |= SURNAME_FIRST_WORD;
  if (firstName) c |= FIRST_NAME;
  if (has(MALE_TAG) && !has(FEMALE_TAG)) c |= MALE_FIRST_NAME;
  if (has(FEMALE_TAG) && !has(MALE_TAG)) c |= FEMALE_FIRST_NAME;
  if (lastName) c |= LAST_NAME;
  if (place) c |= PLACE;
  if (/Place/.test(switchOf(w.toLowerCase()) ?? '')) c |= MAY_BE_PLACE;
  if (demonym) c |= DEMONYM;
  if (has(ORGANIZATION_TAG) || WIRE_ORGS.has(lw)) c |= ORGANIZATION;
  if (has(CARDINAL_TAG | NUMBER_TAG)) c |= NUMBER;
  if (has(CALENDAR_TAG)) c |= CALENDAR;
  if (tags.length > 0 && !canBePerson(w) && !has(FIRST_TAG | MALE_TAG | FEMALE_TAG | LAST_TAG | PERSON_TAG)) c |= COMMON;
  if (roleNoun(w, tags.length, t, { title, demonym, place, firstName, lastName })) c |= ROLE_NOUN;
  if (breaks) c |= BREAKS_PHRASE;
  if (KIN.test(w)) c |= KIN_WORD;
  if (has(NOUN_TAG)) c |= NOUN;
  if (has(INFINITIVE_TAG)) c |= INFINITIVE;
  if (!breaks && !has(INFINITIVE_TAG | VERB_TAG | PREPOSITION_OR_ADVERB_TAG | CARDINAL_TAG) && !nounOrVerb) c |= MODIFIER;
  if (nounOrVerb) c |= NOUN_OR_VERB;
  if (title || demonym || place || /^(?:then|ex|former)-/i.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w)) c |= PREFIX;
  if (PERSON_VERBS.has(w)) c |= PERSON_VERB;
  return c;
}

type Known = { title: boolean; demonym: boolean; place: boolean; firstName: boolean; lastName: boolean };

/** A noun for what a person is or does: a title, a person noun of the lexicon (`activist`), or an unknown `-er`/`-ist` word (`billionaire`, `bowler`). */
function roleNoun(w: string, tagCount: number, tagSet: number, k: Known): boolean {
  const lw = lower(w);
  if (NON_PERSON_WORDS.has(lw) || NON_PERSON_WORDS.has(singular(w))) return false;
  if (k.title) return !k.demonym && !k.place && !TITLE_MODIFIERS.has(lw);
  if (ROLE_NOUNS.has(lw)) return true;
  if ((tagSet & ACTOR_TAG) !== 0) return !isPersonNoun(w);
  return tagCount === 0 && isAgentNoun(w) && !k.lastName && !k.firstName;
}

/** A word's classes, as `WordClass` bits. */
export const wordClasses = remembered(classify, 200_000);
const is = (bit: number) => (w: string) => (wordClasses(w) & bit) !== 0;

/** `Jordan`, `Georgia`: a name that is also a place. */
export const mayBePlace = is(MAY_BE_PLACE);
/** `Defense Minister`, `Major-General`, `ex-girlfriend`: every hyphenated part a title counts too. */
export const isTitleWord = is(TITLE);
/** A title that names an office by itself (`Minister`, `General`, `Mr.`), not just a qualifier of one. */
export const isHeadTitle = is(HEAD_TITLE);
export const isHonorific = is(HONORIFIC);
export const isNonPersonWord = is(NON_PERSON);
/** compromise's words for organisations and landforms (`Motors`, `Ministry`, `Gorge`); some are also surnames (`Power`). */
export const isInstitutionWord = is(INSTITUTION);
export const isParticle = is(PARTICLE);
/** Lowercase nouns that make the name before them a place's or an event's (`John F. Kennedy airport`). */
export const isPlaceNoun = is(PLACE_NOUN);
export const isSurnameFirst = is(SURNAME_FIRST_WORD);
export const isFirstName = is(FIRST_NAME);
/** A given name the lexicon knows only as a man's (`Bill`, not `Chris`). */
export const isMaleFirstName = is(MALE_FIRST_NAME);
/** A given name the lexicon knows only as a woman's. */
export const isFemaleFirstName = is(FEMALE_FIRST_NAME);
export const isLastName = is(LAST_NAME);
export const isPlace = is(PLACE);
export const isDemonym = is(DEMONYM);
export const isOrganization = is(ORGANIZATION);
/** `Hatf Six`, `Apollo Eleven`: names of people do not count. */
export const isNumberWord = is(NUMBER);
export const isCalendarWord = is(CALENDAR);
/** Words the English lexicon knows as something other than a name ("The", "During", "Photos"). */
export const isCommonWord = is(COMMON);
/** Styles of address that stand before a name but say nothing of a job (`Mr.`, `Sheikh`, `Sir`): never a role. */
export const isStyle = is(STYLE_WORD);
/** A noun for what a person is or does (`minister`, `activist`, `billionaire`). */
export const isRoleNoun = is(ROLE_NOUN);
/** Words that end a noun phrase going backwards: articles, pronouns, prepositions, verbs, adverbs (`met with his …`). */
export const breaksPhrase = is(BREAKS_PHRASE);
/** Kin words: a relation, not a role (`his younger brother Raul`). */
export const isKinWord = is(KIN_WORD);
/** A plain noun of the lexicon (`Information`, `Energy`). */
export const isNoun = is(NOUN);
/** A verb's plain form (`lead` in `to lead the country`). */
export const isInfinitive = is(INFINITIVE);
/** A word that can qualify a role noun before it (`auto analyst`, `defending champion`): not a verb, preposition or the like. */
export const isModifier = is(MODIFIER);
/** `spin`, `face`: a word that is a noun or a verb as the sentence takes it. */
export const isNounOrVerb = is(NOUN_OR_VERB);
/** Titles, nationalities, places and dotted acronyms that stand before a name (`Minister`, `Russian`, `U.S.`). */
export const isPrefixWord = is(PREFIX);
