/** Sorted keys for prefix lookups: every word-suffix of every name (`no kwang chol`, `kwang chol`, `chol`). */
export class NamePrefixes<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  /** `entries` give each value with its names; `fold` normalises text and queries alike. */
  constructor(entries: Iterable<[T, string[]]>, fold: (s: string) => string) {
    const rows: Array<[string, T]> = [];
    for (const [value, names] of entries) {
      for (const name of names) {
        const words = fold(name).split(/\s+/);
        for (let i = 0; i < words.length; i++) rows.push([words.slice(i).join(' '), value]);
      }
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [k, v] of rows) {
      this.keys.push(k);
      this.values.push(v);
    }
  }

  /** Every value with a name word-suffix starting with `prefix` (already folded), each once. */
  find(prefix: string): Set<T> {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<T>();
    for (let i = lo; i < this.keys.length && this.keys[i].startsWith(prefix); i++) out.add(this.values[i]);
    return out;
  }
}
