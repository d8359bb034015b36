import { partitionPoint } from '../partition-point';
import type { Mention, Person } from '../types';

/**
 * A card's mentions as six numbers each (source, start, end, line, column, text) with the source
 * keys, paths and texts they index: a corpus holds about a hundred mentions per source, and as
 * objects they would be most of its heap. `mentions` becomes objects on first use (a hover, the
 * Sources view, a check), card by card.
 */
export interface PackedMentions {
  nums: Int32Array;
  keys: readonly string[];
  paths: readonly string[];
  texts: readonly string[];
}

export const MENTION_WIDTH = 6;

const packedOf = new WeakMap<Person, PackedMentions>();

/** The card with its mentions packed; they are unpacked the first time `mentions` is read. */
export function withPackedMentions(card: Omit<Person, 'mentions'>, packed: PackedMentions): Person {
  const person = card as Person;
  packedOf.set(person, packed);
  Object.defineProperty(person, 'mentions', MENTIONS);
  return person;
}

// One pair of accessors for every packed card: a closure per card would give each card a hidden class of its own.
const MENTIONS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Person): Mention[] {
    const mentions = unpack(packedOf.get(this)!);
    settle(this, mentions);
    return mentions;
  },
  set(this: Person, mentions: Mention[]) {
    settle(this, mentions);
  },
};

/** How many mentions a card has, without unpacking them. */
export function mentionCount(person: Person): number {
  const packed = packedOf.get(person);
  return packed ? packed.nums.length / MENTION_WIDTH : person.mentions.length;
}

/** How many sources mention the card, without unpacking its mentions. */
export function sourceCount(person: Person): number {
  const packed = packedOf.get(person);
  if (!packed) return new Set(person.mentions.map((m) => m.source)).size;
  let count = sourceCounts.get(packed);
  if (count === undefined) {
    // A source's mentions are one run (they are in card order): count the runs.
    count = 0;
    const { nums } = packed;
    for (let i = 0; i < nums.length; i += MENTION_WIDTH) if (i === 0 || nums[i] !== nums[i - MENTION_WIDTH]) count++;
    sourceCounts.set(packed, count);
  }
  return count;
}

/** How many sources each packed card's mentions come from, once counted (a hover shows it). */
const sourceCounts = new WeakMap<PackedMentions, number>();

/**
 * Up to `perSource` mentions from each of at most `sources` of the card's sources, spread evenly
 * over them (sources come in path order): what a card shows, at a cost that does not grow with
 * how many sources mention the person.
 */
export function mentionSample(person: Person, sources: number, perSource: number): Mention[] {
  const packed = packedOf.get(person);
  const count = packed ? packed.nums.length / MENTION_WIDTH : person.mentions.length;
  const sourceAt = packed ? (i: number) => packed.nums[i * MENTION_WIDTH] : (i: number) => person.mentions[i].source;
  const runs: number[] = [];
  for (let i = 0; i < count; i++) if (i === 0 || sourceAt(i) !== sourceAt(i - 1)) runs.push(i);
  const step = Math.max(1, runs.length / sources);
  const out: Mention[] = [];
  for (let r = 0; r < runs.length; r = Math.floor(r + step)) {
    const from = runs[r];
    const to = Math.min(r + 1 < runs.length ? runs[r + 1] : count, from + perSource);
    for (let i = from; i < to; i++) out.push(packed ? mentionAt(packed, i * MENTION_WIDTH) : person.mentions[i]);
  }
  return out;
}

/** A card's mentions packed: as they are when not unpacked yet, else packed from the objects. */
export function packedMentions(person: Person): PackedMentions {
  return packedOf.get(person) ?? pack(person.mentions);
}

/**
 * Mentions in any order packed in card order (by path, then offset), a step every few thousand:
 * grouped by path rather than sorted whole, as a famous person's card holds a mention from most
 * sources, and sorting those in one go held the host thread for a tenth of a second.
 */
export function* packing(mentions: readonly Mention[]): Generator<void, PackedMentions> {
  const byPath = new Map<string, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const group = byPath.get(m.path);
    if (group) group.push(m);
    else byPath.set(m.path, [m]);
    if (i % PACK_STEP === PACK_STEP - 1) yield;
  }
  // Sources are linked in path order as a build takes them in: the sort mostly finds them in order.
  const paths = [...byPath.keys()].sort();
  yield;
  const packer = new Packer(new Int32Array(mentions.length * MENTION_WIDTH), [], [], []);
  let done = 0;
  for (const path of paths) {
    const group = byPath.get(path)!;
    if (group.length > 1) group.sort((a, b) => a.start - b.start);
    group.forEach((m, i) => packer.put(m, i === 0 || group[i - 1].source !== m.source));
    if ((done += group.length) >= PACK_STEP) {
      done = 0;
      yield;
    }
  }
  return packer.packed();
}

/** About how many mentions a step of `packing` takes. */
const PACK_STEP = 4000;

