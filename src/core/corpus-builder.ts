import { assignKeys, assigningKeys, bySourcePath, proposeKey } from './citation-keys';
import type { Corpus } from './corpus';
import { GroundworkIndex } from './groundwork-index';
import { formatOf, parseSource, type ParseOptions, type ParsedSource } from './parse-source';
import { partitionPoint } from './partition-point';
import { PassageIndex, type PassageIndexState } from './passage-index';
import { PersonNames } from './person-names';
import type { SourceTerms } from './source-terms';
import { extractPeople, PeopleLinker, type DocPeople } from './people';
import type { LinkerState } from './people/linker';
import { restingRead } from './engine/record-codec';
import { runInSlices, runSteps } from './engine/slices';
import type { SourceInput } from './types';

/** One source's per-file work: parsed text and the names found in it. What a cache keeps. */
export interface SourceRecord {
  parsed: ParsedSource;
  people: DocPeople;
  /** The citation key the source asks for, before clashes are settled. */
  proposedKey?: string;
  /** The source's index terms, when a worker found them: used once, as the source joins the passage index, then dropped. */
  terms?: SourceTerms;
}

/** Parses one input and finds its names; a step that throws becomes that source's error. */
export function recordOf(input: SourceInput, options: ParseOptions = {}): SourceRecord {
  let parsed: ParsedSource;
  try {
    parsed = parseSource(input, options);
  } catch (err) {
    return failedRecord(input.path, `could not parse: ${(err as Error).message}`);
  }
  try {
    return { parsed, people: extractPeople(parsed), proposedKey: proposeKey(parsed) };
  } catch (err) {
    // The text stays searchable; only its names are lost.
    const named = { ...parsed, errors: [...parsed.errors, `could not read its names: ${(err as Error).message}`] };
    return { parsed: named, people: extractPeople({ ...named, passages: [] }), proposedKey: proposeKey(named) };
  }
}

/** A source that could not be read or parsed: listed with its error, nothing indexed from it. */
export function failedRecord(path: string, error: string): SourceRecord {
  const parsed: ParsedSource = { key: '', path, format: formatOf(path), meta: { authors: [], credits: [] }, text: '', passages: [], errors: [error] };
  return { parsed, people: extractPeople(parsed), proposedKey: proposeKey(parsed) };
}

/** What a corpus-wide build resolved, for a snapshot: over the same records, `restore` gives the same index without merging again. */
export interface BuilderState {
  keyed: Map<string, { proposed: string; key: string }>;
  indexedKeys: Map<string, string>;
  linkedKeys: Map<string, string>;
  passages: PassageIndexState;
  people: LinkerState;
}

/**
 * A corpus kept up to date one file at a time: a changed file is parsed again, the others keep
 * their parse and names, and only the corpus-wide steps (keys, people) run over everything.
 */
export class CorpusBuilder {
  private readonly records = new Map<string, SourceRecord>();
  private passages = new PassageIndex();
  private readonly indexedKeys = new Map<string, string>();
  private readonly people = new PeopleLinker();
  private readonly names = new PersonNames();
  /** The key each source got and the key it proposed, as of the last time keys were settled over all sources. */
  private readonly keyed = new Map<string, { proposed: string; key: string }>();
  /** The citation key each source's people are linked under. */
  private readonly linkedKeys = new Map<string, string>();
  private stale = new Set<string>();
  /** The sources in path order, kept as records come and go once the first build has sorted them. */
  private ordered: ParsedSource[] | undefined;
  /** Each indexed source by citation key, shared with the indexes built (like the passages and names). */
  private readonly byKey = new Map<string, ParsedSource>();
  /** Counts the indexes built, for their `lineage`. */
  private version = 0;
  /** A build in slices is under way: the tables are half done. */
  private merging = false;

  constructor(private readonly options: ParseOptions = {}) {}

  get size(): number {
    return this.records.size;
  }

  paths(): string[] {
    return [...this.records.keys()];
  }

  record(path: string): SourceRecord | undefined {
    return this.records.get(path);
  }

  set(input: SourceInput): SourceRecord {
    return this.setRecord(recordOf(input, this.options));
  }

