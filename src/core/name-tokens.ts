import { wordClasses } from './name-lexicon';
import { isLetterAt, wordEnd, wordStart } from './word-scan';

/** Word tokens of a passage with the facts the name finder needs about each. */
export interface Token {
  text: string;
  start: number;
  end: number;
  capitalized: boolean;
  /** First word of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** The token was followed by a possessive `’s`, which ends a name. */
  possessive: boolean;
  /** Text between this token and the next one. */
  gap: string;
  /** The lexicon's classes of the word, once asked (-1 before). */
  classes: number;
}

/** The words of tokens `from..to`. */
export function textsOf(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(tokens[i].text);
  return words;
}

/** Whether the token's word is of a class of the lexicon's (a `WordClass` bit). */
export function tokenIs(t: Token, wordClass: number): boolean {
  if (t.classes < 0) t.classes = wordClasses(t.text);
  return (t.classes & wordClass) !== 0;
}

/** `al-Dulaimi`, `el-Sisi`: a surname behind a lowercase Arabic article is still a capitalised name word. */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{Lu})/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = wordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    let word = text.slice(start, end);
    let possessive = false;
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 115 && isApostrophe(word.charCodeAt(word.length - 2))) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (word.charCodeAt(word.length - 1) === 46 && !keepsDot(word)) word = word.slice(0, -1);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      capitalized: startsCapital(word),
      sentenceStart: isSentenceStart(text, start),
      possessive,
      gap: '',
      classes: -1,
    });
    start = wordStart(text, end);
  }
  for (let i = 0; i < tokens.length; i++) tokens[i].gap = text.slice(tokens[i].end, tokens[i + 1]?.start ?? text.length);
  return tokens;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** A capital first letter, or a lowercase Arabic article before one (`al-Dulaimi`). */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c === 97 || c === 101) return ARABIC_ARTICLE.test(word);
  return c > 127 && /^\p{Lu}/u.test(word);
}

/** Initials, dotted acronyms and abbreviated titles keep their dot: `J.`, `U.S.`, `Mr.`. */
function keepsDot(word: string): boolean {
  return (
    /^\p{Lu}\.$/u.test(word) ||
    /^(?:\p{L}\.){2,}$/u.test(word) ||
    /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Prof|Rev|St|Jr|Sr|Hon|Amb|Pres)\.$/.test(word)
  );
}

/** Abbreviations whose dot ends no sentence (`Mr. Bolton`); a single capital with a dot is an initial. */
const NO_SENTENCE_END = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Prof', 'Rev', 'St']);
/** Quotes, brackets and dashes that may stand between a sentence's end and its next word. */
const OPENING = /[\s“"‘'([—–-]/u;
/** How far back the end of a sentence is looked for. */
const LOOK_BACK = 12;

/** After `.`, `!`, `?`, `:` or `…` (quotes and brackets between), or at the start: not after `Mr.` or an initial. */
function isSentenceStart(text: string, at: number): boolean {
  const from = Math.max(0, at - LOOK_BACK);
  let k = at;
  while (k > from && isOpening(text, k - 1)) k--;
  if (k === from) return true;
  const c = text[k - 1];
  if (c !== '.') return c === '!' || c === '?' || c === ':' || c === '…';
  let w = k - 1;
  while (w > from && isLetterAt(text, w - 1)) w--;
  if (w > from && !/\s/.test(text[w - 1])) return true;
  const word = text.slice(w, k - 1);
  return !(NO_SENTENCE_END.has(word) || (word.length === 1 && /\p{Lu}/u.test(word)));
}

/** `OPENING.test(text[at])` with the ASCII answers worked out first: the finder asks it of almost every word. */
function isOpening(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128) return OPENING.test(text[at]);
  return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45;
}
