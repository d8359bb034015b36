import type { IdList } from './passage-candidates';

/**
 * A long posting list: ids in a typed buffer with room after them, so adding one is a store and
 * the list lives outside the collected heap (a large corpus's lists hold tens of millions of ids,
 * which as arrays were most of the heap the collector walks). A list taken back from a snapshot
 * stays the view it came as: ids added to it wait in a short tail, and are joined to it only when
 * the list is read, so an update after a restart does not copy every common term's list it touches.
 */
export class GrowingIds {
  private all: Int32Array;
  /** How many of `all` are ids; past them is room, unless `all` is a snapshot's view (which has none). */
  private stored: number;
  private readonly tail: number[] = [];

  constructor(ids: IdList) {
    if (ids instanceof Int32Array) {
      this.all = ids;
    } else {
      this.all = new Int32Array(room(ids.length));
      this.all.set(ids);
    }
    this.stored = ids.length;
  }

  get length(): number {
    return this.stored + this.tail.length;
  }

  push(id: number): void {
    if (this.tail.length === 0 && this.stored < this.all.length) {
      this.all[this.stored++] = id;
      return;
    }
    this.tail.push(id);
    // A tail that grows long (a burst of updates, nothing read) joins the list, so the ids stay off the heap.
    if (this.tail.length >= TAIL) this.join();
  }

  /** The ids as they are now: a view, which later additions do not change. */
  view(): Int32Array {
    if (this.tail.length > 0) this.join();
    return this.all.subarray(0, this.stored);
  }

  private join(): void {
    const n = this.length;
    const next = new Int32Array(room(n));
    next.set(this.all.subarray(0, this.stored));
    next.set(this.tail, this.stored);
    this.all = next;
    this.stored = n;
    this.tail.length = 0;
  }
}

const room = (n: number) => Math.ceil(n * 1.5) + 16;

/** Ids a list holds outside its buffer at most. */
const TAIL = 1024;
