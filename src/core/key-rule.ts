/** What a citation key may be: written into drafts, links and bibliographies, so it is checked once, here. */

/** Longer keys are refused when declared and cut when generated. */
export const MAX_KEY_LENGTH = 100;

// Pandoc's rule for a key written without braces (its `citeKey`): a letter, digit or `_`, then
// those and single punctuation marks `:.#$%&-+?<>~/` each followed by one of those, or `:` and
// `/` before a `/` (`http://`). Of the marks we refuse `<` and `>`, which in a footnote label are
// raw HTML, and `#`, `%` and `~`, which pandoc's BibTeX reader refuses in an entry's label: every
// key we accept can be cited in Markdown and exported to a .bib.
const KEY = /^[\p{L}\p{N}_]+(?:(?:[:/](?=\/))*[:.$&+?/-][\p{L}\p{N}_]+)*$/u;

/** Why a declared key cannot be used, or undefined when it can. */
export function keyProblem(key: string): string | undefined {
  if (key.length > MAX_KEY_LENGTH) return `is ${key.length} characters long, over the ${MAX_KEY_LENGTH} allowed`;
  if (!KEY.test(key)) return 'is not a citation key (letters, digits and _, with single : . $ & - + ? / between them)';
  return undefined;
}

export function isValidKey(key: string): boolean {
  return keyProblem(key) === undefined;
}
