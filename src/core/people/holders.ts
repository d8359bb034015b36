/**
 * Which entities of which sources carry a name key: by source key, the indices of its entities.
 * A Map when made by this session; packed, as a snapshot gives it back, with the sources changed
 * since beside it. A restart takes back tens of thousands of these and a change touches a few
 * sources of some: four bytes a number, no small array or map entry a source for the collector
 * to copy, and a change costs what it changes, not the size of a famous name's holders.
 */
export type Holders = Map<string, number[]> | PackedHolders;

/** The source keys packed holders name by number; `numberOf` is made when first asked. */
export class SourceKeys {
  private numbers: Map<string, number> | undefined;

  constructor(readonly keys: readonly string[]) {}

  numberOf(key: string): number | undefined {
    this.numbers ??= new Map(this.keys.map((k, n) => [k, n]));
    return this.numbers.get(key);
  }
}

/** Holders as integers: for each source its number in `sources`, how many entities, then their indices. */
export class PackedHolders implements Iterable<[string, number[]]> {
  /** Sources changed since packing: their entities now, or null when they no longer hold the key. */
  private readonly changed = new Map<string, number[] | null>();
  private count: number;

  private constructor(
    readonly ints: Int32Array,
    private readonly sources: SourceKeys,
    count: number,
  ) {
    this.count = count;
  }

  /** Throws when the integers do not add up or name a source outside `sources`. */
  static checked(ints: Int32Array, sources: SourceKeys): PackedHolders {
    let at = 0;
    let count = 0;
    while (at < ints.length) {
      const [n, entities] = [ints[at], ints[at + 1]];
      if (!(n >= 0 && n < sources.keys.length && entities > 0)) throw new Error('holders that do not add up');
      for (let i = at + 2; i < at + 2 + entities; i++) if (!(ints[i] >= 0)) throw new Error('holders that do not add up');
      at += 2 + entities;
      count++;
    }
    if (at !== ints.length || count === 0) throw new Error('holders that do not add up');
    return new PackedHolders(ints, sources, count);
  }

  get size(): number {
    return this.count;
  }

  get(source: string): number[] | undefined {
    if (this.changed.has(source)) return this.changed.get(source) ?? undefined;
    const at = this.packedAt(source);
    return at < 0 ? undefined : this.entitiesAt(at);
  }

  set(source: string, entities: number[]): this {
    if (!this.has(source)) this.count++;
    this.changed.set(source, entities);
    return this;
  }

  delete(source: string): boolean {
    if (!this.has(source)) return false;
    this.changed.set(source, null);
    this.count--;
    return true;
  }

  *[Symbol.iterator](): Iterator<[string, number[]]> {
    for (let at = 0; at < this.ints.length; at += 2 + this.ints[at + 1]) {
      const source = this.sources.keys[this.ints[at]];
      if (!this.changed.has(source)) yield [source, this.entitiesAt(at)];
    }
    for (const [source, entities] of this.changed) if (entities) yield [source, entities];
  }

  private has(source: string): boolean {
    return this.changed.has(source) ? this.changed.get(source) !== null : this.packedAt(source) >= 0;
  }

  /** Where a source's run starts in the integers, or -1. */
  private packedAt(source: string): number {
    const n = this.sources.numberOf(source);
    for (let at = 0; n !== undefined && at < this.ints.length; at += 2 + this.ints[at + 1]) if (this.ints[at] === n) return at;
    return -1;
  }

  private entitiesAt(at: number): number[] {
    return Array.from(this.ints.subarray(at + 2, at + 2 + this.ints[at + 1]));
  }
}

/** `holders` as `PackedHolders` integers, each source by `numberOf` its key. */
export function packHolders(holders: Holders, numberOf: (key: string) => number): number[] {
  const ints: number[] = [];
  for (const [key, list] of holders) ints.push(numberOf(key), list.length, ...list);
  return ints;
}
