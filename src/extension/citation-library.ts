import type { CslData } from '@citation-js/core';
import * as vscode from 'vscode';
import { entryToCsl, toCsl } from '../core/csl';
import { sourceEntry, type BibEntry } from '../core/bibliography';
import type { BibliographyStore } from './bibliography-store';
import type { SourceStore } from './source-store';

/**
 * Everything a draft may cite by key: the indexed sources and the entries of the workspace's
 * bibliography files. A source wins when both have a key.
 */
export class CitationLibrary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the sources or a bibliography file change: a check of cited keys should run again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly sources: SourceStore,
    readonly bibliographies: BibliographyStore,
  ) {
    this.subscriptions = [sources.onDidChange(() => this.changed.fire()), bibliographies.onDidChange(() => this.changed.fire())];
  }

  /** Every key a draft may cite, once the sources are indexed and the bibliography files read. */
  async knownCitationKeys(): Promise<Set<string>> {
    const [index, entries] = await Promise.all([this.sources.index(), this.bibliographies.entries()]);
    return new Set([...index.sources.map((s) => s.key), ...entries.keys()]);
  }

  async entry(key: string): Promise<BibEntry | undefined> {
    const source = (await this.sources.index()).source(key);
    return source ? sourceEntry(source) : this.bibliographies.entry(key);
  }

  /** The entry for a key from what is loaded now, without waiting (the Markdown preview renders synchronously). */
  peekEntry(key: string): BibEntry | undefined {
    const source = this.sources.peek()?.source(key);
    return source ? sourceEntry(source) : this.bibliographies.peek().get(key);
  }

  /** The CSL-JSON citeproc formats a key with, from what is loaded now: a source's own export, or a bibliography entry's fields. */
  peekCsl(key: string): CslData | undefined {
    const source = this.sources.peek()?.source(key);
    if (source) return toCsl(source) as unknown as CslData;
    const entry = this.bibliographies.peek().get(key);
    return entry && (entryToCsl(entry) as unknown as CslData);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
