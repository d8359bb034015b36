/** News agencies and outlets: the full name a credit's abbreviation stands for, and the short form a citation key names them by. */
interface Outlet {
  name: string;
  /** The abbreviation credits and datelines use, `(AP)`; it expands to `name`. */
  abbreviation?: string;
  /** Other spellings that mean the same outlet. */
  aliases?: string[];
  key: string;
}

const OUTLETS: Outlet[] = [
  { name: 'The Associated Press', abbreviation: 'AP', aliases: ['Associated Press'], key: 'ap' },
  { name: 'Reuters', key: 'reuters' },
  { name: 'Agence France-Presse', abbreviation: 'AFP', key: 'afp' },
  { name: 'United Press International', abbreviation: 'UPI', key: 'upi' },
  { name: 'Tribune News Service', abbreviation: 'TNS', key: 'tns' },
  { name: 'Yonhap News Agency', aliases: ['Yonhap'], key: 'yonhap' },
  { name: 'Bloomberg News', key: 'bloomberg' },
  { name: 'The New York Times', key: 'nyt' },
  { name: 'The Washington Post', key: 'wapo' },
  { name: 'The Wall Street Journal', key: 'wsj' },
  { name: 'The Guardian', key: 'guardian' },
  { name: 'BBC News', key: 'bbc' },
];

const BY_ABBREVIATION = new Map(OUTLETS.filter((o) => o.abbreviation).map((o) => [o.abbreviation!, o.name]));
const BY_ANY_NAME = new Map(OUTLETS.flatMap((o) => [o.name, o.abbreviation ?? o.name, ...(o.aliases ?? [])].map((n) => [n.toLowerCase(), o.key])));

/** `AP` → `The Associated Press`; any other credit stays as written. */
export function agencyName(credit: string): string {
  return BY_ABBREVIATION.get(credit.toUpperCase()) ?? credit;
}

/** The short form a citation key uses for a known outlet (`ap`, `nyt`), written any way the lexicon knows. */
export function outletKey(outlet: string): string | undefined {
  return BY_ANY_NAME.get(outlet.toLowerCase());
}