  /** Puts in a record made elsewhere (a worker, a cache). */
  setRecord(record: SourceRecord): SourceRecord {
    const { path } = record.parsed;
    if (this.ordered) {
      const at = pathIndex(this.ordered, path);
      if (this.ordered[at]?.path === path) this.ordered[at] = record.parsed;
      else this.ordered.splice(at, 0, record.parsed);
    }
    this.records.set(path, record);
    this.stale.add(path);
    return record;
  }

  /**
   * `setRecord`, and a source new to the builder whose key no other source has taken is indexed
   * and linked under it now, while other files are still being parsed: the build then only settles
   * keys, and moves the few sources whose key came out otherwise.
   */
  takeIn(record: SourceRecord): void {
    this.setRecord(record);
    const s = record.parsed;
    const key = (record.proposedKey ??= proposeKey(s));
    if (this.merging || this.indexedKeys.has(s.path) || this.linkedKeys.has(s.path) || this.byKey.has(key)) return;
    assignKeys([s], () => key);
    this.passages.add(s, this.takeTerms(record));
    this.indexedKeys.set(s.path, key);
    this.byKey.set(key, s);
    this.link(s);
  }

  delete(path: string): void {
    if (!this.records.delete(path)) return;
    this.keyed.clear();
    this.stale.delete(path);
    if (this.ordered) this.ordered.splice(pathIndex(this.ordered, path), 1);
    const key = this.indexedKeys.get(path);
    if (key !== undefined) this.passages.remove(key);
    if (key !== undefined && this.byKey.get(key)?.path === path) this.byKey.delete(key);
    this.indexedKeys.delete(path);
    const linked = this.linkedKeys.get(path);
    if (linked !== undefined) this.people.delete(linked);
    this.linkedKeys.delete(path);
  }

  /** The resolved state of the last build, or undefined when records came in since (live tables: encode them before the next change). */
  snapshot(): BuilderState | undefined {
    if (this.stale.size > 0 || this.merging) return undefined;
    const { keyed, indexedKeys, linkedKeys } = this;
    return { keyed, indexedKeys, linkedKeys, passages: this.passages.snapshot(), people: this.people.snapshot() };
  }

  /** Takes back a snapshot over the records it was taken with; throws when they do not fit it. The next build only names the people. */
  restore(records: SourceRecord[], state: BuilderState): void {
    runSteps(this.restoring(records, state));
  }

  /** `restore`, a few thousand entries a step, for a caller that works in slices. */
  *restoring(records: SourceRecord[], state: BuilderState): Generator<void, void> {
    for (let i = 0; i < records.length; i++) {
      this.records.set(records[i].parsed.path, records[i]);
      if (i % STEP === STEP - 1) yield;
    }
    const byKey = new Map<string, string>();
    for (const [path, key] of state.indexedKeys) {
      byKey.set(key, path);
      if (byKey.size % STEP === 0) yield;
    }
    this.passages = yield* PassageIndex.restoring(state.passages, (key) => this.records.get(byKey.get(key) ?? '')?.parsed);
    const docs = new Map<string, DocPeople>();
    for (const [path, key] of state.linkedKeys) {
      const record = this.records.get(path);
      if (!record) throw new Error(`the snapshot links ${path}, which has no record`);
      docs.set(key, record.people);
      if (docs.size % STEP === 0) yield;
    }
    yield* this.people.restoring(state.people, docs);
    for (const [mine, theirs] of [
      [this.keyed, state.keyed],
      [this.indexedKeys, state.indexedKeys],
      [this.linkedKeys, state.linkedKeys],
    ] as Array<[Map<string, unknown>, Map<string, unknown>]>) {
      for (const [k, v] of theirs) {
        mine.set(k, v);
        if (mine.size % STEP === 0) yield;
      }
    }
    this.stale.clear();
  }

  /** The corpus and its index as of now. */
  build(): { corpus: Corpus; index: GroundworkIndex } {
    return runSteps(this.building());
  }

  /** `build` in slices of about `sliceMs`, awaiting `pause` between them, so a host thread stays responsive. */
  buildAsync(pause: () => Promise<void>, sliceMs = 15): Promise<{ corpus: Corpus; index: GroundworkIndex }> {
    return runInSlices(this.building(), pause, sliceMs);
  }

  /** The build, one source (or one card) a step: keys, passages, people, names. */
  private *building(): Generator<void, { corpus: Corpus; index: GroundworkIndex }> {
    this.merging = true;
    try {
      return yield* this.steps();
    } finally {
      this.merging = false;
    }
  }

