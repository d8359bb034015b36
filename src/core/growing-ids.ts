import type { IdList } from './passage-candidates';

/**
 * A long posting list: ids in a typed buffer with room after them, so adding one is a store and
 * the list lives outside the collected heap (a large corpus's lists hold tens of millions of ids,
 * which as arrays were most of the heap the collector walks).
 */
export class GrowingIds {
  private all: Int32Array;
  length: number;

  constructor(ids: IdList) {
    this.length = ids.length;
    this.all = new Int32Array(room(ids.length));
    this.all.set(ids);
  }

  push(id: number): void {
    if (this.length === this.all.length) {
      const bigger = new Int32Array(room(this.length));
      bigger.set(this.all);
      this.all = bigger;
    }
    this.all[this.length++] = id;
  }

  /** The ids as they are now: a view, which later additions do not change. */
  view(): Int32Array {
    return this.all.subarray(0, this.length);
  }
}

const room = (n: number) => Math.ceil(n * 1.5) + 16;
