/** Word lists for generated wire copy: names with their accepted variant spellings, roles, places, outlets, topics. */

/** First names; a second spelling is an accepted transliteration the sources also use. */
export const FIRST_NAMES: ReadonlyArray<readonly [string, string?]> = [
  ['Andrei', 'Andrey'], ['Sergei', 'Sergey'], ['Dmitri', 'Dmitry'], ['Yuri', 'Yury'], ['Alexei', 'Alexey'], ['Mikhail'], ['Olga'],
  ['Natalia', 'Natalya'], ['Mohammed', 'Muhammad'], ['Ahmed'], ['Fatima'], ['Omar'], ['Hassan'], ['Layla'], ['Yusuf'],
  ['John'], ['Mary'], ['James'], ['Patricia'], ['Robert'], ['Linda'], ['Michael'], ['Barbara'], ['William'], ['Elizabeth'],
  ['David'], ['Jennifer'], ['Richard'], ['Maria'], ['Thomas'], ['Susan'], ['Charles'], ['Margaret'], ['Daniel'], ['Karen'],
  ['Paul'], ['Nancy'], ['Mark'], ['Lisa'], ['George'], ['Sandra'], ['Steven'], ['Ashley'], ['Kevin'], ['Emily'], ['Brian'],
  ['Rebecca'], ['Edward'], ['Laura'], ['Peter'], ['Helen'], ['Carlos'], ['Ana'], ['Luis'], ['Sofia'], ['Javier'], ['Lucia'],
  ['Pierre'], ['Claire'], ['Jean'], ['Marie'], ['Hans'], ['Ingrid'], ['Klaus'], ['Anna'], ['Lars'], ['Astrid'], ['Pedro'],
  ['Juan'], ['Elena'], ['Marco'], ['Giulia'], ['Rahul'], ['Priya'], ['Arjun'], ['Ananya'], ['Hiroshi'], ['Yuki'], ['Kenji'],
  ['Amara'], ['Kwame'], ['Chinedu'], ['Ngozi'], ['Tariq'], ['Leila'], ['Mehmet'], ['Ayse'], ['Ivan'], ['Irina'], ['Viktor'],
  ['Oksana'], ['Bogdan'], ['Katarzyna'], ['Tomasz'], ['Ewa'], ['Stefan'], ['Greta'], ['Nils'], ['Camille'], ['Antoine'],
];

const ONSETS = ['B', 'D', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Dr', 'Gr', 'Kr', 'Tr', 'Ch', 'Sh', 'H', 'F', 'Y', 'W'];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ar', 'el', 'in', 'or', 'an', 'ov', 'ek', 'am', 'ul', 'ir'];
const ENDINGS = ['son', 'ov', 'enko', 'ski', 'ez', 'ini', 'ara', 'ton', 'berg', 'ley', 'ani', 'uk', 'ard', 'well', 'sen', 'ic', 'ato', 'ay'];

/** Surnames built from syllables: thousands of distinct ones, stable for a given index. */
export function surname(n: number): string {
  const o = ONSETS[n % ONSETS.length];
  const m = MIDDLES[Math.floor(n / ONSETS.length) % MIDDLES.length];
  const e = ENDINGS[Math.floor(n / (ONSETS.length * MIDDLES.length)) % ENDINGS.length];
  return o + m + e;
}
export const SURNAME_COUNT = ONSETS.length * MIDDLES.length * ENDINGS.length;

export const COUNTRIES = [
  'Russian', 'North Korean', 'South Korean', 'Ukrainian', 'Chinese', 'Japanese', 'German', 'French', 'British', 'Brazilian',
  'Nigerian', 'Kenyan', 'Indian', 'Turkish', 'Polish', 'Mexican', 'Canadian', 'Egyptian', 'Italian', 'Spanish',
];
export const OFFICES = [
  'Defense Minister', 'Foreign Minister', 'Finance Minister', 'Prime Minister', 'President', 'Interior Minister',
  'Health Minister', 'Trade Minister', 'Energy Minister', 'central bank governor', 'opposition leader', 'ambassador',
];
export const PLAIN_ROLES = ['a spokesperson for the ministry', 'an economist at the institute', 'a senior analyst', 'a lawmaker from the ruling party', 'a retired general'];

export const DATELINES: ReadonlyArray<readonly [string, string]> = [
  ['SEOUL', 'South Korea'], ['MOSCOW', 'Russia'], ['KYIV', 'Ukraine'], ['BEIJING', 'China'], ['TOKYO', 'Japan'], ['BERLIN', 'Germany'],
  ['PARIS', 'France'], ['LONDON', 'England'], ['BRASILIA', 'Brazil'], ['LAGOS', 'Nigeria'], ['NAIROBI', 'Kenya'], ['NEW DELHI', 'India'],
  ['ANKARA', 'Turkey'], ['WARSAW', 'Poland'], ['MEXICO CITY', 'Mexico'], ['OTTAWA', 'Canada'], ['CAIRO', 'Egypt'], ['ROME', 'Italy'],
];
export const AGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['AP', 'The Associated Press'], ['AFP', 'Agence France-Presse'], ['Reuters', 'Reuters'], ['UPI', 'United Press International'],
];
export const SITES = ['The Daily Ledger', 'Northern Times', 'Harbor Post', 'Capital Wire', 'Evening Courier'];

export const TOPICS = [
  'air defense systems', 'grain exports', 'interest rates', 'border security', 'the pipeline project', 'fuel subsidies',
  'the trade agreement', 'missile tests', 'refugee flows', 'the vaccine rollout', 'satellite launches', 'port expansion',
  'the election timetable', 'naval drills', 'fertilizer prices', 'the budget deficit', 'power outages', 'drought relief',
  'the arms embargo', 'cyberattacks', 'the currency peg', 'troop deployments', 'mining licenses', 'rail links',
  'fishing quotas', 'nuclear talks', 'steel tariffs', 'the wheat harvest', 'flood defenses', 'debt restructuring',
];
export const NOUNS = [
  'officials', 'diplomats', 'analysts', 'lawmakers', 'investors', 'farmers', 'soldiers', 'engineers', 'protesters', 'negotiators',
  'regulators', 'residents', 'traders', 'inspectors', 'envoys', 'economists', 'commanders', 'delegates', 'workers', 'observers',
];
export const VERBS = [
  'warned', 'argued', 'insisted', 'conceded', 'predicted', 'suggested', 'acknowledged', 'stressed', 'noted', 'claimed',
];
export const PLACES_IN_TEXT = ['the capital', 'the northern provinces', 'the coastal region', 'the border area', 'the industrial south'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const ADJECTIVES = ['sharp', 'gradual', 'unexpected', 'modest', 'sweeping', 'cautious', 'lasting', 'temporary', 'costly', 'broad'];
