/** What the benchmark asks of an implementation: Groundwork's index or the plain fuse.js baseline. */
export interface Subject {
  /** Reads every file and builds the index from nothing. */
  build(files: string[]): void | Promise<void>;
  /** Stores what a warm start reads (not timed). */
  persist?(): void | Promise<void>;
  /** Drops the index as the end of a process would, before a warm start (not timed): a restart does not collect the last run's heap. */
  stop?(): void;
  /** Starts again from what a previous run left on disk (a cache); undefined when there is no such thing. */
  warmStart?(files: string[]): void | Promise<void>;
  /** One file changed on disk: bring the index up to date. */
  update(file: string): void | Promise<void>;
  /** What the hover provider asks for a name under the cursor in a draft line. */
  hover(line: string, at: number): unknown;
  /** What the completion provider asks for a typed prefix. */
  complete(prefix: string): unknown;
  /** What the citation picker asks for a query. */
  pick(query: string): unknown;
  /** Grounding check of a whole draft; undefined when not available. */
  check?(draft: string): unknown;
  /** Every passage text, for making picker queries. */
  passageTexts(): string[];
  /** Problems reported while building (bad files). */
  problems(): string[];
  /** Drops the index so its memory can be collected. */
  dispose(): void;
}
