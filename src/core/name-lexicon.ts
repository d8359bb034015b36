import nlp from 'compromise';

/** Word classes for telling people from titles, places and organisations. */

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const has = (word: string, ...wanted: string[]) => tagsOf(word).some((t) => wanted.includes(t));

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
  cleric preacher pastor priest monk nun deputy-director under-secretary attorney-general`.split(/\s+/),
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
  division regiment corps fleet squadron unit crisis revolution`.split(/\s+/),
);

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'da', 'de', 'del', 'della', 'di', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'ben', 'abu', 'bint']);

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

export const isTitleWord = (w: string) => TITLE_WORDS.has(lower(w)) || has(w, 'Honorific', 'Actor');
export const isNonPersonWord = (w: string) => (NON_PERSON_WORDS.has(lower(w)) && !isFirstName(w)) || WIRE_ORGS.has(lower(w));
export const isParticle = (w: string) => PARTICLES.has(lower(w));
export const isSurnameFirst = (w: string) => SURNAME_FIRST.has(lower(w));
export const isFirstName = (w: string) => has(w, 'FirstName', 'MaleName', 'FemaleName');
export const isLastName = (w: string) => has(w, 'LastName');
export const isPlace = (w: string) => has(w, 'Country', 'City', 'Region', 'Place');
export const isDemonym = (w: string) => has(w, 'Demonym') || /^(?:north|south|east|west)(?:ern)?$/i.test(w);
export const isOrganization = (w: string) => has(w, 'Organization', 'SportsTeam') || WIRE_ORGS.has(lower(w));
export const isCalendarWord = (w: string) => has(w, 'WeekDay', 'Month', 'Date', 'Holiday');

/** Words the English lexicon knows as something other than a name ("The", "During", "Photos"). */
export function isCommonWord(w: string): boolean {
  const tags = tagsOf(w);
  if (tags.length === 0) return false;
  return !tags.some((t) => ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun'].includes(t));
}

export function lexiconTags(w: string): string[] {
  return tagsOf(w);
}
