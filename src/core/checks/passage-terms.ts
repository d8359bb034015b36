import type { GroundworkIndex } from '../groundwork-index';
import type { Passage, Source } from '../types';
import { STOP_WORDS, wordsOf, type Word } from './words';

/** Which passages hold which folded words: the prefilter that keeps quote and support checks off the full corpus. */
export class PassageTerms {
  readonly passages: Passage[] = [];
  readonly sourceOf: Source[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly wordCache = new Map<number, Word[]>();

  constructor(index: GroundworkIndex) {
    for (const source of index.sources) {
      for (const passage of source.passages) {
        const n = this.passages.push(passage) - 1;
        this.sourceOf.push(source);
        for (const word of new Set(wordsOf(passage.text).map((w) => w.text))) {
          const list = this.postings.get(word);
          if (list) list.push(n);
          else this.postings.set(word, [n]);
        }
      }
    }
  }

  /** How many passages hold a word. */
  frequency(word: string): number {
    return this.postings.get(word)?.length ?? 0;
  }

  /** Passages holding every one of `words`. */
  withAll(words: string[]): number[] {
    const lists = [...new Set(words)].map((w) => this.postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    if (lists.length === 0) return [];
    let result = lists[0];
    for (const list of lists.slice(1)) {
      const has = new Set(list);
      result = result.filter((n) => has.has(n));
      if (result.length === 0) break;
    }
    return result;
  }

  /** Passages ranked by the idf-weighted share of `words` they hold, best first. */
  ranked(words: string[], limit: number, minShare = 0): Array<{ n: number; share: number }> {
    const terms = [...new Set(words)].filter((w) => !STOP_WORDS.has(w) && this.postings.has(w));
    const total = terms.reduce((sum, w) => sum + this.idf(w), 0);
    if (total === 0) return [];
    const scores = new Map<number, number>();
    for (const w of terms) {
      const weight = this.idf(w);
      for (const n of this.postings.get(w)!) scores.set(n, (scores.get(n) ?? 0) + weight);
    }
    const missing = [...new Set(words)].filter((w) => !STOP_WORDS.has(w) && !this.postings.has(w)).length;
    const denominator = total + missing * Math.log(1 + this.passages.length);
    return [...scores]
      .map(([n, s]) => ({ n, share: s / denominator }))
      .filter((r) => r.share >= minShare)
      .sort((a, b) => b.share - a.share || a.n - b.n)
      .slice(0, limit);
  }

  /** The folded words of a passage, with offsets into its text. */
  words(n: number): Word[] {
    let words = this.wordCache.get(n);
    if (!words) {
      words = wordsOf(this.passages[n].text);
      if (this.wordCache.size > 2048) this.wordCache.clear();
      this.wordCache.set(n, words);
    }
    return words;
  }

  private idf(word: string): number {
    return Math.log(1 + this.passages.length / (this.postings.get(word)?.length ?? 1));
  }
}

const cache = new WeakMap<GroundworkIndex, PassageTerms>();

/** One term table per index, built on first use. */
export function passageTerms(index: GroundworkIndex): PassageTerms {
  let terms = cache.get(index);
  if (!terms) cache.set(index, (terms = new PassageTerms(index)));
  return terms;
}
