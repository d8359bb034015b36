/**
 * Which entities of which sources carry a name key: by source key, the indices of its entities.
 * A Map once changed; packed, as a snapshot gives it back, until then. A restart takes back tens
 * of thousands of these and changes a few, so most stay packed: four bytes a number, and no
 * small array or map entry a source for the collector to copy.
 */
export type Holders = Map<string, number[]> | PackedHolders;

/** Holders as integers: for each source its number in `keys`, how many entities, then their indices. */
export class PackedHolders implements Iterable<[string, number[]]> {
  constructor(
    readonly ints: Int32Array,
    readonly keys: readonly string[],
  ) {}

  /** Throws when the integers do not add up or name a source outside `keys`. */
  static checked(ints: Int32Array, keys: readonly string[]): PackedHolders {
    let at = 0;
    while (at < ints.length) {
      const [n, count] = [ints[at], ints[at + 1]];
      if (!(n >= 0 && n < keys.length && count > 0)) throw new Error('holders that do not add up');
      for (let i = at + 2; i < at + 2 + count; i++) if (!(ints[i] >= 0)) throw new Error('holders that do not add up');
      at += 2 + count;
    }
    if (at !== ints.length || at === 0) throw new Error('holders that do not add up');
    return new PackedHolders(ints, keys);
  }

  *[Symbol.iterator](): Iterator<[string, number[]]> {
    for (let at = 0; at < this.ints.length;) {
      const count = this.ints[at + 1];
      yield [this.keys[this.ints[at]], Array.from(this.ints.subarray(at + 2, at + 2 + count))];
      at += 2 + count;
    }
  }
}

/** The holders of `key` in `table`, unpacked into a Map (which replaces the packed ones) so they can change. */
export function changeable(table: Map<string, Holders>, key: string): Map<string, number[]> | undefined {
  const holders = table.get(key);
  if (!(holders instanceof PackedHolders)) return holders;
  const unpacked = new Map(holders);
  table.set(key, unpacked);
  return unpacked;
}

/** `holders` as `PackedHolders` integers, each source by `numberOf` its key. */
export function packHolders(holders: Holders, numberOf: (key: string) => number): number[] {
  const ints: number[] = [];
  for (const [key, list] of holders) ints.push(numberOf(key), list.length, ...list);
  return ints;
}
