import Fuse from 'fuse.js';
import { bySourcePath } from './citation-keys';
import { passageCount } from './engine/cached-body';
import { runSteps } from './engine/slices';
import { GrowingIds } from './growing-ids';
import { rankCandidates, type IdList } from './passage-candidates';
import { sourceTerms, termsOf, type SourceTerms } from './source-terms';
import { nearTerms, splitTerm } from './term-variants';
import type { Passage, Source } from './types';

/** How many passages the inverted index hands to fuse.js for scoring. */
const CANDIDATES = 150;
/** Query terms missing from the index (typos) stand for up to this many index terms. */
const EXPANSIONS = 40;

/** Terms added between one pause and the next. */
const ADD_STEP = 200;

/** A list this long becomes a typed list with room. */
const TYPED_FROM = 64;

/** Entries restored between one pause and the next. */
const STEP = 2000;

const FUSE_OPTIONS = { keys: ['text'], includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3, findAllMatches: false };

/** The index without its passages (they are the sources' own). */
export interface PassageIndexState {
  ids: number;
  dead: number;
  /** Each term's passage ids, ascending. */
  postings: Array<[term: string, ids: IdList]>;
  /** Each source's passage ids, by citation key. */
  bySource: Array<[key: string, ids: IdList]>;
}

/** One source's passages: ids `first` to `first + count - 1`, read through `read` (a source keeps its body unread until asked). */
interface Slot {
  first: number;
  count: number;
  path: string;
  read: () => Passage[];
}

/**
 * Passages by the terms they contain. A query first gathers the passages sharing its rarest terms,
 * then fuse.js scores only those. Sources can be added and removed one at a time. The index holds
 * no passages, only where each source's are: a passage is read from its source when asked for.
 */
export class PassageIndex {
  /** Each id's slot in `slots`; -1 once its source was removed. */
  private readonly slotOf: number[] = [];
  private readonly slots: Array<Slot | undefined> = [];
  /** Short lists as arrays; long ones, and restored ones once added to, as growing typed lists (see `GrowingIds`). */
  private readonly postings = new Map<string, number[] | Int32Array | GrowingIds>();
  private readonly bySource = new Map<string, IdList>();
  private vocabulary: string[] | undefined;
  private dead = 0;
  /** Each term's count of live passages, as asked since the last change, while removed ones are in the postings. */
  private readonly liveCounts = new Map<string, number>();

  get size(): number {
    return this.slotOf.length - this.dead;
  }

  add(source: Source, terms?: SourceTerms): void {
    runSteps(this.adding(source, terms));
  }

  /** `add`, a step every few hundred terms. `terms`, as a worker found them, spare reading the passages. */
  *adding(source: Source, given?: SourceTerms): Generator<void, void> {
    this.remove(source.key);
    const terms = given?.count === passageCount(source) ? given : sourceTerms(source.passages);
    const first = this.slotOf.length;
    const ids = Array.from({ length: terms.count }, () => this.slotOf.push(this.slots.length) - 1);
    this.slots.push({ first, count: terms.count, path: source.path, read: readerOf(source) });
    this.bySource.set(source.key, ids);
    this.liveCounts.clear();
    for (let k = 0; k < terms.terms.length; k++) {
      this.post(terms.terms[k], ids, terms.passages, terms.from[k], terms.from[k + 1]);
      if (k % ADD_STEP === ADD_STEP - 1) yield;
    }
  }

  /** Adds the ids of `passages[from]` to `passages[to - 1]` to a term's list; a list grown long becomes a typed list with room. */
  private post(term: string, ids: number[], passages: Int32Array, from: number, to: number): void {
    let list = this.postings.get(term);
    let j = from;
    if (list === undefined) {
      this.postings.set(term, (list = [ids[passages[j++]]]));
      this.vocabulary = undefined;
      if (j === to) return;
    }
    if (list instanceof Int32Array || (Array.isArray(list) && list.length >= TYPED_FROM)) this.postings.set(term, (list = new GrowingIds(list)));
    for (; j < to; j++) list.push(ids[passages[j]]);
  }

  /** Forgets a source's passages; their ids stay in the postings and are skipped. */
  remove(key: string): void {
    const ids = this.bySource.get(key);
    if (!ids) return;
    if (ids.length > 0) this.slots[this.slotOf[ids[0]]] = undefined;
    for (const id of ids) this.slotOf[id] = -1;
    this.dead += ids.length;
    this.bySource.delete(key);
    this.liveCounts.clear();
  }

  /** How many live passages hold a term: what a fresh build of the same sources would have in its postings. */
  liveCount(term: string): number {
    const list = this.postingsOf(term);
    if (this.dead === 0) return list.length;
    let n = this.liveCounts.get(term);
    if (n === undefined) {
      n = 0;
      for (let i = 0; i < list.length; i++) if (this.live(list[i])) n++;
      this.liveCounts.set(term, n);
    }
    return n;
  }

