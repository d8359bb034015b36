/**
 * A stored cache's bytes, whole or as consecutive parts (each a buffer of its own), read by
 * offset as if they were one: a range within one part is a view of it, one across parts a copy.
 */
export class CacheBytes {
  readonly length: number;
  readonly parts: readonly Uint8Array[];
  private readonly starts: number[] = [];
  /** The part last looked in: the reader moves forward, mostly within a part. */
  private last = 0;

  constructor(stored: Uint8Array | readonly Uint8Array[]) {
    this.parts = stored instanceof Uint8Array ? [stored] : stored.filter((p) => p.length > 0);
    let length = 0;
    for (const part of this.parts) {
      this.starts.push(length);
      length += part.length;
    }
    this.length = length;
  }

  /** Whether the bytes came whole: views of them would keep all of them. */
  get whole(): boolean {
    return this.parts.length <= 1;
  }

  at(offset: number): number | undefined {
    const n = this.partOf(offset);
    return n < 0 ? undefined : this.parts[n][offset - this.starts[n]];
  }

  /** The offset of the first `byte` at or after `from`, or -1. */
  indexOf(byte: number, from: number): number {
    for (let n = Math.max(0, this.partOf(from)); n < this.parts.length; n++) {
      const found = this.parts[n].indexOf(byte, Math.max(0, from - this.starts[n]));
      if (found >= 0) return this.starts[n] + found;
    }
    return -1;
  }

  /** The bytes from `from` to `to`: a view when they lie in one part, else a copy. */
  range(from: number, to: number): Uint8Array {
    const n = this.partOf(from);
    if (n < 0 || to <= from) return new Uint8Array(0);
    const start = this.starts[n];
    if (to - start <= this.parts[n].length) return this.parts[n].subarray(from - start, to - start);
    const out = new Uint8Array(to - from);
    let at = 0;
    for (let k = n; at < out.length && k < this.parts.length; k++) {
      const piece = this.parts[k].subarray(Math.max(0, from - this.starts[k]), Math.min(this.parts[k].length, to - this.starts[k]));
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  /** Whether `bytes`, from `range`, are a view of a part rather than a copy. */
  isView(bytes: Uint8Array): boolean {
    return this.parts.some((part) => part.buffer === bytes.buffer);
  }

  /** The part holding `offset`, or -1 past the end. */
  private partOf(offset: number): number {
    if (offset < 0 || offset >= this.length) return -1;
    let n = this.last;
    if (offset < this.starts[n]) n = 0;
    while (offset >= this.starts[n] + this.parts[n].length) n++;
    this.last = n;
    return n;
  }
}
