import { isSurnameFirst } from '../name-lexicon';
import { foldName } from '../text-fold';

/**
 * The key two spellings of one name share: folded, with hyphens as spaces, so that the
 * romanisations `Kim Jong Un` and `Kim Jong-un` are one name.
 */
export function nameKey(words: readonly string[]): string {
  return foldName(words.join(' ')).replace(/[-‐]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The family name's key: the last word, or the first for `Kim Jong Un`. A hyphenated surname is
 * one (`Alliot-Marie` is not `Marie`); a hyphenated given name after a family name is not.
 */
export function surnameKey(words: readonly string[]): string {
  if (isSurnameFirst(words[0]) && words.length > 1) return nameKey(words.slice(0, 1));
  let last = words.length - 1;
  while (last > 0 && isSuffix(words[last])) last--;
  return nameKey(words.slice(last, last + 1));
}

/** `John Paul II`, `Martin Luther King Jr.`: a generation, not the family name. */
export function isSuffix(word: string): boolean {
  return /^(?:[ivx]{1,4}|jr\.?|sr\.?)$/i.test(word);
}
