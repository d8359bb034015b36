import type { Matches } from './matches';

/** Pandoc's citation keys: `@key` with inner punctuation, or `@{anything without spaces}`. */

const REG = /[\p{L}\p{N}_]/u;
const INTERNAL = ':.#$%&-+?<>~/';

const ALNUM = /[\p{L}\p{N}]/u;

function isAsciiAlphaNum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isRegChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? isAsciiAlphaNum(code) || code === 95 : REG.test(ch);
}

export function isAlphaNum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? isAsciiAlphaNum(code) : ALNUM.test(ch);
}

/** The key after the `@` at `at`, and where it ends; undefined when none can start there. */
export function readKey(text: string, at: number, limit: number, matches: Matches): { key: string; end: number } | undefined {
  const first = text[at + 1];
  if (first === '{') return readBraced(text, at + 1, matches);
  if (!(isRegChar(first) || first === '*') || at + 1 >= limit) return undefined;
  let i = at + 2;
  while (i < limit) {
    const ch = text[i];
    if (isRegChar(ch)) i++;
    else if (INTERNAL.includes(ch) && i + 1 < limit && isRegChar(text[i + 1])) i += 2;
    else if ((ch === ':' || ch === '/') && i + 1 < limit && text[i + 1] === '/') i++;
    else break;
  }
  return { key: text.slice(at + 1, i), end: i };
}

/** `@{…}`: balanced braces, no whitespace; the key is what is inside (pandoc takes `@{}` too). */
function readBraced(text: string, open: number, matches: Matches): { key: string; end: number } | undefined {
  const close = matches.close(open);
  if (close < 0 || matches.nextSpace(open) < close) return undefined;
  return { key: text.slice(open + 1, close), end: close + 1 };
}

/**
 * Whether the character before `at` ends a word for pandoc (its `str` parser), so that an `@`
 * there is part of an e-mail address or a word, not a citation: a letter or digit, or a full stop
 * that is not the last of an ellipsis (`...`).
 */
export function afterWord(text: string, at: number, floor: number): boolean {
  if (at <= floor) return false;
  const prev = text[at - 1];
  if (prev !== '.') return isAlphaNum(prev);
  let dots = 0;
  while (at - 1 - dots >= floor && text[at - 1 - dots] === '.') dots++;
  return dots % 3 !== 0;
}
