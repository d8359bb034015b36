import { afterWord, readKey } from './cite-key';
import type { Chunk } from './blocks';
import type { Finder } from './finder';
import { Matches } from './matches';
import type { Citation, FootnoteRef } from './types';

/** A `@key` that may start a citation. */
interface KeyAt {
  start: number;
  at: number;
  end: number;
  key: string;
  suppress: boolean;
  used: boolean;
}

/** A matched `[…]`, with the `;` and keys directly inside it (not in nested brackets). */
interface Pair {
  open: number;
  close: number;
  semis: number[];
  keys: KeyAt[];
  used: boolean;
}

export interface InlineScan {
  citations: Citation[];
  footnoteRefs: FootnoteRef[];
  /** Flat `start, end` pairs, in order. */
  opaque: number[];
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/y;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const TEX = /\\[A-Za-z]+/y;

/** Citations, footnote references and non-prose spans of one chunk of inline text, in one pass. */
export function scanInlines(text: string, chunk: Chunk, finder: Finder, examples: ReadonlySet<string>, out: InlineScan): void {
  const { start: s, end: e } = chunk;
  const pairs: Pair[] = [];
  const keys: KeyAt[] = [];
  // Open brackets are positions only; a `;` or key notes the innermost one, and only brackets
  // that close collect theirs afterwards: a text of unclosed brackets allocates next to nothing.
  const stack: number[] = [];
  const semis: number[] = [];
  const semiOwners: number[] = [];
  const owners: number[] = [];
  const ticks = new BacktickRuns(text, s, e);
  const matches = new Matches(text, s, e);
  let lastClose = -1;
  let freeAfter = -1; // an `@` here follows something that is not a word (an escape, code, a key)
  const opaque = (from: number, to: number) => {
    out.opaque.push(from, to);
    freeAfter = to;
    return to;
  };
  let i = s;
  while (i < e) {
    const ch = text[i];
    if (ch === '\\') {
      // An escape is prose (`\"` is a quote mark), but an `@` after it starts a key.
      if (i + 1 < e && ESCAPABLE.test(text[i + 1])) i = freeAfter = i + 2;
      else i = rawTex(text, i, matches, opaque) ?? i + 1;
    } else if (ch === '`') {
      // An unclosed run gives up one backtick: the rest of it may still open code.
      const n = ticks.runEnd(i) - i;
      const closer = ticks.closer(i, n);
      i = closer >= 0 ? opaque(i, closer + n) : i + 1;
    } else if (ch === '$') {
      i = math(text, i, e, finder, opaque) ?? i + 1;
    } else if (ch === '<') {
      i = html(text, i, e, finder, opaque) ?? i + 1;
    } else if (ch === '[') {
      stack.push(i);
      i++;
    } else if (ch === ']') {
      const open = stack.pop();
      i++;
      if (open === undefined) continue;
      const nested = lastClose > open;
      lastClose = i - 1;
      const next = text[i];
      if (text[open + 1] === '^') {
        // A label has no brackets inside (nor spaces): nested `[^[^…]]` is no reference, and costs nothing.
        const label = nested ? '' : text.slice(open + 2, i - 1);
        if (label && !/\s/.test(label)) out.footnoteRefs.push({ label, start: open, end: i });
      } else if (next === '(') {
        const end = matches.close(i);
        if (end > 0) i = opaque(i, end + 1);
      } else if (next !== '[' && next !== '{' && !(open > s && text[open - 1] === '^')) {
        // Only a pair that may be a citation is kept: a link, a span, a footnote marker or an
        // inline note `^[…]` never is one, and a text of them allocates nothing per pair.
        pairs.push({ open, close: i - 1, semis: [], keys: [], used: false });
      }
    } else if (ch === ';') {
      if (stack.length) {
        semis.push(i);
        semiOwners.push(stack[stack.length - 1]);
      }
      i++;
    } else if (ch === '@') {
      const key = keyAt(text, i, s, e, freeAfter, matches);
      if (!key) {
        i++;
        continue;
      }
      keys.push(key);
      owners.push(stack.length ? stack[stack.length - 1] : -1);
      i = key.end;
      freeAfter = i;
    } else i++;
  }
  pairs.sort((a, b) => a.open - b.open);
  const byOpen = new PairsByOpen(pairs, s, e);
  semis.forEach((at, n) => byOpen.get(semiOwners[n])?.semis.push(at));
  keys.forEach((key, n) => byOpen.get(owners[n])?.keys.push(key));
  citationsOf(text, pairs, byOpen, keys, examples, chunk.note, out.citations);
}

function keyAt(text: string, at: number, floor: number, limit: number, freeAfter: number, matches: Matches): KeyAt | undefined {
  if (at !== freeAfter && afterWord(text, at, floor)) return undefined;
  const read = readKey(text, at, limit, matches);
  if (!read) return undefined;
  // `-@key` suppresses the author; `--@key` is an en dash before `@key`.
  const dash = at - 1 >= floor && text[at - 1] === '-' && text[at - 2] !== '-' && at - 1 !== freeAfter && !afterWord(text, at - 1, floor);
  return { start: dash ? at - 1 : at, at, end: read.end, key: read.key, suppress: dash, used: false };
}

/** Turns pairs and keys into citations, in order: bracketed groups, then `@key [locator]`, then bare `@key`. */
function citationsOf(
  text: string,
  pairs: Pair[],
  byOpen: PairsByOpen,
  keys: KeyAt[],
  examples: ReadonlySet<string>,
  note: string | undefined,
  out: Citation[],
): void {
  let p = 0;
  let k = 0;
  while (p < pairs.length || k < keys.length) {
    if (p < pairs.length && (k >= keys.length || pairs[p].open < keys[k].start)) {
      const pair = pairs[p++];
      if (pair.used) continue;
      const items = citeList(text, pair, 0);
      if (items) emit(text, items, 'normal', pair.open, pair.close + 1, note, out);
      continue;
    }
    const key = keys[k++];
    if (key.used || examples.has(key.key)) continue;
    key.used = true;
    const pair = byOpen.get(bracketAfter(text, key.end));
    const rest = pair && !pair.used ? (citeList(text, pair, 0) ?? locatorThenList(text, pair)) : undefined;
    // In the text, `-@key` is a hyphen before `@key`: only a bracketed citation suppresses the author.
    const head: Citation = {
      key: key.key,
      mode: 'author-in-text',
      prefix: '',
      suffix: rest?.suffix ?? '',
      keyStart: key.at,
      keyEnd: key.end,
      start: key.at,
      end: rest ? pair!.close + 1 : key.end,
    };
    if (note !== undefined) head.note = note;
    out.push(head);
    if (rest) emit(text, rest, 'normal', key.at, pair!.close + 1, note, out);
  }
}

type Items = { keys: KeyAt[]; bounds: Array<[number, number]>; suffix?: string };

/** `[prefix @key suffix; …]`: every `;`-separated part holds a key, else it is no citation list. */
function citeList(text: string, pair: Pair, firstPart: number): Items | undefined {
  const bounds = parts(pair);
  const found: KeyAt[] = [];
  let k = 0;
  for (let b = firstPart; b < bounds.length; b++) {
    const [from, to] = bounds[b];
    while (k < pair.keys.length && pair.keys[k].start < from) k++;
    const key = pair.keys[k];
    if (!key || key.end > to || key.used) return undefined;
    found.push(key);
  }
  if (found.length === 0) return undefined;
  pair.used = true;
  return { keys: found, bounds: bounds.slice(firstPart) };
}

/** `@key [p. 3]` or `@key [p. 3; @other]`: a locator for the key, then perhaps more citations. */
function locatorThenList(text: string, pair: Pair): Items | undefined {
  const bounds = parts(pair);
  const rest = bounds.length > 1 ? citeList(text, pair, 1) : { keys: [], bounds: [] };
  if (!rest) return undefined;
  pair.used = true;
  return { ...rest, suffix: text.slice(bounds[0][0], bounds[0][1]).trim() };
}

function parts(pair: Pair): Array<[number, number]> {
  const cuts = [pair.open + 1, ...pair.semis.map((x) => x + 1)];
  return cuts.map((from, i) => [from, i + 1 < cuts.length ? pair.semis[i] : pair.close]);
}

function emit(text: string, items: Items, mode: 'normal', start: number, end: number, note: string | undefined, out: Citation[]): void {
  items.keys.forEach((key, i) => {
    key.used = true;
    const [from, to] = items.bounds[i];
    const c: Citation = {
      key: key.key,
      mode: key.suppress ? 'suppress-author' : mode,
      prefix: text.slice(from, key.start).trim(),
      suffix: text.slice(key.end, to).trim(),
      keyStart: key.start,
      keyEnd: key.end,
      start,
      end,
    };
    if (note !== undefined) c.note = note;
    out.push(c);
  });
}

/** Where a `[` stands after a key, past spaces and at most one line break. */
function bracketAfter(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\r') i++;
  if (text[i] === '\n') {
    i++;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '>') i++;
  }
  return text[i] === '[' && text[i + 1] !== '^' ? i : -1;
}

