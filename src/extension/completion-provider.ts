import * as vscode from 'vscode';
import { completionContext, completionDocumentation, keyCompletions, nameCompletions, type CompletionEntry } from '../core/features/completion';
import type { BibliographyStore } from './bibliography-store';
import { scanOf } from './draft-lookup';
import { card } from './markdown-text';
import { displayPath, type SourceStore } from './source-store';

class Item extends vscode.CompletionItem {
  constructor(
    readonly entry: CompletionEntry,
    range: vscode.Range,
  ) {
    super(
      { label: entry.label, description: entry.description },
      entry.kind === 'person' ? vscode.CompletionItemKind.User : vscode.CompletionItemKind.Reference,
    );
    this.detail = entry.detail;
    this.range = range;
    this.filterText = entry.filterText;
    if (entry.insertText !== undefined) this.insertText = entry.insertText;
  }
}

/** Completes names of people in the sources, and citation keys after `@` (sources, then bibliography files); the items come from the core. */
export class CompletionProvider implements vscode.CompletionItemProvider<Item> {
  constructor(
    private readonly store: SourceStore,
    private readonly bibliographies?: BibliographyStore,
  ) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionList<Item> | undefined> {
    const context = completionContext(doc.getText(), doc.offsetAt(pos), scanOf(doc));
    if (!context) return undefined;
    const index = await this.store.index();
    const replacing = (typed: string) => new vscode.Range(pos.line, pos.character - typed.length, pos.line, pos.character);
    if (context.kind === 'key') {
      const entries = [...((await this.bibliographies?.entries())?.values() ?? [])];
      return new vscode.CompletionList(keyCompletions(index, entries, displayPath).map((e) => new Item(e, replacing(context.typed))));
    }
    const names = nameCompletions(index, context.typed);
    return new vscode.CompletionList(
      names.items.map((e) => new Item(e, replacing(names.typed))),
      true,
    );
  }

  async resolveCompletionItem(item: Item): Promise<Item> {
    item.documentation = card().appendMarkdown(completionDocumentation(await this.store.index(), item.entry, displayPath));
    return item;
  }
}