  private *steps(): Generator<void, { corpus: Corpus; index: GroundworkIndex }> {
    // By path, whatever order the files were read or parsed in: the Sources view, exports and the CLI list them alike every time.
    if (!this.ordered) {
      // The first build, maybe over restored records: their keys and passages are indexed already.
      const ordered = [...this.records.values()].map((r) => r.parsed).sort(bySourcePath);
      yield;
      for (let i = 0; i < ordered.length; i++) {
        const s = ordered[i];
        if (this.indexedKeys.get(s.path) === s.key) this.byKey.set(s.key, s);
        if (i % STEP === STEP - 1) yield;
      }
      this.ordered = ordered;
    }
    const sources = [...this.ordered];
    const moved = (yield* this.settleKeys(sources)) ? [...this.stale].sort().map((p) => this.records.get(p)!.parsed) : this.moved(sources);
    for (const s of moved) {
      const old = this.indexedKeys.get(s.path);
      if (old !== undefined) this.passages.remove(old);
      if (old !== undefined && this.byKey.get(old)?.path === s.path) this.byKey.delete(old);
    }
    for (const s of moved) {
      yield* this.passages.adding(s, this.takeTerms(this.records.get(s.path)));
      this.indexedKeys.set(s.path, s.key);
      this.byKey.set(s.key, s);
      yield;
    }
    for (const s of moved) this.unlink(s);
    for (const s of moved) {
      this.link(s);
      yield;
    }
    yield* this.people.refreshing();
    const changes = this.people.takeChanges();
    const people = this.people.people();
    yield* changes ? this.names.changing(changes.made, changes.dropped) : this.names.updating(people);
    // What was read of the sources' bodies goes back to rest: an index holds bytes, and decodes the few sources a query shows.
    yield* restingRead();
    const lineage = { owner: this.byKey, version: ++this.version, ...changes };
    const tables = { passages: this.passages, names: this.names, byKey: this.byKey, lineage };
    return { corpus: { sources, people }, index: new GroundworkIndex({ sources, people }, tables) };
  }

  private takeTerms(record: SourceRecord | undefined): SourceTerms | undefined {
    const terms = record?.terms;
    if (record) delete record.terms;
    return terms;
  }

  /**
   * Citation keys depend on every source's proposed key (clashes get -2, -3…). When the sources
   * are the same files proposing the same keys as last time, the changed ones take their old
   * keys back instead of settling every key again, and true is returned: only they moved.
   */
  private *settleKeys(sources: ParsedSource[]): Generator<void, boolean> {
    const proposed = (s: ParsedSource) => (this.records.get(s.path)!.proposedKey ??= proposeKey(s));
    const same = this.keyed.size === sources.length && [...this.stale].every((p) => this.keyed.get(p)?.proposed === proposed(this.records.get(p)!.parsed));
    if (same) {
      for (const p of this.stale) assignKeys([this.records.get(p)!.parsed], () => this.keyed.get(p)!.key);
      return true;
    }
    yield* assigningKeys(sources, proposed);
    this.keyed.clear();
    for (const s of sources) this.keyed.set(s.path, { proposed: proposed(s), key: s.key });
    return false;
  }

  /** Sources changed since the last build, or whose citation key changed. */
  private moved(sources: ParsedSource[]): ParsedSource[] {
    return sources.filter((s) => this.stale.has(s.path) || this.indexedKeys.get(s.path) !== s.key || this.linkedKeys.get(s.path) !== s.key);
  }

  private unlink(s: ParsedSource): void {
    const old = this.linkedKeys.get(s.path);
    if (old !== undefined) this.people.delete(old);
    this.linkedKeys.delete(s.path);
  }

  /** Links a source's people under its current citation key. */
  private link(s: ParsedSource): void {
    this.people.set(s.key, this.records.get(s.path)!.people);
    this.linkedKeys.set(s.path, s.key);
    this.stale.delete(s.path);
  }
}

/** Entries of a corpus-wide table taken between one pause and the next. */
const STEP = 5000;

/** Where `path` is, or would go, in sources sorted by path. */
function pathIndex(sources: ParsedSource[], path: string): number {
  return partitionPoint(sources.length, (i) => sources[i].path < path);
}
