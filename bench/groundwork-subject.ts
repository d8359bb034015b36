import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft, checkDraftInSlices } from '../src/core/checks';
import { nameCompletions } from '../src/core/features/completion';
import { nameHover } from '../src/core/features/hover';
import type { BuildReport } from '../src/core/engine/build-report';
import type { SourceEngine } from '../src/core/engine/source-engine';
import { benchEngine, benchWorkers, quiet } from './bench-engine';
import type { GroundworkIndex } from '../src/core/groundwork-index';
import { NodeCacheFile } from '../src/node/node-cache-file';
import type { DraftMaterial } from './draft-generator';
import type { Random } from './random';
import type { Subject } from './subject';

/** Groundwork's engine, as the extension runs it (workers, cache, one-file updates), asked what the editor's providers ask. */
export class GroundworkSubject implements Subject {
  private engine: SourceEngine | undefined;
  private index: GroundworkIndex | undefined;
  private files: string[] = [];
  private readonly cache = new NodeCacheFile(join(tmpdir(), `groundwork-bench-cache-${process.pid}.jsonl`));
  private readonly indexer = benchWorkers();
  readonly workers = this.indexer.workers;
  /** The report of the last build. */
  lastBuild: BuildReport | undefined;

  async build(files: string[]): Promise<void> {
    rmSync(this.cache.path, { force: true });
    this.files = files;
    await this.start();
  }

  /** Writes the cache, as the extension does once the index has settled. */
  async persist(): Promise<void> {
    await this.engine!.saveCache();
  }

  /** The engine gone, and its index collected: a restart is a new process, with no old index to collect meanwhile. */
  stop(): void {
    this.engine?.dispose();
    this.engine = undefined;
    this.index = undefined;
    (globalThis as { gc?: () => void }).gc?.();
  }

  /** A restart: a new engine over the same files and the cache the last one left. */
  async warmStart(files: string[]): Promise<void> {
    if (this.engine) this.stop();
    this.files = files;
    await this.start();
  }

  async update(file: string): Promise<void> {
    this.index = await this.engine!.refresh([file]);
  }

  hover(line: string, at: number): unknown {
    return nameHover(this.index!, line, at);
  }

  complete(prefix: string): unknown {
    return nameCompletions(this.index!, prefix);
  }

  pick(query: string): unknown {
    return this.index!.searchPassages(query, 10);
  }

  check(draft: string): unknown {
    return checkDraft(draft, { index: this.index! });
  }

  /** The check as the editor runs it, pausing between slices. */
  checkInSlices(draft: string, pause: () => Promise<void>): Promise<unknown> {
    return checkDraftInSlices(draft, { index: this.index! }, pause);
  }

  passageTexts(): string[] {
    return this.index!.sources.flatMap((s) => s.passages.map((p) => p.text));
  }

  /** People's names and sentences with their source keys, for a draft that quotes and cites the corpus. */
  draftMaterial(rng: Random): DraftMaterial {
    const index = this.index!;
    const names = index.people
      .filter((p) => p.kind === 'person')
      .slice(0, 500)
      .map((p) => p.name);
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
    return this.engine!.problems();
  }

  dispose(): void {
    this.engine?.dispose();
    this.engine = undefined;
    this.index = undefined;
    rmSync(this.cache.path, { force: true });
  }

  private async start(): Promise<void> {
    this.engine = benchEngine(this.files, this.cache, quiet, this.indexer);
    this.engine.onDidBuild((r) => (this.lastBuild = r));
    this.index = await this.engine.index();
  }
}
