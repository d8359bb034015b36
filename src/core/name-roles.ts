import { breaksPhrase, isDemonym, isInfinitive, isKinWord, isPlace, isRoleNoun, isStyle, isTitleWord, WordClass } from './name-lexicon';
import { textsOf, tokenIs, type Token } from './name-tokens';

const { BREAKS_PHRASE, MODIFIER, NOUN_OR_VERB, PREFIX, ROLE_NOUN, TITLE } = WordClass;

/** A role the text gives a name. */
export interface Role {
  text: string;
  /** The role names a person's office or job (not just a nationality). */
  personal: boolean;
}

const MAX_ROLE_WORDS = 9;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|your|my|one)$/i;
const AUXILIARY = /\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|who|which|that|said|says)\b/i;

/**
 * The role the text gives the name at tokens `from..to` (`prefix` holds the title words inside
 * the capitalised run): a title or role noun before it (`Japan's foreign minister`, `software
 * billionaire`), an appositive after it (`X, the deputy foreign minister,`) or before it (`The
 * head of the agency, X`). Never an honorific, never a clause.
 */
export function roleOf(text: string, tokens: Token[], from: number, to: number, prefix: string[]): Role | undefined {
  return leadingRole(tokens, from, prefix) ?? appositiveAfter(text, tokens, to) ?? appositiveBefore(tokens, from);
}

/** `Japan's foreign minister Taro Aso`, `U.S. Assistant Secretary of State Christopher Hill`, `Indian spin bowler Anil Kumble`. */
function leadingRole(tokens: Token[], from: number, prefix: string[]): Role | undefined {
  let i = from;
  const joined = (k: number) => tokens[k].gap === ' ' && !tokens[k].possessive;
  while (i > 0 && from - i < 6 && joined(i - 1)) {
    const w = tokens[i - 1].text;
    if (tokenIs(tokens[i - 1], ROLE_WORD)) i--;
    else if (w === 'of' && i > 1 && joined(i - 2) && tokenIs(tokens[i - 2], ROLE_NOUN) && ofObject(textsOf(tokens, i, from), prefix)) i--;
    else if (
      qualifiesRole(tokens, i - 1) &&
      (!/^\p{Lu}/u.test(w) || tokens[i - 1].sentenceStart) &&
      i < from &&
      tokenIs(tokens[from - 1], ROLE_NOUN) &&
      from - i < 3
    )
      i--;
    else break;
  }
  const owner = i > 0 && tokens[i - 1].possessive && tokens[i - 1].capitalized && tokens[i - 1].gap.length <= 3 ? `${tokens[i - 1].text}’s` : undefined;
  const words = [...textsOf(tokens, i, from), ...prefix];
  while (words.length && (DETERMINER.test(words[0]) || words[0] === 'of')) words.shift();
  while (words.length && isStyle(words[words.length - 1])) words.pop();
  // `his Saudi counterpart Prince Saud`: a title after a lowercase role noun is a second role; the first is the one stated.
  const lowerHead = words.findIndex((w, k) => k < words.length - 1 && /^\p{Ll}+$/u.test(w) && isRoleNoun(w) && /^\p{Lu}/u.test(words[k + 1]));
  if (lowerHead >= 0) words.splice(lowerHead + 1);
  if (!words.some(isRoleNoun) || isKinWord(words[words.length - 1])) return undefined;
  return { text: normaliseRole([...(owner && i < from ? [owner] : []), ...words].join(' ')), personal: words.some(isRoleNoun) };
}

/** `auto analyst`, `Indian spin bowler`; not `face` in `will next face fifth seed`: a noun-or-verb qualifies a role only after a determiner or role word. */
function qualifiesRole(tokens: Token[], k: number): boolean {
  if (tokenIs(tokens[k], MODIFIER)) return true;
  const before = tokens[k - 1];
  return tokenIs(tokens[k], NOUN_OR_VERB) && before !== undefined && before.gap === ' ' && (DETERMINER.test(before.text) || tokenIs(before, ROLE_WORD));
}

/** `Secretary of State`: what follows `of` in a title is the office's object, not another title. */
function ofObject(collected: string[], prefix: string[]): boolean {
  const words = [...collected, ...prefix];
  return words.length > 0 && !words.some(isRoleNoun);
}

/** A title, nationality, place or role noun: a word a role is made of. */
const ROLE_WORD = PREFIX | ROLE_NOUN;

