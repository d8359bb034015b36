import type { SourceSpan } from './types';
import type { PassageTerms } from './passage-terms';
import { STOP_WORDS, type Word } from './words';

/** Words `from..to` (exclusive) of passage `n`. */
export interface WordSpan {
  n: number;
  from: number;
  to: number;
}

export interface NearSpan extends WordSpan {
  /** Word edits (changed, added or dropped words) between the quote and the source. */
  edits: number;
}

/** Every place the words appear in a row, in corpus order. */
export function exactSpans(terms: PassageTerms, words: string[], limit = 50): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const n of terms.withAll(words)) {
    const have = terms.words(n);
    for (let i = 0; i + words.length <= have.length; i++) {
      if (words.every((w, k) => have[i + k].text === w)) spans.push({ n, from: i, to: i + words.length });
    }
    if (spans.length >= limit) break;
  }
  return spans;
}

/** Most word edits a quote may have and still be called a misquote of a passage rather than unsourced. */
export function editBudget(wordCount: number): number {
  return Math.max(1, Math.floor(wordCount / 3));
}

/** The passage span closest to the words (fewest word edits), if it is close enough to be a misquote. */
export function nearestSpan(terms: PassageTerms, words: string[], candidates = 8): NearSpan | undefined {
  const content = words.filter((w) => !STOP_WORDS.has(w));
  if (content.length === 0) return undefined;
  let best: NearSpan | undefined;
  for (const { n } of terms.ranked(words, candidates, 0.4)) {
    const passage = terms.passage(n).text;
    const all = terms.words(n);
    for (const [from, to] of quoteSegments(passage, all)) {
      const span = align(
        words,
        all.slice(from, to).map((w) => w.text),
      );
      if (span && (!best || span.edits < best.edits)) best = { n, from: from + span.from, to: from + span.to, edits: span.edits };
    }
  }
  if (!best || best.edits > editBudget(words.length)) return undefined;
  const kept = words.length - best.edits;
  return kept * 2 >= words.length ? best : undefined;
}

/**
 * Semi-global word alignment: the stretch of `text` that `words` match with fewest edits
 * (free to start and end anywhere in `text`).
 */
export function align(words: string[], text: string[]): { from: number; to: number; edits: number } | undefined {
  const m = words.length;
  const n = text.length;
  if (n === 0) return undefined;
  // cost[i][j]: fewest edits matching words[0..i) to text ending at j; start[i][j]: where that match begins.
  let prevCost = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cost = new Array<number>(n + 1);
    const start = new Array<number>(n + 1);
    cost[0] = i;
    start[0] = 0;
    for (let j = 1; j <= n; j++) {
      const diagonal = prevCost[j - 1] + (words[i - 1] === text[j - 1] ? 0 : 1);
      const skipWord = prevCost[j] + 1;
      const skipText = cost[j - 1] + 1;
      if (diagonal <= skipWord && diagonal <= skipText) {
        cost[j] = diagonal;
        start[j] = prevStart[j - 1];
      } else if (skipWord <= skipText) {
        cost[j] = skipWord;
        start[j] = prevStart[j];
      } else {
        cost[j] = skipText;
        start[j] = start[j - 1];
      }
    }
    prevCost = cost;
    prevStart = start;
  }
  // Of the ends with fewest edits, the one whose span is nearest the quote's length: a changed
  // last word is a substitution, not a dropped word.
  let to = 1;
  const off = (j: number) => Math.abs(j - prevStart[j] - m);
  for (let j = 1; j <= n; j++) if (prevCost[j] < prevCost[to] || (prevCost[j] === prevCost[to] && off(j) < off(to))) to = j;
  return { from: prevStart[to], to, edits: prevCost[to] };
}

const QUOTE_MARK = /["“”„«»‹›]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/u;

/**
 * Runs of a passage's words not broken by a quotation mark: a misquote is matched inside what
 * the source quotes (or inside its narration), so the fix never carries a quotation mark.
 */
function quoteSegments(text: string, words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    if (QUOTE_MARK.test(text.slice(words[i - 1].end, words[i].start))) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, words.length]);
  return out;
}

/** The exact source text of a word span. */
export function sourceSpan(terms: PassageTerms, span: WordSpan): SourceSpan {
  const passage = terms.passage(span.n);
  const words = terms.words(span.n);
  const start = words[span.from].start;
  const end = words[span.to - 1].end;
  return { sourceKey: passage.sourceKey, passageId: passage.id, start, end, text: passage.text.slice(start, end) };
}