/** `$…$` (no space inside the dollars, no digit after) or `$$…$$`. */
function math(text: string, at: number, limit: number, finder: Finder, opaque: (a: number, b: number) => number): number | undefined {
  if (text[at + 1] === '$') {
    const close = finder.next('$$', at + 2);
    return close >= 0 && close + 2 <= limit ? opaque(at, close + 2) : undefined;
  }
  if (at + 1 >= limit || /\s/.test(text[at + 1])) return undefined;
  let close = finder.next('$', at + 1);
  while (close >= 0 && close < limit && text[close - 1] === '\\') close = finder.next('$', close + 1);
  if (close < 0 || close >= limit || /\s/.test(text[close - 1]) || /[0-9]/.test(text[close + 1] ?? '')) return undefined;
  return opaque(at, close + 1);
}

function html(text: string, at: number, limit: number, finder: Finder, opaque: (a: number, b: number) => number): number | undefined {
  if (text.startsWith('<!--', at)) {
    const close = finder.next('-->', at + 4);
    return close >= 0 && close + 3 <= limit ? opaque(at, close + 3) : undefined;
  }
  for (const re of [AUTOLINK, TAG]) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && at + m[0].length <= limit) return opaque(at, at + m[0].length);
  }
  return undefined;
}

/** `\command{…}`: raw TeX, which pandoc passes through unread. */
function rawTex(text: string, at: number, matches: Matches, opaque: (a: number, b: number) => number): number | undefined {
  TEX.lastIndex = at;
  const m = TEX.exec(text);
  if (!m) return undefined;
  let end = at + m[0].length;
  while (text[end] === '{') {
    const close = matches.close(end);
    if (close < 0) break;
    end = close + 1;
  }
  return opaque(at, end);
}