/** `Belousov, a former economist,`, `Lopez, a senior adviser to the chancellor`: a noun phrase after the name, about a role noun, with no verb. */
function appositiveAfter(text: string, tokens: Token[], to: number): Role | undefined {
  const last = tokens[to - 1];
  if (last.possessive || !/^,\s$/.test(last.gap)) return undefined;
  const rest = text.slice(last.end + 2, last.end + 120);
  const m = /^((?:a|an|the|who is|now|then|also|his|her|their|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}-]*['’]s)\s[^,.;:()"“”]{2,80}?)(?=[,.;]|$)/iu.exec(rest);
  if (!m) return undefined;
  const phrase = m[1].replace(/^(?:a|an|the|who is)\s+/i, '');
  const words = phrase.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS || AUXILIARY.test(phrase) || toClause(words)) return undefined;
  let h = words.findIndex((w, k) => (k > 0 || !/['’]s$/.test(w) ? isRoleNoun(w) || (isKinWord(w) && /['’]s$/.test(words[0])) : false));
  if (h < 0) h = isTitleWord(words[words.length - 1]) && !isDemonym(words[words.length - 1]) ? words.length - 1 : -1;
  if (h < 0) return undefined;
  if (words.slice(1, h).some(breaksPhrase) || words.slice(h + 1).some((w) => breaksPhrase(w) && !PREPOSITION_OR_ARTICLE.test(w))) return undefined;
  if (isKinWord(words[h]) && !/['’]s$/.test(words[0])) return undefined;
  return { text: normaliseRole(phrase), personal: true };
}

/** `the first woman to lead the country`: a clause, not a role (`adviser to the chancellor` is one). */
const toClause = (words: string[]) => words.some((w, k) => w === 'to' && k + 1 < words.length && isInfinitive(words[k + 1]));

/** Words that may join a role noun to what it is a role of (`adviser to the chancellor`, `head of the agency`). */
const PREPOSITION_OR_ARTICLE = /^(?:of|to|for|at|in|on|the|a|an|and)$/i;

/** The noun a role phrase is about: its last word, or the word before `of` (`head of the agency`). */
function headOf(words: string[]): string | undefined {
  const last = words[words.length - 1];
  if (last !== undefined && isRoleNoun(last)) return last;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : last;
  if (head === undefined) return undefined;
  return isRoleNoun(head) || (of > 0 && isTitleWord(head) && !isDemonym(head)) ? head : undefined;
}

/** `Yoon’s national security adviser, Shin Wonsik,`, `a prisoner, Abdullahi Abdi Siad`, `The head of the agency, Ana Ruiz`. */
function appositiveBefore(tokens: Token[], from: number): Role | undefined {
  if (from === 0 || !/^,\s$/.test(tokens[from - 1].gap)) return undefined;
  let i = from;
  while (i > 0 && from - i < MAX_ROLE_WORDS) {
    const t = tokens[i - 1];
    const inside = i === from || (t.gap === ' ' && !t.possessive) || (t.possessive && t.gap.length <= 3);
    if (!inside) break;
    if (DETERMINER.test(t.text) && !PREPOSITION_OR_ARTICLE.test(tokens[i - 2]?.text ?? '')) break;
    if (tokenIs(t, BREAKS_PHRASE) && !tokenIs(t, TITLE) && !PREPOSITION_OR_ARTICLE.test(t.text) && !DETERMINER.test(t.text)) break;
    i--;
    // `the city's military administration`, `the Republican People's Party`: an owner that still lacks the role noun, or is inside a name, is passed.
    if (t.possessive && !(t.capitalized && tokens[i + 1]?.capitalized) && headOf(phraseOf(tokens, i + 1, from)) !== undefined) break;
  }
  const words = phraseOf(tokens, i, from);
  while (words.length && (PREPOSITION_OR_ARTICLE.test(words[0]) || DETERMINER.test(words[0]))) words.shift();
  // `the firm's former finance director`: a common noun owning the role adds nothing to it.
  if (words.length > 1 && /^\p{Ll}+['’]s$/u.test(words[0]) && isRoleNoun(words[words.length - 1])) words.shift();
  // `the acting head of the AU mission in Sudan`: the head comes before any preposition;
  // `a letter to the Federal Reserve chairman`: unless the head comes after it.
  const firstPreposition = words.findIndex((w) => /^\p{Ll}/u.test(w) && PREPOSITION_OR_ARTICLE.test(w) && !DETERMINER.test(w));
  let role = words;
  let head = headOf(words);
  if (firstPreposition > 0 && words[firstPreposition] !== 'of') {
    const after = words.slice(firstPreposition + 1);
    while (after.length && DETERMINER.test(after[0])) after.shift();
    head = headOf(words.slice(0, firstPreposition));
    if (head === undefined) [role, head] = [after, isRoleNoun(after[after.length - 1] ?? '') ? after[after.length - 1] : undefined];
  }
  if (!head || isKinWord(head) || role.every((w) => isDemonym(w) || isPlace(w))) return undefined;
  return { text: normaliseRole(role.join(' ')), personal: true };
}

/** The words of tokens `from..to`, an inner possessive keeping its `’s`. */
function phraseOf(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).map((t, k) => (t.possessive && k < to - from - 1 ? `${t.text}’s` : t.text));
}

function normaliseRole(role: string): string {
  return role
    .replace(/^ex-/i, 'former ')
    .replace(/^then-/i, 'then ')
    .replace(/\s+/g, ' ')
    .trim();
}
