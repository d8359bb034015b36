import { breaksPhrase, isDemonym, isKinWord, isPlace, isRoleNoun, isStyle, isTitleWord } from './name-lexicon';
import type { Token } from './name-tokens';

/** A role the text gives a name. */
export interface Role {
  text: string;
  /** The role names a person's office or job (not just a nationality). */
  personal: boolean;
}

const MAX_ROLE_WORDS = 9;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|your|my)$/i;
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
    if (isRoleWord(w)) i--;
    else if (
      w === 'of' &&
      i > 1 &&
      joined(i - 2) &&
      isRoleNoun(tokens[i - 2].text) &&
      ofObject(
        tokens.slice(i, from).map((t) => t.text),
        prefix,
      )
    )
      i--;
    else if (!breaksPhrase(w) && (!/^\p{Lu}/u.test(w) || tokens[i - 1].sentenceStart) && i < from && isRoleNoun(tokens[from - 1].text) && from - i < 3) i--;
    else break;
  }
  const owner = i > 0 && tokens[i - 1].possessive && tokens[i - 1].capitalized && tokens[i - 1].gap.length <= 3 ? `${tokens[i - 1].text}’s` : undefined;
  const words = [...tokens.slice(i, from).map((t) => t.text), ...prefix];
  while (words.length && (DETERMINER.test(words[0]) || words[0] === 'of')) words.shift();
  while (words.length && isStyle(words[words.length - 1])) words.pop();
  // `his Saudi counterpart Prince Saud`: a title after a lowercase role noun is a second role; the first is the one stated.
  const lowerHead = words.findIndex((w, k) => k < words.length - 1 && /^\p{Ll}+$/u.test(w) && isRoleNoun(w) && /^\p{Lu}/u.test(words[k + 1]));
  if (lowerHead >= 0) words.splice(lowerHead + 1);
  if (!words.some(isRoleNoun) || isKinWord(words[words.length - 1])) return undefined;
  return { text: normaliseRole([...(owner && i < from ? [owner] : []), ...words].join(' ')), personal: words.some(isRoleNoun) };
}

/** `Secretary of State`: what follows `of` in a title is the office's object, not another title. */
function ofObject(collected: string[], prefix: string[]): boolean {
  const words = [...collected, ...prefix];
  return words.length > 0 && !words.some(isRoleNoun);
}

const isRoleWord = (w: string) =>
  isTitleWord(w) || isRoleNoun(w) || isDemonym(w) || isPlace(w) || /^(?:\p{Lu}\.){2,}$/u.test(w) || /^(?:then|ex|former)-/i.test(w);

/** `Belousov, a former economist,`, `Lopez, a senior adviser to the chancellor`: a noun phrase after the name, about a role noun, with no verb. */
function appositiveAfter(text: string, tokens: Token[], to: number): Role | undefined {
  const last = tokens[to - 1];
  if (last.possessive || !/^,\s$/.test(last.gap)) return undefined;
  const rest = text.slice(last.end + 2, last.end + 120);
  const m = /^((?:a|an|the|who is|now|then|also|his|her|their|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}-]*['’]s)\s[^,.;:()"“”]{2,80}?)(?=[,.;]|$)/iu.exec(rest);
  if (!m) return undefined;
  const phrase = m[1].replace(/^(?:a|an|the|who is)\s+/i, '');
  const words = phrase.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS || AUXILIARY.test(phrase)) return undefined;
  let h = words.findIndex((w, k) => (k > 0 || !/['’]s$/.test(w) ? isRoleNoun(w) || (isKinWord(w) && /['’]s$/.test(words[0])) : false));
  if (h < 0) h = isTitleWord(words[words.length - 1]) && !isDemonym(words[words.length - 1]) ? words.length - 1 : -1;
  if (h < 0) return undefined;
  if (words.slice(1, h).some(breaksPhrase) || words.slice(h + 1).some((w) => breaksPhrase(w) && !PREPOSITION_OR_ARTICLE.test(w))) return undefined;
  if (isKinWord(words[h]) && !/['’]s$/.test(words[0])) return undefined;
  return { text: normaliseRole(phrase), personal: true };
}

/** Words that may join a role noun to what it is a role of (`adviser to the chancellor`, `head of the agency`). */
const PREPOSITION_OR_ARTICLE = /^(?:of|to|for|at|in|on|the|a|an|and)$/i;

/** The noun a role phrase is about: its last word, or the word before `of` (`head of the agency`). */
function headOf(words: string[]): string | undefined {
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (head === undefined) return undefined;
  return isRoleNoun(head) || (isTitleWord(head) && !isDemonym(head)) ? head : undefined;
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
    if (breaksPhrase(t.text) && !isTitleWord(t.text) && !PREPOSITION_OR_ARTICLE.test(t.text) && !DETERMINER.test(t.text)) break;
    i--;
    if (t.possessive) break;
  }
  const words = tokens.slice(i, from).map((t, k) => (t.possessive && k < from - i - 1 ? `${t.text}’s` : t.text));
  while (words.length && (PREPOSITION_OR_ARTICLE.test(words[0]) || DETERMINER.test(words[0]))) words.shift();
  // `the acting head of the AU mission in Sudan`: the head comes before any preposition.
  const firstPreposition = words.findIndex((w) => /^\p{Ll}/u.test(w) && PREPOSITION_OR_ARTICLE.test(w));
  const head = headOf(firstPreposition > 0 && words[firstPreposition] !== 'of' ? words.slice(0, firstPreposition) : words);
  if (!head || isKinWord(head) || words.every((w) => isDemonym(w) || isPlace(w))) return undefined;
  return { text: normaliseRole(words.join(' ')), personal: true };
}

function normaliseRole(role: string): string {
  return role
    .replace(/^ex-/i, 'former ')
    .replace(/^then-/i, 'then ')
    .replace(/\s+/g, ' ')
    .trim();
}
