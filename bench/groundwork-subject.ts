import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft } from '../src/core/checks';
import { CorpusBuilder, type SourceRecord } from '../src/core/corpus-builder';
import type { GroundworkIndex } from '../src/core/groundwork-index';
import { contentHash, readCache, writeCache } from '../src/core/index-cache';
import type { DraftMaterial } from './draft-generator';
import type { Random } from './random';
import type { Subject } from './subject';

/** Groundwork's index, asked what the editor's providers ask of it; kept current one file at a time. */
export class GroundworkSubject implements Subject {
  private builder = new CorpusBuilder();
  private index: GroundworkIndex | undefined;
  private errors: string[] = [];
  private readonly cacheFile = join(tmpdir(), `groundwork-bench-cache-${process.pid}.json`);

  private byHash = new Map<string, SourceRecord>();

  build(files: string[]): void {
    for (const file of files) {
      const bytes = this.read(file);
      if (bytes) this.byHash.set(contentHash(bytes), this.builder.set({ path: file, bytes }));
    }
    this.index = this.builder.build().index;
  }

  /** Stores the cache, as the extension does after publishing an index. */
  persist(): void {
    writeFileSync(this.cacheFile, writeCache(this.byHash));
    this.byHash.clear();
  }

  /** A restart: every file is read and hashed, and only files the cache does not know are parsed. */
  warmStart(files: string[]): void {
    const cached = readCache(readFileSync(this.cacheFile));
    rmSync(this.cacheFile, { force: true });
    this.builder = new CorpusBuilder();
    for (const file of files) {
      const bytes = this.read(file);
      if (!bytes) continue;
      const record = cached.get(contentHash(bytes));
      if (record && record.parsed.path === file) this.builder.setRecord(record);
      else this.builder.set({ path: file, bytes });
    }
    this.index = this.builder.build().index;
  }

  update(file: string): void {
    const bytes = this.read(file);
    if (bytes) this.builder.set({ path: file, bytes });
    else this.builder.delete(file);
    this.index = this.builder.build().index;
  }

  hover(line: string, at: number): unknown {
    const index = this.index!;
    const hit = index.matchNames(line).find((h) => h.start <= at && at <= h.end);
    if (!hit) return undefined;
    return [index.sourcesOf(hit.value), index.quotes(hit.value, 3)];
  }

  complete(prefix: string): unknown {
    return this.index!.completePeople(prefix);
  }

  pick(query: string): unknown {
    return this.index!.searchPassages(query, 10);
  }

  check(draft: string): unknown {
    return checkDraft(draft, { index: this.index! });
  }

  passageTexts(): string[] {
    return this.index!.sources.flatMap((s) => s.passages.map((p) => p.text));
  }

  /** People's names and sentences with their source keys, for a draft that quotes and cites the corpus. */
  draftMaterial(rng: Random): DraftMaterial {
    const index = this.index!;
    const names = index.people.filter((p) => p.kind === 'person').slice(0, 500).map((p) => p.name);
    const quotes = Array.from({ length: 300 }, () => {
      const source = rng.pick(index.sources);
      const sentence = rng.pick(source.passages.flatMap((p) => p.sentences));
      return sentence && { text: sentence.text, key: source.key };
    }).filter((q) => q !== undefined);
    return { names, quotes };
  }

  /** Sources indexed without an error. */
  goodSources(): number {
    return this.index!.sources.filter((s) => s.errors.length === 0).length;
  }

  problems(): string[] {
    return [...this.errors, ...this.index!.sources.flatMap((s) => s.errors.map((e) => `${s.path}: ${e}`))];
  }

  dispose(): void {
    this.builder = new CorpusBuilder();
    this.index = undefined;
  }

  private read(file: string): Uint8Array | undefined {
    try {
      return readFileSync(file);
    } catch (err) {
      this.errors.push(`${file}: ${(err as Error).message}`);
      return undefined;
    }
  }
}