  /**
   * Live passages in the order a fresh build gives them ids (by source path, then place in the
   * source): ties broken this way come out the same however the sources came and went.
   */
  inBuildOrder(a: number, b: number): number {
    const [x, y] = [this.slots[this.slotOf[a]], this.slots[this.slotOf[b]]];
    return (x && y && x !== y && bySourcePath(x, y)) || a - b;
  }

  /** Ids of the live and removed passages holding a term, ascending (removed ones read as undefined). */
  postingsOf(term: string): IdList {
    const list = this.postings.get(term);
    return list instanceof GrowingIds ? list.view() : (list ?? []);
  }

  /** A passage by id, read from its source; undefined once the source was removed, or when it no longer has as many passages as it had. */
  passage(id: number): Passage | undefined {
    const slot = this.slots[this.slotOf[id] ?? -1];
    if (!slot) return undefined;
    const passages = slot.read();
    return passages.length === slot.count ? passages[id - slot.first] : undefined;
  }

  /** Whether a passage is there, without reading its source. */
  live(id: number): boolean {
    return (this.slotOf[id] ?? -1) >= 0;
  }

  /** Every id ever given out: live passages and removed ones. */
  get ids(): number {
    return this.slotOf.length;
  }

  /** The live lists, not copies: to be encoded before the next change. */
  snapshot(): PassageIndexState {
    const postings = [...this.postings].map(([term, list]): [string, IdList] => [term, list instanceof GrowingIds ? list.view() : list]);
    return { ids: this.slotOf.length, dead: this.dead, postings, bySource: [...this.bySource] };
  }

  /**
   * The index of `snapshot`, over the same sources' passages, each source's read when first
   * used; throws when a source has not as many passages as it had.
   */
  static restore(state: PassageIndexState, sourceOf: (key: string) => Source | undefined): PassageIndex {
    return runSteps(PassageIndex.restoring(state, sourceOf));
  }

  /** `restore`, a few thousand sources or terms a step. */
  static *restoring(state: PassageIndexState, sourceOf: (key: string) => Source | undefined): Generator<void, PassageIndex> {
    const index = new PassageIndex();
    // Filled, not given a length: a long array made by setting its length is a slow dictionary.
    for (let id = 0; id < state.ids; id++) {
      index.slotOf.push(-1);
      if (id % (STEP * 50) === STEP * 50 - 1) yield;
    }
    index.dead = state.dead;
    let n = 0;
    for (const [key, ids] of state.bySource) {
      const source = sourceOf(key);
      if (!source || passageCount(source) !== ids.length || !consecutive(ids, state.ids)) throw new Error(`the snapshot does not hold the passages of ${key}`);
      for (const id of ids) index.slotOf[id] = index.slots.length;
      index.slots.push({ first: ids[0] ?? 0, count: ids.length, path: source.path, read: readerOf(source) });
      index.bySource.set(key, ids);
      if (++n % STEP === 0) yield;
    }
    for (const [term, ids] of state.postings) {
      // Typed lists (as the cache gives them) stay its views, grown without a copy; an array may be another index's own.
      index.postings.set(term, Array.isArray(ids) ? [...(ids as readonly number[])] : (ids as Int32Array));
      if (++n % STEP === 0) yield;
    }
    return index;
  }

  search(query: string, limit: number): Array<{ passage: Passage; score: number }> {
    const candidates = this.candidates(query);
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    return fuse.search(query, { limit }).map((r) => ({ passage: r.item, score: r.score ?? 1 }));
  }

  /** The passages sharing the most (and rarest) terms with the query. */
  private candidates(query: string): Passage[] {
    const total = this.slotOf.length || 1;
    const terms = new Set([...new Set(termsOf(query))].flatMap((term) => (this.postings.has(term) ? [term] : this.expand(term))));
    const lists = [...terms].map((term) => {
      const ids = this.postingsOf(term);
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
export function sortedIntersection(a: IdList, b: IdList): number[] {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length > 16 * a.length) return Array.prototype.filter.call(a, (id: number) => sortedHas(b, id)) as number[];
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

function sortedHas(list: IdList, id: number): boolean {
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

/** Whether ids run up by one from the first, within `[0, total)`: a source's passages are given their ids together. */
function consecutive(ids: IdList, total: number): boolean {
  return ids.every((id: number, i: number) => id === ids[0] + i) && (ids.length === 0 || (ids[0] >= 0 && ids[ids.length - 1] < total));
}

/** A source's passages, read when asked (a cached body stays unread until then). Made out here: a closure made in `adding` would keep that call's passages and terms alive as long as the slot. */
function readerOf(source: Source): () => Passage[] {
  return () => source.passages;
}
