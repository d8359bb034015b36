import { readFileSync } from 'node:fs';
import { buildCorpus } from '../src/core/corpus';
import { GroundworkIndex } from '../src/core/groundwork-index';
import type { SourceInput } from '../src/core/types';
import type { DraftMaterial } from './draft-generator';
import type { Random } from './random';
import type { Subject } from './subject';

/** Groundwork's index, asked what the editor's providers ask of it. */
export class GroundworkSubject implements Subject {
  private inputs = new Map<string, SourceInput>();
  private index: GroundworkIndex | undefined;
  private errors: string[] = [];

  build(files: string[]): void {
    for (const file of files) this.read(file);
    this.rebuild();
  }

  update(file: string): void {
    this.read(file);
    this.rebuild();
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

  problems(): string[] {
    return [...this.errors, ...this.index!.sources.flatMap((s) => s.errors.map((e) => `${s.path}: ${e}`))];
  }

  dispose(): void {
    this.inputs.clear();
    this.index = undefined;
  }

  private read(file: string): void {
    try {
      this.inputs.set(file, { path: file, bytes: readFileSync(file) });
    } catch (err) {
      this.errors.push(`${file}: ${(err as Error).message}`);
    }
  }

  private rebuild(): void {
    this.index = new GroundworkIndex(buildCorpus([...this.inputs.values()]));
  }
}
