import Fuse from 'fuse.js';
import { runSteps } from './engine/slices';
import { rankCandidates } from './passage-candidates';
import { nearTerms, splitTerm } from './term-variants';
import { foldText } from './text-fold';
import type { Passage, Source } from './types';

/** How many passages the inverted index hands to fuse.js for scoring. */
const CANDIDATES = 150;
/** Query terms missing from the index (typos) stand for up to this many index terms. */
const EXPANSIONS = 40;

/** Entries restored between one pause and the next. */
const STEP = 2000;

const FUSE_OPTIONS = { keys: ['text'], includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3, findAllMatches: false };

/** Terms of three or more letters or digits, through the one text fold. */
export function termsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/** A restored source's passages: how many it had, and how to read them. */
export interface RestoredPassages {
  count: number;
  read: () => Passage[];
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
  /** Restored sources whose passages are not read yet, and for each of their ids its place here (-1: none). */
  private unread: Array<{ ids: number[]; read: () => Passage[] } | undefined> = [];
  private unreadAt: Int32Array | undefined;
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
      if (this.unreadAt && id < this.unreadAt.length) this.unreadAt[id] = -1;
      this.dead++;
    }
    this.bySource.delete(key);
  }

  /** Ids of the live and removed passages holding a term, ascending (removed ones read as undefined). */
  postingsOf(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** A passage by id; undefined once its source was removed. A restored source's passages are read on first use. */
  passage(id: number): Passage | undefined {
    return this.passages[id] ?? this.readUnread(id);
  }

  /** Whether a passage is there, without reading a restored source's passages. */
  live(id: number): boolean {
    return this.passages[id] !== undefined || (this.unreadAt !== undefined && id < this.unreadAt.length && this.unreadAt[id] >= 0);
  }

  /** Every id ever given out: live passages and removed ones. */
  get ids(): number {
    return this.passages.length;
  }

  /** The live lists, not copies: to be encoded before the next change. */
  snapshot(): PassageIndexState {
    return { ids: this.passages.length, dead: this.dead, postings: [...this.postings], bySource: [...this.bySource] };
  }

  /**
   * The index of `snapshot`, over the same sources' passages, each source's read when first
   * used; throws when a source has not as many passages as it had.
   */
  static restore(state: PassageIndexState, sourceOf: (key: string) => RestoredPassages | undefined): PassageIndex {
    return runSteps(PassageIndex.restoring(state, sourceOf));
  }

  /** `restore`, a few thousand sources or terms a step. */
  static *restoring(state: PassageIndexState, sourceOf: (key: string) => RestoredPassages | undefined): Generator<void, PassageIndex> {
    const index = new PassageIndex();
    // Filled, not given a length: a long array made by setting its length is a slow dictionary.
    for (let id = 0; id < state.ids; id++) index.passages.push(undefined);
    const unreadAt = (index.unreadAt = new Int32Array(state.ids).fill(-1));
    index.dead = state.dead;
    let n = 0;
    for (const [key, ids] of state.bySource) {
      const source = sourceOf(key);
      if (source?.count !== ids.length) throw new Error(`the snapshot does not hold the passages of ${key}`);
      for (const id of ids) unreadAt[id] = index.unread.length;
      index.unread.push({ ids, read: source.read });
      index.bySource.set(key, ids);
      if (++n % STEP === 0) yield;
    }
    for (const [term, ids] of state.postings) {
      index.postings.set(term, ids);
      if (++n % STEP === 0) yield;
    }
    return index;
  }

  /** Reads the passages of the restored source that holds `id`; a source that does not give as many as it had gives none. */
  private readUnread(id: number): Passage | undefined {
    const at = this.unreadAt && id < this.unreadAt.length ? this.unreadAt[id] : -1;
    const source = at >= 0 ? this.unread[at] : undefined;
    if (!source) return undefined;
    this.unread[at] = undefined;
    const passages = source.read();
    source.ids.forEach((x, i) => {
      this.unreadAt![x] = -1;
      this.passages[x] = passages.length === source.ids.length ? passages[i] : undefined;
    });
    return this.passages[id];
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
    return rankCandidates(lists, (id) => this.live(id), CANDIDATES).flatMap((id) => this.passage(id) ?? []);
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
