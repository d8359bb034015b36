import type { GroundworkIndex } from '../groundwork-index';
import { splitSentences } from '../sentences';
import { containing } from '../spans';
import { speakerOf, type Speaker } from './attribution';
import type { DraftText } from './draft-text';
import type { DraftQuote, Fragment } from './draft-quotes';
import { passageTerms, type PassageTerms } from './passage-terms';
import { exactSpans, nearestSpan, sourceSpan, type WordSpan } from './quote-match';
import type { Finding, Rule, SourceSpan } from './types';

type Draft = Omit<Finding, 'severity'>;

export interface QuoteOutcome {
  findings: Draft[];
  /** The source the quote was found in, when every fragment matched. */
  matchedSource?: string;
}

/** Checks one quote against the sources: found, misquoted, unsourced, stale, or put in the wrong mouth. */
export function checkQuote(index: GroundworkIndex, draft: DraftText, quote: DraftQuote, previousSource?: string): QuoteOutcome {
  const terms = passageTerms(index);
  // A part of only one- and two-letter words between elisions ("… in a …") cannot be looked up, nor does it carry a claim.
  const searchable = quote.fragments.filter((f) => terms.searchable(f.words.map((w) => w.text)));
  if (searchable.length === 0) return { findings: [] };
  quote = { ...quote, fragments: searchable };
  const spans = quote.fragments.map((f) =>
    exactSpans(
      terms,
      f.words.map((w) => w.text),
    ),
  );
  const source = sourceHoldingAll(terms, spans);
  if (source) {
    const first = spans[0].find((s) => terms.passage(s.n).sourceKey === source)!;
    const wrong = wrongSpeaker(index, terms, draft, quote, first);
    return { findings: wrong ? [wrong] : [], matchedSource: source };
  }
  const findings: Draft[] = [];
  quote.fragments.forEach((fragment, i) => {
    if (spans[i].length > 0) return;
    findings.push(unmatched(terms, quote, fragment, previousSource));
  });
  return { findings };
}

/** A source in which every fragment appears, in order. */
function sourceHoldingAll(terms: PassageTerms, spans: WordSpan[][]): string | undefined {
  if (spans.some((s) => s.length === 0)) return undefined;
  for (const start of spans[0]) {
    const key = terms.passage(start.n).sourceKey;
    let at = start;
    const ordered = spans.slice(1).every((list) => {
      const next = list.find((s) => terms.passage(s.n).sourceKey === key && (s.n > at.n || (s.n === at.n && s.from >= at.to)));
      if (next) at = next;
      return next !== undefined;
    });
    if (ordered) return key;
  }
  return undefined;
}

function unmatched(terms: PassageTerms, quote: DraftQuote, fragment: Fragment, previousSource?: string): Draft {
  const near = nearestSpan(
    terms,
    fragment.words.map((w) => w.text),
  );
  const original = near && sourceSpan(terms, near);
  const rule: Rule = previousSource ? 'stale-quote' : original ? 'misquote' : 'quote-not-found';
  const range = quote.fragments.length > 1 ? fragment : { start: quote.start, end: quote.end };
  const what = quote.fragments.length > 1 ? 'Part of this quote' : 'This quote';
  let message: string;
  if (rule === 'stale-quote') {
    message = `${what} no longer matches @${previousSource}: the source changed since it last matched.`;
    if (original) message += ` ${closest(original)}`;
  } else if (original) {
    message = `Misquote: ${what.toLowerCase()} differs from @${original.sourceKey} by ${near.edits} word${near.edits === 1 ? '' : 's'}. ${closest(original)}`;
  } else {
    message = `${what} appears in no source.`;
  }
  const fixes = original
    ? [
        {
          title: `Replace with the words of @${original.sourceKey}`,
          edits: [{ start: fragment.start, end: fragment.end, text: original.text }],
          preferred: true,
        },
      ]
    : [];
  return { rule, message, start: range.start, end: range.end, fixes, related: original };
}

function closest(original: SourceSpan): string {
  return `The source says: “${original.text}”`;
}

