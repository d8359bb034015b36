/**
 * Items that arrive over time, taken in order by several takers: a taker waits until the items it
 * asks for are there, or until no more will come. Lets files be parsed while the rest are read.
 */
export class Feed<T> {
  private readonly items: T[] = [];
  private closed = false;
  private waiting: Array<() => void> = [];

  /** A feed of `items` and no more. */
  static of<T>(items: readonly T[]): Feed<T> {
    const feed = new Feed<T>();
    feed.push(items);
    feed.close();
    return feed;
  }

  get size(): number {
    return this.items.length;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  at(index: number): T {
    return this.items[index];
  }

  push(items: readonly T[]): void {
    for (const item of items) this.items.push(item);
    this.wake();
  }

  /** No more items will come. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  /** `count` items from `from` once they are there; fewer (maybe none) once the feed is closed. */
  async slice(from: number, count: number): Promise<T[]> {
    while (this.items.length < from + count && !this.closed) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.items.slice(from, from + count);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }
}
