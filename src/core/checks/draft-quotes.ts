import type { DraftText } from './draft-text';
import { wordsOf, type Word } from './words';

/** A stretch of quoted words between elisions (`...`, `…`) and bracketed insertions (`[he]`). */
export interface Fragment {
  start: number;
  end: number;
  words: Word[];
}

/** Quoted text in a draft: inside double quotes, or a blockquote paragraph. */
export interface DraftQuote {
  kind: 'inline' | 'block';
  /** The quoted text, without the quote marks. */
  start: number;
  end: number;
  fragments: Fragment[];
  /** Folded words of every fragment: the quote's identity across checks. */
  key: string;
}

/** Shorter quotes are scare quotes or titles, not claims about what a source says. */
export const MIN_QUOTE_WORDS = 3;

const OPEN = new Set(['“', '"', '„']);
const CLOSE = new Set(['”', '"']);
const BREAK = /\.\s?\.\s?\.|…|\[[^\]\n]*\]/g;

export function findQuotes(draft: DraftText): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  for (const paragraph of draft.paragraphs) {
    const block = blockquoteOf(draft.prose, paragraph);
    if (block) {
      const quote = makeQuote(draft.prose, 'block', block.start, block.end);
      if (quote) quotes.push(quote);
      continue;
    }
    for (const [start, end] of quoteSpans(draft.prose, paragraph.start, paragraph.end)) {
      const quote = makeQuote(draft.prose, 'inline', start, end);
      if (quote) quotes.push(quote);
    }
  }
  return quotes;
}

/** Inner spans of double-quoted text in one paragraph; an unclosed quote is dropped. */
function quoteSpans(prose: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (open >= 0 && CLOSE.has(c) && (c !== '"' || !/[\p{L}\p{N}]/u.test(prose[i + 1] ?? ''))) {
      spans.push([open + 1, i]);
      open = -1;
    } else if (OPEN.has(c) && (c !== '"' || !/[\p{L}\p{N}]/u.test(prose[i - 1] ?? ''))) {
      open = i;
    }
  }
  return spans;
}

/** A paragraph made of `>` lines: the quoted text without a callout (`[!NOTE]`) or a trailing attribution line (`— Name`). */
function blockquoteOf(prose: string, paragraph: { start: number; end: number }): { start: number; end: number } | undefined {
  const text = prose.slice(paragraph.start, paragraph.end);
  const lines = text.split('\n');
  if (!lines.every((l) => /^[ \t]{0,3}>/.test(l))) return undefined;
  if (/^[ \t]{0,3}>[ \t>]*(?:\[!\w+\]|—|–|--|―)/.test(lines[0])) return undefined;
  let end = text.length;
  const last = lines[lines.length - 1];
  if (lines.length > 1 && /^[ \t]{0,3}>[ \t>]*(?:—|–|--|―)/.test(last)) end = text.length - last.length - 1;
  const start = /^[ \t]{0,3}>[ \t>]*/.exec(text)![0].length;
  return { start: paragraph.start + start, end: paragraph.start + end };
}

function makeQuote(prose: string, kind: DraftQuote['kind'], start: number, end: number): DraftQuote | undefined {
  const fragments: Fragment[] = [];
  let from = start;
  const add = (to: number) => {
    const words = wordsOf(prose, from, to);
    if (words.length) fragments.push({ start: words[0].start, end: words[words.length - 1].end, words });
  };
  const inner = prose.slice(start, end);
  for (const m of inner.matchAll(BREAK)) {
    add(start + m.index);
    from = start + m.index + m[0].length;
  }
  add(end);
  const count = fragments.reduce((n, f) => n + f.words.length, 0);
  if (count < MIN_QUOTE_WORDS) return undefined;
  const key = fragments.map((f) => f.words.map((w) => w.text).join(' ')).join(' | ');
  return { kind, start, end, fragments, key };
}