/** `Belousov said "…"` where the source gives the words to someone else. */
function wrongSpeaker(index: GroundworkIndex, terms: PassageTerms, draft: DraftText, quote: DraftQuote, span: WordSpan): Draft | undefined {
  const claimed = draftSpeaker(index, draft, quote);
  if (!claimed?.person) return undefined;
  const actual = sourceSpeaker(index, terms, span);
  if (!actual || samePerson(claimed, actual)) return undefined;
  const where = sourceSpan(terms, span);
  return {
    rule: 'wrong-speaker',
    message: `In @${where.sourceKey} these words are not ${claimed.person.name}'s: the source attributes them to ${actual.text}.`,
    start: quote.start,
    end: quote.end,
    fixes: [],
    related: where,
  };
}

function samePerson(claimed: Speaker, actual: Speaker): boolean {
  if (actual.person) return actual.person === claimed.person;
  const names = [claimed.person!.name, ...claimed.person!.aliases.map((a) => a.text)];
  return names.some((n) => actual.text.includes(n));
}

function draftSpeaker(index: GroundworkIndex, draft: DraftText, quote: DraftQuote): Speaker | undefined {
  if (quote.kind === 'block') return undefined;
  const paragraph = paragraphAt(draft, quote.start, quote.end);
  if (!paragraph) return undefined;
  const [s, e] = sentenceAround(paragraph.sentences, quote.start - paragraph.start, quote.end - paragraph.start, paragraph.text.length);
  const sentence = paragraph.text.slice(s, e);
  return speakerOf(sentence, quote.start - paragraph.start - s, quote.end - paragraph.start - s, people(index, sentence));
}

function sourceSpeaker(index: GroundworkIndex, terms: PassageTerms, span: WordSpan): Speaker | undefined {
  const text = terms.passage(span.n).text;
  const words = terms.words(span.n);
  const [s, e] = sentenceAround(passageSentences(terms, span.n), words[span.from].start, words[span.to - 1].end, text.length);
  const sentence = text.slice(s, e);
  return speakerOf(
    sentence,
    words[span.from].start - s,
    words[span.to - 1].end - s,
    index.matchNames(sentence),
    index.matchNames(text.slice(Math.max(0, s - 500), s)),
  );
}

function people(index: GroundworkIndex, text: string) {
  return index.matchNames(text).filter((h) => h.value.kind === 'person');
}

interface SplitParagraph {
  start: number;
  text: string;
  sentences: Array<[number, number]>;
}

// Sentences are split once per paragraph (and per source passage), not once per quote: a paragraph
// of 10,000 quotes would otherwise be split 10,000 times.
const draftParagraphs = new WeakMap<DraftText, Map<number, SplitParagraph>>();
const sourcePassages = new WeakMap<PassageTerms, Map<number, Array<[number, number]>>>();

function paragraphAt(draft: DraftText, start: number, end: number): SplitParagraph | undefined {
  const paragraph = containing(draft.paragraphs, start, end);
  if (!paragraph) return undefined;
  let split = draftParagraphs.get(draft);
  if (!split) draftParagraphs.set(draft, (split = new Map<number, SplitParagraph>()));
  let done = split.get(paragraph.start);
  if (!done) {
    const text = draft.prose.slice(paragraph.start, paragraph.end).replace(/\n/g, ' ');
    split.set(paragraph.start, (done = { start: paragraph.start, text, sentences: splitSentences(text) }));
  }
  return done;
}

function passageSentences(terms: PassageTerms, n: number): Array<[number, number]> {
  let split = sourcePassages.get(terms);
  if (!split) sourcePassages.set(terms, (split = new Map<number, Array<[number, number]>>()));
  let spans = split.get(n);
  if (!spans) split.set(n, (spans = splitSentences(terms.passage(n).text)));
  return spans;
}

/** The sentences that hold `start..end`, joined when the quote runs across a boundary; found by binary search. */
function sentenceAround(spans: Array<[number, number]>, start: number, end: number, length: number): [number, number] {
  const firstAt = firstIndex(spans, ([, e]) => e > start);
  const first = spans[firstAt] ?? [0, length];
  const lastAt = firstIndex(spans, ([s]) => s >= end) - 1;
  const last = lastAt >= 0 ? spans[lastAt] : first;
  return [first[0], Math.max(first[1], last[1])];
}

/** The first index whose span passes `test` (which, over sorted spans, fails and then passes), or spans.length. */
function firstIndex(spans: Array<[number, number]>, test: (span: [number, number]) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(spans[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
