import nlp from 'compromise';
import { remembered } from './remembered';

/** Word classes for telling people from titles, places and organisations. */

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { switches: Record<string, string>; orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const has = (word: string, ...wanted: string[]) => tagsOf(word).some((t) => wanted.includes(t));

/** Words compromise knows can also be a person's name: `Bill`, `Dick`, `Jan`, `Benedict` (`Person|Noun`). */
const canBePerson = (word: string) => /Person/.test(model.two.switches[word.toLowerCase()] ?? '');

/** Titles and role nouns that stand before a name ("Defense Minister", "Mr.", "leader"). */
const TITLE_WORDS = new Set(
  `president vice minister prime secretary chancellor premier king queen prince princess emperor pope cardinal
  archbishop bishop ayatollah sheikh imam rabbi reverend rev judge justice attorney general ambassador envoy
  commander chief deputy governor gov mayor senator sen rep representative congressman congresswoman lawmaker
  speaker spokesman spokeswoman spokesperson leader chairman chairwoman chair director head officer official
  adviser advisor aide diplomat lt col gen maj capt sgt adm cmdr colonel major captain sergeant admiral lieutenant
  mr mrs ms dr prof professor sir dame lord lady marshal commissioner inspector detective economist analyst
  photographer reporter correspondent editor columnist author writer coach manager ceo executive founder
  defense defence foreign interior finance justice security health education trade economy energy labor
  labour agriculture culture environment transport intelligence national state federal district supreme
  council cabinet military army navy air force opposition rebel militant former acting interim then crown
  first grand high top senior junior assistant associate special regional provincial party presidential
  press spy police fire secretary-general mediator negotiator candidate nominee victim opponent critic rival successor
  predecessor counterpart commentator expert envoy emir sultan shah tsar czar dictator strongman warlord militia
  cleric preacher pastor priest monk nun mullah deputy-director under-secretary attorney-general`.split(/\s+/),
);

/** Title words that only qualify an office ("Defense", "National", "Trade"): alone they do not make a name a person's. */
const TITLE_MODIFIERS = new Set(
  `vice prime deputy defense defence foreign interior finance security health education trade economy energy labor
  labour agriculture culture environment transport intelligence national state federal district supreme council
  cabinet military army navy air force opposition rebel militant former acting interim then crown first grand high
  top senior junior assistant associate special regional provincial party presidential press spy police fire`.split(/\s+/),
);

/** Religions, sects, peoples and nationalities used as adjectives ("a Shi'ite cleric", "Serb forces", "Turkish troops"); the lexicon lacks most. */
const GROUP_WORDS = new Set(
  `muslim muslims islamic sunni sunnis shia shiite shiites shi'ite shi'ites christian christians catholic catholics
  protestant protestants orthodox jewish jews hindu hindus buddhist buddhists sikh sikhs arab arabs kurd kurds
  kurdish serb serbs croat croats bosniak bosniaks pashtun pashtuns tamil tamils hutu hutus tutsi tutsis creole
  latino latina hispanic aboriginal indigenous argentinian azerbaijani bahraini british burmese burundian cypriot
  danish english eritrean finnish gabonese guinean irish kosovar kyrgyz laotian malian mauritanian moldovan
  montenegrin mozambican nepalese nepali polish slovenian somali spanish swedish tajik tanzanian tibetan togolese
  turkish uruguayan uzbek yemeni chechen basque catalan kashmiri punjabi uighur uyghur baluch persian arabic maltese
  luxembourgish fijian tongan papuan sahrawi darfuri beninese burkinabe malawian botswanan salvadoran`.split(/\s+/),
);

/** Words that make a capitalised phrase an organisation, place or event rather than a person. */
const NON_PERSON_WORDS = new Set(
  `party ministry council committee agency bank corp corporation company inc ltd group university college school
  institute association union federation organization organisation army navy forces force front brigade
  command guard guards police news times post press service services chiefs staff park airport street road
  avenue river sea ocean gulf bay lake island islands mountain mountains hills valley province state states
  region district county city square palace house hall church mosque temple cathedral hospital center centre
  court parliament assembly congress senate cup league games olympics day war peninsula republic kingdom
  empire federation coast strait canal bridge tower building station port base camp desert zone border office
  department commission council fund foundation network channel radio television tv newspaper magazine
  journal exchange market index treaty accord agreement act law bill movement alliance coalition council
  nations ministry's museum gallery stadium club team fc summit conference forum festival award prize
  project program programme plan initiative operation mission system stock shares dollar euro yen media
  authority authorities government administration regime cabinet embassy consulate legion battalion
  division regiment corps fleet squadron unit crisis revolution hurricane typhoon cyclone storm flight
  daily weekly tabloid broadcaster website firm carmaker automaker airline carrier maker manufacturer retailer
  brand prison jail dog horse cat panda elephant tiger lion gorilla whale dolphin monkey chimpanzee giraffe rhino leopard
  cheetah wolf puppy kitten parrot pony mare stallion racehorse greyhound watch`.split(/\s+/),
);

/** Nouns for what someone is in a story that the English lexicon lacks or files as plain nouns (`seed Gaston Gaudio`, `Lifeguard Tegan Hughes`). */
const ROLE_NOUNS = new Set(
  `seed qualifier finalist semifinalist medalist medallist laureate lifeguard sepoy corporal constable trooper shopkeeper
  fisherman fishermen farmer resident refugee student teacher nurse survivor witness suspect defendant striker midfielder
  goalkeeper winger jockey cyclist sprinter swimmer skater skier boxer wrestler`.split(/\s+/),
);

/** Lowercase nouns that make the name before them a place's or an event's (`John F. Kennedy airport`, `Khyber Pakhtunkhwa province`). */
const PLACE_NOUNS = new Set(
  `airport province region district county city town village township suburb neighborhood neighbourhood state street
  road avenue highway square bridge river lake island mountain valley desert stadium station port border crossing
  prison jail hospital university college school mosque church temple cathedral shrine palace museum holiday festival`.split(/\s+/),
);

const PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'da',
  'de',
  'del',
  'della',
  'di',
  'dos',
  'das',
  'du',
  'van',
  'von',
  'zu',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'y',
  'ben',
  'abu',
  'bint',
]);

