import type { GroundworkIndex } from '../groundwork-index';
import type { IdList } from '../passage-candidates';
import { sortedIntersection, type PassageIndex } from '../passage-index';
import { termsOf } from '../source-terms';
import type { Passage, Source } from '../types';
import { STOP_WORDS, wordsOf, type Word } from './words';

/**
 * The quote and support checks' view of the index's passage table: which passages can hold a
 * set of words (a prefilter over the index's own terms, kept up to date as sources change) and
 * each passage's words. Nothing corpus-wide is built here, so the first check after a source
 * change costs no more than the next.
 */
export class PassageTerms {
  private readonly table: PassageIndex;
  private readonly wordCache = new Map<number, Word[]>();

  constructor(private readonly index: GroundworkIndex) {
    this.table = index.passageTable;
  }

  passage(n: number): Passage {
    return this.table.passage(n)!;
  }

  source(n: number): Source {
    return this.index.source(this.passage(n).sourceKey)!;
  }

  /** Whether words have a term the table can look up (words of one or two letters do not). */
  searchable(words: string[]): boolean {
    return words.some((w) => termsOf(w).length > 0);
  }

  /** Passages that may hold every one of `words` (each of their index terms): rarest term first, a merge walk. */
  withAll(words: string[]): number[] {
    const lists = [...new Set(words.flatMap(termsOf))].map((t) => this.table.postingsOf(t)).sort((a, b) => a.length - b.length);
    if (lists.length === 0) return [];
    let result: IdList = lists[0];
    for (const list of lists.slice(1)) {
      if (result.length === 0) break;
      result = sortedIntersection(result, list);
    }
    return this.live(result);
  }

  /**
   * Passages ranked by the idf-weighted share of `words`' terms they hold, best first. Counts are
   * of live passages and ties go in build order, so an index kept up through edits ranks as a
   * fresh build of the same sources does.
   */
  ranked(words: string[], limit: number, minShare = 0): Array<{ n: number; share: number }> {
    const distinct = [...new Set(words.filter((w) => !STOP_WORDS.has(w)).flatMap(termsOf))].filter((t) => !STOP_WORDS.has(t));
    const terms = distinct.filter((t) => this.table.liveCount(t) > 0).sort((a, b) => this.table.liveCount(a) - this.table.liveCount(b));
    const total = terms.reduce((sum, t) => sum + this.idf(t), 0);
    if (total === 0) return [];
    const scores = new Map<number, number>();
    for (const t of terms) {
      const weight = this.idf(t);
      const list = this.table.postingsOf(t);
      // A common term only adds weight to passages the rarer terms already found.
      if (this.table.liveCount(t) > COMMON && scores.size > 0) {
        for (const n of sortedIntersection(
          list,
          [...scores.keys()].sort((a, b) => a - b),
        ))
          scores.set(n, scores.get(n)! + weight);
      } else {
        for (const n of list) scores.set(n, (scores.get(n) ?? 0) + weight);
      }
    }
    const missing = distinct.length - terms.length;
    const denominator = total + missing * Math.log(1 + this.table.size);
    return [...scores]
      .filter(([n]) => this.table.live(n))
      .map(([n, sc]) => ({ n, share: sc / denominator }))
      .filter((r) => r.share >= minShare)
      .sort((a, b) => b.share - a.share || this.table.inBuildOrder(a.n, b.n))
      .slice(0, limit);
  }

  /** The folded words of a passage, with offsets into its text. */
  words(n: number): Word[] {
    let words = this.wordCache.get(n);
    if (!words) {
      words = wordsOf(this.passage(n).text);
      if (this.wordCache.size > WORD_CACHE) this.wordCache.clear();
      this.wordCache.set(n, words);
    }
    return words;
  }

  private live(ids: IdList): number[] {
    return Array.prototype.filter.call(ids, (n: number) => this.table.live(n)) as number[];
  }

  private idf(term: string): number {
    return Math.log(1 + this.table.size / Math.max(1, this.table.liveCount(term)));
  }
}

/** Passages whose words are kept between checks (a 3,000-word draft touches a few thousand at 10k sources). */
const WORD_CACHE = 4096;

/** Posting lists longer than this are only intersected with candidates already found, never walked whole. */
const COMMON = 500;

const cache = new WeakMap<GroundworkIndex, PassageTerms>();

/** One view per index (its word cache is per index). */
export function passageTerms(index: GroundworkIndex): PassageTerms {
  let terms = cache.get(index);
  if (!terms) cache.set(index, (terms = new PassageTerms(index)));
  return terms;
}
