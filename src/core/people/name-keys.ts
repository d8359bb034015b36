import { isSurnameFirst } from '../name-lexicon';
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
  if (isSurnameFirst(words[0]) && words.length > 1) return nameKey(words.slice(0, 1));
  let last = words.length - 1;
  while (last > 0 && isSuffix(words[last])) last--;
  // `al-Baghdadi` and `Al-Baghdadi` are `Baghdadi` as a surname.
  const word = words[last][0].toLowerCase() + words[last].slice(1);
  return nameKey([word.replace(ARABIC_ARTICLE, '')]);
}

/** `John Paul II`, `Martin Luther King Jr.`: a generation, not the family name. */
export function isSuffix(word: string): boolean {
  return /^(?:[ivx]{1,4}|jr\.?|sr\.?)$/i.test(word);
}
