/** The word lists the lexicon adds to compromise's: titles, groups, things that are not people. */

/** Titles and role nouns that stand before a name ("Defense Minister", "Mr.", "leader"). */
export const TITLE_WORDS = new Set(
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
export const TITLE_MODIFIERS = new Set(
  `vice prime deputy defense defence foreign interior finance security health education trade economy energy labor
  labour agriculture culture environment transport intelligence national state federal district supreme council
  cabinet military army navy air force opposition rebel militant former acting interim then crown first grand high
  top senior junior assistant associate special regional provincial party presidential press spy police fire`.split(/\s+/),
);

/** Religions, sects, peoples and nationalities used as adjectives ("a Shi'ite cleric", "Serb forces", "Turkish troops"); the lexicon lacks most. */
export const GROUP_WORDS = new Set(
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
export const NON_PERSON_WORDS = new Set(
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
export const ROLE_NOUNS = new Set(
  `seed qualifier finalist semifinalist medalist medallist laureate lifeguard sepoy corporal constable trooper shopkeeper
  fisherman fishermen farmer resident refugee student teacher nurse survivor witness suspect defendant striker midfielder
  goalkeeper winger jockey cyclist sprinter swimmer skater skier boxer wrestler`.split(/\s+/),
);

/** Lowercase nouns that make the name before them a place's or an event's (`John F. Kennedy airport`, `Khyber Pakhtunkhwa province`). */
export const PLACE_NOUNS = new Set(
  `airport province region district county city town village township suburb neighborhood neighbourhood state street
  road avenue highway square bridge river lake island mountain valley desert stadium station port border crossing
  prison jail hospital university college school mosque church temple cathedral shrine palace museum holiday festival`.split(/\s+/),
);

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'mme', 'messrs']);

export const PARTICLES = new Set([
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
export const SURNAME_FIRST = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin sin kwon
  hwang ahn an song ryu yoo hong jeon jun ko moon mun yang son bae baek paek heo nam no noh roh ri
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang
  xi hu wen deng jiang mao hua peng cai cao ding fu lu pan ye yu nguyen tran le pham hoang vu vo dang bui do ho ngo duong ly`.split(/\s+/),
);

export const WIRE_ORGS = new Set(
  `reuters interfax xinhua yonhap kcna tass ria afp ap upi bloomberg nhk kyodo irna bbc cnn pentagon kremlin
  vatican hamas hezbollah taliban nato opec telegram facebook twitter google`.split(/\s+/),
);

/** Common things the English lexicon leaves untagged that end like a doer's noun: `letter` is not a `bowler`. */
export const THING_NOUNS = new Set(
  `letter corner paper chapter computer tower river cancer fever winter theater theatre charter sector factor motor error
  terror meter metre liter litre filter shelter border order number water weather matter counter cluster poster monitor
  reactor tractor elevator calculator radiator generator indicator corridor horror mirror vapor vapour harbor harbour
  rumor rumour humor humour favor favour labor labour flavor flavour tumor tumour monster disaster register character
  list mist fist twist`.split(/\s+/),
);
