/** What a citation key may be: written into drafts, links and bibliographies, so it is checked once, here. */

/** Longer keys are refused when declared and cut when generated. */
export const MAX_KEY_LENGTH = 100;

// Pandoc's rule for a key written without braces (its `citeKey`): a letter, digit or `_`, then
// those and single punctuation marks `:.#$%&-+?<>~/` each followed by one of those, or `:` and
// `/` before a `/` (`http://`). We also refuse `<` and `>`: a key is written into drafts, and
// in a footnote label they would be raw HTML.
const KEY = /^[\p{L}\p{N}_]+(?:(?:[:/](?=\/))*[:.#$%&+?~/-][\p{L}\p{N}_]+)*$/u;

/** Why a declared key cannot be used, or undefined when it can. */
export function keyProblem(key: string): string | undefined {
  if (key.length > MAX_KEY_LENGTH) return `is ${key.length} characters long, over the ${MAX_KEY_LENGTH} allowed`;
  if (!KEY.test(key)) return 'is not a Pandoc citation key (letters, digits and _, with single : . # $ % & - + ? ~ / between them)';
  return undefined;
}

export function isValidKey(key: string): boolean {
  return keyProblem(key) === undefined;
}
