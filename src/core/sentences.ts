/** Splits a paragraph into sentences, returning [start, end) offsets into it. */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cmdr',
  'adm',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'pres',
  'amb',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'fig',
  'approx',
  'dept',
  'univ',
  'a.m',
  'p.m',
]);

export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // The lookbehind starts a match only at the first mark of a run, so a long run of dots is scanned once.
  const boundary = /(?<![.!?…])[.!?…]+[”’"')\]]*(?=\s+[“‘"'([]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(text, m.index)) continue;
    spans.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) spans.push([start, text.trimEnd().length]);
  return spans.filter(([s, e]) => e > s);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = text.slice(wordBefore(text, dot), dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S. officials".
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) && word.length <= 7;
}

const LETTER = /^\p{L}$/u;

/** Where the run of letters and dots that ends at `dot` starts, looking back at most 12 code units. */
function wordBefore(text: string, dot: number): number {
  const from = Math.max(0, dot - 12);
  let w = dot;
  while (w > from) {
    const c = text.charCodeAt(w - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) w--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff && w - 2 >= from && isHighSurrogate(text.charCodeAt(w - 2)) && LETTER.test(text.slice(w - 2, w))) w -= 2;
    else if (!(c >= 0xd800 && c <= 0xdfff) && LETTER.test(text[w - 1])) w--;
    else break;
  }
  return w;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
