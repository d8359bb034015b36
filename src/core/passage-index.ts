import Fuse from 'fuse.js';
import { rankCandidates } from './passage-candidates';
import { nearTerms, splitTerm } from './term-variants';
import { foldText } from './text-fold';
import type { Passage, Source } from './types';

/** How many passages the inverted index hands to fuse.js for scoring. */
const CANDIDATES = 150;
/** Query terms missing from the index (typos) stand for up to this many index terms. */
const EXPANSIONS = 40;

const FUSE_OPTIONS = { keys: ['text'], includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3, findAllMatches: false };

/** Terms of three or more letters or digits, through the one text fold. */
export function termsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/** The index without its passages (they are the sources' own). */
export interface PassageIndexState {
  ids: number;
  dead: number;
  /** Each term's passage ids, ascending. */
  postings: Array<[term: string, ids: number[]]>;
  /** Each source's passage ids, by citation key. */
  bySource: Array<[key: string, ids: number[]]>;
}

/**
 * Passages by the terms they contain. A query first gathers the passages sharing its rarest terms,
 * then fuse.js scores only those. Sources can be added and removed one at a time.
 */
export class PassageIndex {
  private readonly passages: Array<Passage | undefined> = [];
  private readonly postings = new Map<string, number[]>();
  private readonly bySource = new Map<string, number[]>();
  private vocabulary: string[] | undefined;
  private dead = 0;

  get size(): number {
    return this.passages.length - this.dead;
  }

  add(source: Source): void {
    this.remove(source.key);
    const ids: number[] = [];
    for (const passage of source.passages) {
      const id = this.passages.push(passage) - 1;
      ids.push(id);
      for (const term of new Set(termsOf(passage.text))) {
        const list = this.postings.get(term);
        if (list) list.push(id);
        else {
          this.postings.set(term, [id]);
          this.vocabulary = undefined;
        }
      }
    }
    this.bySource.set(source.key, ids);
  }

  /** Forgets a source's passages; their ids stay in the postings and are skipped. */
  remove(key: string): void {
    for (const id of this.bySource.get(key) ?? []) {
      this.passages[id] = undefined;
      this.dead++;
    }
    this.bySource.delete(key);
  }

  /** Ids of the live and removed passages holding a term, ascending (removed ones read as undefined). */
  postingsOf(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** A passage by id; undefined once its source was removed. */
  passage(id: number): Passage | undefined {
    return this.passages[id];
  }

  /** Every id ever given out: live passages and removed ones. */
  get ids(): number {
    return this.passages.length;
  }

  /** The live lists, not copies: to be encoded before the next change. */
  snapshot(): PassageIndexState {
    return { ids: this.passages.length, dead: this.dead, postings: [...this.postings], bySource: [...this.bySource] };
  }

  /** The index of `snapshot`, over the same sources' passages; throws when a source's passages are not the ones it had. */
  static restore(state: PassageIndexState, passagesOf: (key: string) => Passage[] | undefined): PassageIndex {
    const index = new PassageIndex();
    index.passages.length = state.ids;
    index.dead = state.dead;
    for (const [key, ids] of state.bySource) {
      const passages = passagesOf(key);
      if (passages?.length !== ids.length) throw new Error(`the snapshot does not hold the passages of ${key}`);
      ids.forEach((id, i) => (index.passages[id] = passages[i]));
      index.bySource.set(key, ids);
    }
    for (const [term, ids] of state.postings) index.postings.set(term, ids);
    return index;
  }

  search(query: string, limit: number): Array<{ passage: Passage; score: number }> {
    const candidates = this.candidates(query);
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    return fuse.search(query, { limit }).map((r) => ({ passage: r.item, score: r.score ?? 1 }));
  }

  /** The passages sharing the most (and rarest) terms with the query. */
  private candidates(query: string): Passage[] {
    const total = this.passages.length || 1;
    const terms = new Set([...new Set(termsOf(query))].flatMap((term) => (this.postings.has(term) ? [term] : this.expand(term))));
    const lists = [...terms].map((term) => {
      const ids = this.postings.get(term)!;
      return { ids, weight: Math.log(1 + total / ids.length) };
    });
    return rankCandidates(lists, (id) => this.passages[id] !== undefined, CANDIDATES).map((id) => this.passages[id]!);
  }

  /**
   * The index terms a query term missing from the index may stand for: those one slip away (`defnse` finds `defense`),
   * else two run together (`generalsaid`), else those starting with its first three letters.
   */
  private expand(term: string): string[] {
    const known = (t: string) => this.postings.has(t);
    const near = nearTerms(term, known);
    if (near.length > 0) return near.sort((a, b) => this.postings.get(b)!.length - this.postings.get(a)!.length).slice(0, EXPANSIONS);
    const split = splitTerm(term, known);
    return split.length > 0 ? split : this.sharingStem(term);
  }

  private sharingStem(term: string): string[] {
    const vocabulary = (this.vocabulary ??= [...this.postings.keys()].sort());
    const stem = term.slice(0, 3);
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < vocabulary.length && vocabulary[i].startsWith(stem) && out.length < EXPANSIONS; i++) out.push(vocabulary[i]);
    return out;
  }
}

/** Ids in both ascending lists; a short list is looked up in a long one by binary search. */
export function sortedIntersection(a: readonly number[], b: readonly number[]): number[] {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length > 16 * a.length) return a.filter((id) => sortedHas(b, id));
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

function sortedHas(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === id) return true;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
