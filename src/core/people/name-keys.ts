import { isSurnameFirst } from '../name-lexicon';
import { foldName } from '../text-fold';

/**
 * The key two spellings of one name share: folded, with hyphens as spaces, so that the
 * romanisations `Kim Jong Un` and `Kim Jong-un` are one name.
 */
export function nameKey(words: readonly string[]): string {
  return foldName(words.join(' ')).replace(/[-‐]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The family name's key: the last word, or the first for `Kim Jong Un`. */
export function surnameKey(words: readonly string[]): string {
  const parts = nameKey(words).split(' ');
  if (isSurnameFirst(words[0]) && words.length > 1) return parts[0];
  let last = parts.length - 1;
  while (last > 0 && isSuffix(parts[last])) last--;
  return parts[last];
}

/** `John Paul II`, `Martin Luther King Jr.`: a generation, not the family name. */
export function isSuffix(word: string): boolean {
  return /^(?:[ivx]{1,4}|jr\.?|sr\.?)$/i.test(word);
}
