/**
 * The words of a text as the name finder reads them, found by hand rather than by the pattern
 * they follow, `\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:\.(?=\p{L}\.)|\.(?=[\s,]))?(?:\p{L}\.)*`
 * (a name word, its dotted initials or acronym, a dot that ends an abbreviation): that pattern
 * tried `\p{L}` at every character and cost more than all the rest of tokenising.
 */

const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
/** The kind of each code point below U+10000 once asked, plus one (0: not asked yet). */
const bmpKinds = new Uint8Array(0x10000);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function kindOf(char: string): number {
  return IS_LETTER.test(char) ? LETTER : IS_MARK.test(char) ? MARK : OTHER;
}

/** Whether the code point at `i` is a letter, a mark or neither (past the end: neither). */
function kindAt(text: string, i: number): number {
  const c = text.codePointAt(i);
  if (c === undefined) return OTHER;
  if (c < 128) return isAsciiLetter(c) ? LETTER : OTHER;
  if (c > 0xffff) return kindOf(String.fromCodePoint(c));
  if (bmpKinds[c] === 0) bmpKinds[c] = kindOf(String.fromCharCode(c)) + 1;
  return bmpKinds[c] - 1;
}

/** Whether the code point at `i` is a letter (a lone half of a surrogate pair is not). */
export const isLetterAt = (text: string, i: number) => kindAt(text, i) === LETTER;

/** Code units the code point at `i` takes. */
const widthAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Where the first word at or after `from` starts, or -1. */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a pair alone is no letter, so stepping by code units finds the same starts.
    if (c < 128 ? isAsciiLetter(c) : kindAt(text, i) === LETTER) return i;
  }
  return -1;
}

/** Where the word that starts at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let i = lettersEnd(text, start);
  while (isJoiner(text.charCodeAt(i)) && kindAt(text, i + 1) === LETTER) i = lettersEnd(text, i + 1);
  // What ends the letters is no letter, so initials can follow only a dot.
  if (text.charCodeAt(i) !== 46) return i;
  if (isInitial(text, i + 1) || SPACE_OR_COMMA.test(text.charAt(i + 1))) i++;
  while (isInitial(text, i)) i += widthAt(text, i) + 1;
  return i;
}

const SPACE_OR_COMMA = /^[\s,]$/;
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** A letter and a dot at `i`. */
const isInitial = (text: string, i: number) => kindAt(text, i) === LETTER && text.charCodeAt(i + widthAt(text, i)) === 46;

/** The end of the run of letters and marks from `from`. */
function lettersEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !isAsciiLetter(c) : kindAt(text, i) === OTHER) return i;
    i += c < 0xd800 ? 1 : widthAt(text, i);
  }
}
