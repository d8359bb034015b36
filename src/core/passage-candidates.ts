/**
 * Passage ids, ascending. A list taken back from a snapshot stays a view of the integers it was
 * stored as (no copy, nothing on the heap) until a source is added to it.
 */
export type IdList = readonly number[] | Int32Array;

/** One query term's passage ids (ascending) and what sharing the term weighs. */
export interface TermList {
  ids: IdList;
  weight: number;
}

/** Ids gathered whole from the rarest lists; the longer lists then only raise them. */
const POOL = 4000;
/** Ids of the shortest long list read at most, when the rare lists found too few. */
const SCAN = 20_000;

/**
 * The `wanted` live ids with the most weight (ties: the lower id), as if every list were weighed
 * in full, at a cost bounded by POOL and SCAN instead of the lists' length: the rarest lists are
 * taken whole, the long ones (common words) only raise those ids, and only when they are too few
 * is the shortest long list read, in id order, until `wanted` ids hold every long list's term.
 */
export function rankCandidates(lists: readonly TermList[], live: (id: number) => boolean, wanted: number): number[] {
  const sorted = [...lists].sort((a, b) => a.ids.length - b.ids.length);
  const weights = new Map<number, number>();
  let rare = 0;
  for (; rare < sorted.length && weights.size + sorted[rare].ids.length <= POOL; rare++) {
    for (const id of sorted[rare].ids) weights.set(id, (weights.get(id) ?? 0) + sorted[rare].weight);
  }
  const long = sorted.slice(rare);
  const pool = raised(weights, long);
  const scanned = scanLong(weights, long, live, wanted);
  return best([pool, scanned], live, wanted);
}

interface Weighed {
  ids: Int32Array;
  weights: Float64Array;
}

/** The gathered ids, each raised by the long lists holding it. */
function raised(gathered: Map<number, number>, long: readonly TermList[]): Weighed {
  const ids = Int32Array.from(gathered.keys()).sort();
  const weights = Float64Array.from(ids, (id) => gathered.get(id)!);
  for (const list of long) {
    let at = 0;
    for (let i = 0; i < ids.length && at < list.ids.length; i++) {
      at = gallop(list.ids, ids[i], at);
      if (list.ids[at] === ids[i]) weights[i] += list.weight;
    }
  }
  return { ids, weights };
}

/** Ids of the shortest long list not gathered already, weighed against the other long lists, until `wanted` of them hold every term. */
function scanLong(gathered: Map<number, number>, long: readonly TermList[], live: (id: number) => boolean, wanted: number): Weighed {
  const [driver, ...others] = long;
  const ids: number[] = [];
  const weights: number[] = [];
  if (!driver) return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
  const at = others.map(() => 0);
  let full = 0;
  for (let i = 0; i < driver.ids.length && i < SCAN && full < wanted; i++) {
    const id = driver.ids[i];
    if (gathered.has(id) || !live(id)) continue;
    let weight = driver.weight;
    let held = 0;
    others.forEach((list, j) => {
      at[j] = gallop(list.ids, id, at[j]);
      if (list.ids[at[j]] === id) {
        weight += list.weight;
        held++;
      }
    });
    if (held === others.length) full++;
    ids.push(id);
    weights.push(weight);
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}

/** The first index at or after `from` whose id is at least `id` (the list's length when none is). */
export function gallop(list: IdList, id: number, from: number): number {
  if (from >= list.length || list[from] >= id) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < list.length && list[hi] < id) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  hi = Math.min(hi, list.length);
  // list[lo] < id and (hi === length or list[hi] >= id)
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < id) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The `wanted` live ids of most weight, best first: a bounded heap, so most ids are turned away at a glance. */
function best(parts: readonly Weighed[], live: (id: number) => boolean, wanted: number): number[] {
  const heap = new Heap(wanted);
  for (const { ids, weights } of parts) {
    for (let i = 0; i < ids.length; i++) if (heap.admits(ids[i], weights[i]) && live(ids[i])) heap.push(ids[i], weights[i]);
  }
  return heap.drain();
}

/** At most `size` (id, weight) pairs; the root is the worst kept: least weight, then the higher id. */
class Heap {
  private readonly ids: number[] = [];
  private readonly weights: number[] = [];

  constructor(private readonly size: number) {}

  admits(id: number, weight: number): boolean {
    return this.size > 0 && (this.ids.length < this.size || worse(this.weights[0], this.ids[0], weight, id));
  }

  push(id: number, weight: number): void {
    if (this.ids.length < this.size) {
      this.ids.push(id);
      this.weights.push(weight);
      this.up(this.ids.length - 1);
    } else {
      this.ids[0] = id;
      this.weights[0] = weight;
      this.down(0);
    }
  }

  /** The kept ids, best first. */
  drain(): number[] {
    return this.ids
      .map((id, i) => ({ id, weight: this.weights[i] }))
      .sort((a, b) => b.weight - a.weight || a.id - b.id)
      .map((e) => e.id);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < this.ids.length && this.below(child, least)) least = child;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  /** Whether entry a ranks below entry b. */
  private below(a: number, b: number): boolean {
    return worse(this.weights[a], this.ids[a], this.weights[b], this.ids[b]);
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.weights[a], this.weights[b]] = [this.weights[b], this.weights[a]];
  }
}

/** Whether (weight a, id a) ranks below (weight b, id b): less weight, or as much and a higher id. */
function worse(weightA: number, idA: number, weightB: number, idB: number): boolean {
  return weightA < weightB || (weightA === weightB && idA > idB);
}