/** The bracket pair opening at an offset of the chunk: an array by offset (a Map of many thousands of pairs is slow to build). */
class PairsByOpen {
  private readonly index: Int32Array;

  constructor(
    private readonly pairs: Pair[],
    private readonly from: number,
    to: number,
  ) {
    this.index = new Int32Array(to - from).fill(-1);
    pairs.forEach((p, n) => (this.index[p.open - from] = n));
  }

  get(open: number): Pair | undefined {
    const n = open >= this.from ? this.index[open - this.from] : undefined;
    return n === undefined || n < 0 ? undefined : this.pairs[n];
  }
}

/** Backtick runs of a chunk: a run opens code that the next run of the same length closes. */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly next = new Map<number, number>();
  /** For the first backtick of each run, where the run ends (offset from the chunk's start). */
  private readonly ends: Int32Array;
  private current = { start: -1, end: -1 };

  constructor(
    text: string,
    private readonly from: number,
    to: number,
  ) {
    this.ends = new Int32Array(to - from);
    for (let i = from; i < to;) {
      if (text.charCodeAt(i) !== 0x60) {
        i++;
        continue;
      }
      let j = i;
      while (j < to && text.charCodeAt(j) === 0x60) j++;
      this.ends[i - from] = j;
      let list = this.byLength.get(j - i);
      if (!list) this.byLength.set(j - i, (list = []));
      list.push(i);
      i = j;
    }
  }

  /** The end of the backtick run holding `at`; asked in increasing `at`. */
  runEnd(at: number): number {
    if (at < this.current.start || at >= this.current.end) this.current = { start: at, end: this.ends[at - this.from] || at + 1 };
    return this.current.end;
  }

  /** The next run of exactly `n` backticks after `at`; -1 if none. Asked in increasing `at`. */
  closer(at: number, n: number): number {
    const list = this.byLength.get(n);
    if (!list) return -1;
    let k = this.next.get(n) ?? 0;
    while (k < list.length && list[k] <= at) k++;
    this.next.set(n, k);
    return k < list.length ? list[k] : -1;
  }
}
