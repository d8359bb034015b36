import { isFirstName, isLastName, isSurnameFirst, isTitleWord } from '../name-lexicon';
import { ARABIC_ARTICLE } from '../name-tokens';
import { remembered } from '../remembered';
import { foldName } from '../text-fold';

/**
 * The key two spellings of one name share: folded, with hyphens as spaces, so that the
 * romanisations `Kim Jong Un` and `Kim Jong-un` are one name.
 */
export function nameKey(words: readonly string[]): string {
  return keyOf(words.join(' '));
}

const keyOf = remembered((name: string) => foldName(name).replace(/[-‐]+/g, ' ').replace(/\s+/g, ' ').trim(), 200_000);

/**
 * The family name's key: the last word, or the first for `Kim Jong Un`. A hyphenated surname is
 * one (`Alliot-Marie` is not `Marie`); a hyphenated given name after a family name is not.
 */
export function surnameKey(words: readonly string[]): string {
  const family = surnameWords(words);
  // `al-Baghdadi` and `Al-Baghdadi` are `Baghdadi` as a surname.
  const first = family[0][0].toLowerCase() + family[0].slice(1);
  return nameKey([first.replace(ARABIC_ARTICLE, ''), ...family.slice(1)]);
}

/**
 * The words a text uses for the person alone: the family name (`Kim` of `Kim Jong Un`, `King` of
 * `Martin Luther King III`), or for a regnal name the given names before the numeral (`John Paul`
 * of `John Paul II`, `Benedict` of `Benedict XVI`): a pope or a queen has no family name.
 */
export function surnameWords(words: readonly string[]): readonly string[] {
  if (isSurnameFirst(words[0]) && words.length > 1) return words.slice(0, 1);
  let last = words.length - 1;
  while (last > 0 && isSuffix(words[last])) last--;
  if (last < words.length - 1 && isNumeral(words[last + 1]) && isGivenNameOnly(words[last])) return words.slice(0, last + 1);
  return words.slice(last, last + 1);
}

const isNumeral = (word: string) => /^[IVX]{1,5}$/.test(word);
/** `Paul`, `Elizabeth`: a given name that is no family name and no title (`King` of `Martin Luther King III` is both). */
const isGivenNameOnly = (word: string) => isFirstName(word) && !isLastName(word) && !isTitleWord(word);

/** `John Paul II`, `Martin Luther King Jr.`: a generation, not the family name. */
export function isSuffix(word: string): boolean {
  return /^(?:[ivx]{1,4}|jr\.?|sr\.?)$/i.test(word);
}
