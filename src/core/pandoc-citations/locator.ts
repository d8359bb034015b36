/** A citation's locator as pandoc's citeproc reads it off the suffix: `, p. 33` → page 33. */
export interface Locator {
  /** CSL's locator label: `page`, `chapter`, `paragraph`… */
  label: string;
  value: string;
  /** What follows the locator in the suffix. */
  rest: string;
}

// English CSL terms (short and long forms) for the labels pandoc recognises.
const LABELS: Array<[string, string[]]> = [
  ['page', ['pp.', 'p.', 'pages', 'page']],
  ['paragraph', ['¶¶', '¶', 'paras.', 'para.', 'paragraphs', 'paragraph']],
  ['chapter', ['chaps.', 'chap.', 'chs.', 'ch.', 'chapters', 'chapter']],
  ['section', ['§§', '§', 'secs.', 'sec.', 'sections', 'section']],
  ['volume', ['vols.', 'vol.', 'volumes', 'volume']],
  ['figure', ['figs.', 'fig.', 'figures', 'figure']],
  ['line', ['ll.', 'l.', 'lines', 'line']],
  ['note', ['nn.', 'n.', 'notes', 'note']],
  ['number', ['nos.', 'no.', 'numbers', 'number']],
  ['part', ['pts.', 'pt.', 'parts', 'part']],
  ['book', ['bks.', 'bk.', 'books', 'book']],
  ['column', ['cols.', 'col.', 'columns', 'column']],
  ['verse', ['vv.', 'v.', 'verses', 'verse']],
  ['folio', ['fols.', 'fol.', 'folios', 'folio']],
  ['opus', ['opp.', 'op.', 'opera', 'opus']],
  ['sub-verbo', ['s.vv.', 's.v.']],
];

const TERM = LABELS.flatMap(([, forms]) => forms)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const VALUE = String.raw`[\p{N}ivxlcdmIVXLCDM]+[a-z]?(?:\s*[-–—,&]\s*[\p{N}ivxlcdmIVXLCDM]+[a-z]?)*`;
const LOCATOR = new RegExp(String.raw`^,?\s*(?:(${TERM})\s*)?(${VALUE})(?![\p{L}])(.*)$`, 'su');

/** The locator at the start of a suffix (`, p. **32**` too: pandoc reads it as text); undefined when it starts with none. */
export function parseLocator(suffix: string): Locator | undefined {
  return readLocator(suffix) ?? readLocator(suffix.replace(/[*_]+/g, ''));
}

function readLocator(suffix: string): Locator | undefined {
  const m = LOCATOR.exec(suffix.trim());
  if (!m) return undefined;
  const [, term, value, rest] = m;
  if (!term && !/^,?\s*\p{N}/u.test(suffix.trim())) return undefined;
  const label = term ? LABELS.find(([, forms]) => forms.includes(term))![0] : 'page';
  return { label, value: value.trim(), rest: rest.trim() };
}