/** Mentions already in card order, packed. */
export function pack(mentions: readonly Mention[]): PackedMentions {
  const packer = new Packer(new Int32Array(mentions.length * MENTION_WIDTH), [], [], []);
  // Mentions come sorted by path, so a source's are a run: a new key is a new source.
  for (const m of mentions) packer.put(m, packer.keys.at(-1) !== m.source || packer.paths.at(-1) !== m.path);
  return packer.packed();
}

/** Writes mentions in card order into `nums` and the tables, which it extends. */
class Packer {
  private readonly textAt = new Map<string, number>();
  private at = 0;

  constructor(
    private readonly nums: Int32Array,
    readonly keys: string[],
    readonly paths: string[],
    private readonly texts: string[],
  ) {}

  /** One mention; `newSource` when it starts the run of another source than the one before. */
  put(m: Mention, newSource: boolean): void {
    if (newSource) {
      this.keys.push(m.source);
      this.paths.push(m.path);
    }
    let text = this.textAt.get(m.text);
    if (text === undefined) this.textAt.set(m.text, (text = this.texts.push(m.text) - 1));
    const { nums } = this;
    nums[this.at++] = this.keys.length - 1;
    nums[this.at++] = m.start;
    nums[this.at++] = m.end;
    nums[this.at++] = m.line;
    nums[this.at++] = m.column;
    nums[this.at++] = text;
  }

  /** Packed mentions copied as they are, their indices into the same tables. */
  copy(run: Int32Array): void {
    this.nums.set(run, this.at);
    this.at += run.length;
  }

  packed(): PackedMentions {
    return { nums: this.nums.subarray(0, this.at), keys: this.keys, paths: this.paths, texts: this.texts };
  }
}

/** How many mentions, packed or not. */
export function countOf(mentions: readonly Mention[] | PackedMentions): number {
  return 'nums' in mentions ? mentions.nums.length / MENTION_WIDTH : mentions.length;
}

/**
 * A card's packed mentions with the runs of the `dropped` paths taken out and `added` (in card
 * order, from those paths only) put in their places: the rest is copied as the blocks between, found
 * by binary search, so a patch of a famous person's card costs a copy, not a look at each of its
 * sources. The tables are not copied but extended: what a card's numbers index never changes, so
 * the cards that share them (a cache line's, the card this one replaces) are as they were.
 */
export function spliced(packed: PackedMentions, dropped: ReadonlySet<string>, added: readonly Mention[]): PackedMentions {
  const { nums } = packed;
  const count = nums.length / MENTION_WIDTH;
  const pathAt = (i: number) => packed.paths[nums[i * MENTION_WIDTH]];
  const paths = [...new Set([...dropped, ...added.map((m) => m.path)])].sort();
  const packer = new Packer(
    new Int32Array(nums.length + added.length * MENTION_WIDTH),
    packed.keys as string[],
    packed.paths as string[],
    packed.texts as string[],
  );
  let kept = 0;
  let next = 0;
  for (const path of paths) {
    packer.copy(nums.subarray(kept * MENTION_WIDTH, partitionPoint(count, (i) => pathAt(i) < path) * MENTION_WIDTH));
    for (let first = true; next < added.length && added[next].path === path; next++, first = false)
      packer.put(added[next], first || added[next - 1].source !== added[next].source);
    kept = partitionPoint(count, (i) => pathAt(i) <= path);
  }
  packer.copy(nums.subarray(kept * MENTION_WIDTH));
  return packer.packed();
}

function unpack(packed: PackedMentions): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < packed.nums.length; i += MENTION_WIDTH) out.push(mentionAt(packed, i));
  return out;
}

function mentionAt({ nums, keys, paths, texts }: PackedMentions, i: number): Mention {
  return {
    source: keys[nums[i]],
    path: paths[nums[i]],
    start: nums[i + 1],
    end: nums[i + 2],
    line: nums[i + 3],
    column: nums[i + 4],
    text: texts[nums[i + 5]],
  };
}

/** Checks that every index of a packed form points into its tables: a damaged cache is refused, not half read. */
export function checkPacked({ nums, keys, paths, texts }: PackedMentions): void {
  if (nums.length % MENTION_WIDTH !== 0 || keys.length !== paths.length) throw new Error('packed mentions of the wrong shape');
  for (let i = 0; i < nums.length; i += MENTION_WIDTH) {
    if (!(nums[i] >= 0 && nums[i] < keys.length && nums[i + 5] >= 0 && nums[i + 5] < texts.length))
      throw new Error('a packed mention points outside its tables');
    if (!(nums[i + 1] >= 0 && nums[i + 2] >= nums[i + 1])) throw new Error('a packed mention with a broken range');
  }
}

function settle(person: Person, mentions: Mention[]): void {
  packedOf.delete(person);
  Object.defineProperty(person, 'mentions', { value: mentions, writable: true, enumerable: true, configurable: true });
}
