/**
 * Matching `()` and `{}` of one chunk, and where the next whitespace is, computed once on first
 * use: a scanner asks about many openers without scanning ahead from each.
 */
export class Matches {
  private readonly pairs = new Map<string, Map<number, number>>();
  private spaces?: Int32Array;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The position of the bracket closing the one at `open` (`(` or `{`), or -1. */
  close(open: number): number {
    const left = this.text[open];
    let map = this.pairs.get(left);
    if (!map) this.pairs.set(left, (map = this.match(left, left === '(' ? ')' : '}')));
    return map.get(open) ?? -1;
  }

  /** The first whitespace at or after `at`, or the chunk's end. */
  nextSpace(at: number): number {
    if (!this.spaces) {
      this.spaces = new Int32Array(this.to - this.from + 1);
      let next = this.to;
      this.spaces[this.to - this.from] = next;
      for (let i = this.to - 1; i >= this.from; i--) {
        if (/\s/.test(this.text[i])) next = i;
        this.spaces[i - this.from] = next;
      }
    }
    return this.spaces[at - this.from] ?? this.to;
  }

  private match(left: string, right: string): Map<number, number> {
    const map = new Map<number, number>();
    const stack: number[] = [];
    for (let i = this.from; i < this.to; i++) {
      const ch = this.text[i];
      if (ch === '\\') i++;
      else if (ch === left) stack.push(i);
      else if (ch === right && stack.length) map.set(stack.pop()!, i);
    }
    return map;
  }
}