/** Family names that come first (Korean, Chinese, Vietnamese): `Kim Jong Un` is also `Kim`. */
const SURNAME_FIRST = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin sin kwon
  hwang ahn an song ryu yoo hong jeon jun ko moon mun yang son bae baek paek heo nam no noh roh ri
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang
  xi hu wen deng jiang mao hua peng cai cao ding fu lu pan ye yu nguyen tran le pham hoang vu vo dang bui do ho ngo duong ly`.split(/\s+/),
);

const WIRE_ORGS = new Set(
  `reuters interfax xinhua yonhap kcna tass ria afp ap upi bloomberg nhk kyodo irna bbc cnn pentagon kremlin
  vatican hamas hezbollah taliban nato opec telegram facebook twitter google`.split(/\s+/),
);

const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** `Jordan`, `Georgia`: a name that is also a place. */
export const mayBePlace: (word: string) => boolean = remembered((word: string) => /Place/.test(model.two.switches[word.toLowerCase()] ?? ''));

/** `Defense Minister`, `Major-General`, `ex-girlfriend`: every hyphenated part a title counts too. */
export const isTitleWord: (w: string) => boolean = remembered((w: string): boolean => {
  const parts = w
    .replace(/^(?:ex-)+/i, '')
    .replace(/-(?:elect|designate)$/i, '')
    .split('-');
  return parts.every((p) => TITLE_WORDS.has(lower(p)) || has(p, 'Honorific', 'Actor')) || (parts.length > 1 && TITLE_WORDS.has(lower(parts.join('-'))));
});
/** A title that names an office by itself (`Minister`, `General`, `Mr.`), not just a qualifier of one. */
export const isHeadTitle: (w: string) => boolean = remembered((w: string) => isTitleWord(w) && !TITLE_MODIFIERS.has(lower(w)) && !isDemonym(w));
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'mme', 'messrs']);
export const isHonorific = (w: string) => w.length <= 7 && HONORIFICS.has(lower(w));
const singular = (w: string) => lower(w).replace(/(?<=[^s])s$/, '');
export const isNonPersonWord: (w: string) => boolean = remembered(
  (w: string) => ([lower(w), singular(w)].some((x) => NON_PERSON_WORDS.has(x)) && !isFirstName(w)) || WIRE_ORGS.has(lower(w)),
);
/** compromise's words for organisations and landforms (`Motors`, `Ministry`, `Gorge`); some are also surnames (`Power`). */
export const isInstitutionWord: (w: string) => boolean = remembered((w: string) =>
  [lower(w), singular(w)].some((x) => x in model.two.orgWords || x in model.two.placeWords),
);
export const isParticle = (w: string) => PARTICLES.has(lower(w));
export const isPlaceNoun = (w: string) => PLACE_NOUNS.has(w);
export const isSurnameFirst: (w: string) => boolean = remembered((w: string) => SURNAME_FIRST.has(lower(w)));
export const isFirstName: (w: string) => boolean = remembered((w: string) => has(w, 'FirstName', 'MaleName', 'FemaleName') || canBePerson(w));
/** A given name the lexicon knows only as a man's (`Bill`, not `Chris`). */
export const isMaleFirstName: (w: string) => boolean = remembered((w: string) => has(w, 'MaleName') && !has(w, 'FemaleName'));
/** A given name the lexicon knows only as a woman's. */
export const isFemaleFirstName: (w: string) => boolean = remembered((w: string) => has(w, 'FemaleName') && !has(w, 'MaleName'));
export const isLastName: (w: string) => boolean = remembered((w: string) => has(w, 'LastName'));
export const isPlace: (w: string) => boolean = remembered((w: string) => has(w, 'Country', 'City', 'Region', 'Place'));
export const isDemonym: (w: string) => boolean = remembered(
  (w: string) => has(w, 'Demonym') || GROUP_WORDS.has(lower(w).replace(/’/g, "'")) || /^(?:north|south|east|west)(?:ern)?$/i.test(w),
);
export const isOrganization: (w: string) => boolean = remembered((w: string) => has(w, 'Organization', 'SportsTeam') || WIRE_ORGS.has(lower(w)));
/** `Hatf Six`, `Apollo Eleven`: names of people do not count. */
export const isNumberWord: (w: string) => boolean = remembered((w: string) => has(w, 'Cardinal', 'TextValue', 'Ordinal', 'Multiple'));
export const isCalendarWord: (w: string) => boolean = remembered((w: string) => has(w, 'WeekDay', 'Month', 'Date', 'Holiday'));

/** Words the English lexicon knows as something other than a name ("The", "During", "Photos"). */
export const isCommonWord = remembered(function isCommonWord(w: string): boolean {
  const tags = tagsOf(w);
  if (tags.length === 0 || canBePerson(w)) return false;
  return !tags.some((t) => ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun'].includes(t));
});

/** Styles of address that stand before a name but say nothing of a job (`Mr.`, `Sheikh`, `Sir`): never a role. */
export const isStyle = (w: string) => isHonorific(w) || /^(?:sheikh|shaikh|sheik|mullah|sir|dame|lord|lady|haji|hajji|sayyid|qari|hon|ayatollah)\.?$/i.test(w);

/** A noun for what a person is or does: a title, a person noun of the lexicon (`activist`), or an unknown `-er`/`-ist` word (`billionaire`, `bowler`). */
export const isRoleNoun: (w: string) => boolean = remembered((w: string) => {
  if (NON_PERSON_WORDS.has(lower(w)) || NON_PERSON_WORDS.has(singular(w))) return false;
  if (isTitleWord(w)) return !isDemonym(w) && !isPlace(w) && !TITLE_MODIFIERS.has(lower(w));
  if (ROLE_NOUNS.has(lower(w))) return true;
  if (has(w, 'Actor')) return !isPersonNoun(w);
  return tagsOf(w).length === 0 && isAgentNoun(w) && !isLastName(w) && !isFirstName(w);
});

/** Common things the English lexicon leaves untagged that end like a doer's noun: `letter` is not a `bowler`. */
const THING_NOUNS = new Set(
  `letter corner paper chapter computer tower river cancer fever winter theater theatre charter sector factor motor error
  terror meter metre liter litre filter shelter border order number water weather matter counter cluster poster monitor
  reactor tractor elevator calculator radiator generator indicator corridor horror mirror vapor vapour harbor harbour
  rumor rumour humor humour favor favour labor labour flavor flavour tumor tumour monster disaster register character
  list mist fist twist`.split(/\s+/),
);

/** An unknown word for someone who does something: `billionaire`, `bowler`, `tourist`, not `letter`. */
const isAgentNoun = (w: string) => /^\p{L}\p{Ll}{3,}(?:aire|er|or|ist)s?$/u.test(w) && !THING_NOUNS.has(singular(w));

/** Words that end a noun phrase going backwards: articles, pronouns, prepositions, verbs, adverbs (`met with his …`). */
export const breaksPhrase: (w: string) => boolean = remembered(
  (w: string) =>
    /^\p{Ll}/u.test(w) &&
    has(
      w,
      'Determiner',
      'Preposition',
      'Pronoun',
      'Possessive',
      'Conjunction',
      'PastTense',
      'Copula',
      'Modal',
      'Adverb',
      'QuestionWord',
      'Gerund',
      'Auxiliary',
      'Negative',
    ),
);

/** Words for a person that say nothing of a role: `the first woman to lead`. */
const isPersonNoun = (w: string) => /^(?:wo)?m[ae]n$|^(?:person|people|girl|boy|child|children|adult|individual)s?$/i.test(w);

/** Kin words: a relation, not a role (`his younger brother Raul`). */
export const isKinWord = (w: string) =>
  /^(?:sons?|daughters?|wife|husband|widow(?:er)?|brothers?|sisters?|father|mother|parents?|nephew|niece|cousin|uncle|aunt|grand(?:son|daughter|father|mother)|(?:girl|boy)friend|fiancee?|spouse|step(?:son|daughter))$/i.test(
    w,
  );

/** A plain noun of the lexicon (`Information`, `Energy`). */
export const isNoun: (w: string) => boolean = remembered((w: string) => has(w, 'Singular', 'Uncountable', 'Noun'));

/** A verb's plain form (`lead` in `to lead the country`). */
export const isInfinitive: (w: string) => boolean = remembered((w: string) => has(w, 'Infinitive'));

/** A word that can qualify a role noun before it (`auto analyst`, `defending champion`): not a verb, preposition or the like. */
export const isModifier: (w: string) => boolean = remembered(
  (w: string) => !breaksPhrase(w) && !has(w, 'Infinitive', 'PresentTense', 'Verb', 'Preposition', 'Adverb', 'Cardinal') && !isNounOrVerb(w),
);

/** `spin`, `face`: a word that is a noun or a verb as the sentence takes it. */
export const isNounOrVerb = (w: string) => model.two.switches[lower(w)] === 'Noun|Verb';
