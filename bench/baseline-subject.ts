import Fuse from 'fuse.js';
import { readFileSync } from 'node:fs';
import { findNames, PERSON_SCORE } from '../src/core/name-finder';
import { parseSource, type ParsedSource } from '../src/core/parse-source';
import type { Subject } from './subject';

/**
 * The obvious way: parse every file, put every passage and every person-like name into one
 * fuse.js instance with default options, and rebuild it whenever a file changes.
 */
export class BaselineSubject implements Subject {
  private sources = new Map<string, ParsedSource>();
  private names = new Map<string, string[]>();
  private fuse: Fuse<string> | undefined;
  private errors: string[] = [];

  build(files: string[]): void {
    for (const file of files) this.parse(file);
    this.rebuild();
  }

  /** As a process ending: nothing is kept, and the old index is collected. */
  stop(): void {
    this.dispose();
    (globalThis as { gc?: () => void }).gc?.();
  }

  /** No cache: a restart is a full build. */
  warmStart(files: string[]): void {
    if (this.fuse) this.stop();
    this.build(files);
  }

  update(file: string): void {
    this.parse(file);
    this.rebuild();
  }

  hover(line: string, at: number): unknown {
    // No name table: fuzzy-search the capitalised words under the cursor; the hits give the name and quotes.
    const name = [...line.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*/gu)].find((m) => m.index <= at && at <= m.index + m[0].length)?.[0] ?? '';
    return this.fuse!.search(name, { limit: 4 });
  }

  complete(prefix: string): unknown {
    return this.fuse!.search(prefix, { limit: 20 });
  }

  pick(query: string): unknown {
    return this.fuse!.search(query, { limit: 10 });
  }

  /** Every quoted sentence and every capitalised name in the draft looked up in the one fuse index. */
  checkLookups(draft: string): string[] {
    return [...draft.matchAll(/“([^”]+)”|(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+)/gu)].map((m) => m[1] ?? m[2]);
  }

  lookup(lookup: string): unknown {
    return this.fuse!.search(lookup, { limit: 1 });
  }

  passageTexts(): string[] {
    return [...this.sources.values()].flatMap((s) => s.passages.map((p) => p.text));
  }

  problems(): string[] {
    return this.errors;
  }

  dispose(): void {
    this.sources.clear();
    this.names.clear();
    this.fuse = undefined;
  }

  private parse(file: string): void {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      this.errors.push(`${file}: ${(err as Error).message}`);
      return;
    }
    const source = parseSource({ path: file, bytes });
    for (const e of source.errors) this.errors.push(`${file}: ${e}`);
    this.sources.set(file, source);
    const names = source.passages.flatMap((p) =>
      findNames(p.text)
        .filter((c) => c.score >= PERSON_SCORE)
        .map((c) => c.name),
    );
    this.names.set(file, names);
  }

  private rebuild(): void {
    const entries = new Set<string>();
    for (const names of this.names.values()) for (const n of names) entries.add(n);
    const passages = this.passageTexts();
    this.fuse = new Fuse([...entries, ...passages]);
  }
}
