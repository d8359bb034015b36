import * as vscode from 'vscode';
import type { BibEntry } from '../core/bibliography';
import { displayTitle } from '../core/citations';
import type { Person, Source } from '../core/types';
import type { GroundworkIndex } from '../core/groundwork-index';
import { keyPrefixAt } from './draft-lookup';
import { escapeMarkdown } from '../core/markdown-text';
import { card } from './markdown-text';
import type { BibliographyStore } from './bibliography-store';
import { displayPath, type SourceStore } from './source-store';

const NAME_PREFIX = /((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*)$/u;

class PersonItem extends vscode.CompletionItem {
  constructor(readonly person: Person, label: string, range: vscode.Range) {
    super({ label, description: person.role }, vscode.CompletionItemKind.User);
    this.detail = person.role ?? 'person in your sources';
    this.range = range;
    this.filterText = label;
    this.insertText = label;
  }
}

class KeyItem extends vscode.CompletionItem {
  constructor(readonly source: Source, range: vscode.Range) {
    super({ label: source.key, description: displayTitle(source) }, vscode.CompletionItemKind.Reference);
    const { outlet, date } = source.meta;
    this.detail = [outlet, date].filter(Boolean).join(', ') || 'source';
    this.range = range;
    this.filterText = [source.key, displayTitle(source), outlet, date].filter(Boolean).join(' ');
  }
}

/** A key from a bibliography file in the workspace. */
class EntryItem extends vscode.CompletionItem {
  constructor(readonly entry: BibEntry, range: vscode.Range) {
    super({ label: entry.key, description: entry.title }, vscode.CompletionItemKind.Reference);
    this.detail = [entry.authors[0], entry.outlet, entry.date].filter(Boolean).join(', ') || `from ${displayPath(entry.path)}`;
    this.range = range;
    this.filterText = [entry.key, entry.title, ...entry.authors, entry.outlet, entry.date].filter(Boolean).join(' ');
  }
}

type Item = PersonItem | KeyItem | EntryItem;

/** Completes names of people in the sources, and citation keys after `@` (sources, then bibliography files). */
export class CompletionProvider implements vscode.CompletionItemProvider<Item> {
  constructor(
    private readonly store: SourceStore,
    private readonly bibliographies?: BibliographyStore,
  ) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionList<Item> | undefined> {
    const before = doc.lineAt(pos.line).text.slice(0, pos.character);
    const index = await this.store.index();
    const key = keyPrefixAt(doc, pos);
    if (key !== undefined) {
      const range = new vscode.Range(pos.line, pos.character - key.length, pos.line, pos.character);
      const sources = index.sources.filter((s) => s.passages.length > 0);
      const entries = [...((await this.bibliographies?.entries())?.values() ?? [])].filter((e) => !index.source(e.key));
      return new vscode.CompletionList<Item>([...sources.map((s) => new KeyItem(s, range)), ...entries.map((e) => new EntryItem(e, range))]);
    }
    const name = NAME_PREFIX.exec(before);
    if (!name) return undefined;
    return new vscode.CompletionList(this.nameItems(index, name[1], pos), true);
  }

  private nameItems(index: GroundworkIndex, typed: string, pos: vscode.Position): PersonItem[] {
    // Try the longest run of capitalised words first: "met No Kw" completes "No Kw", not "Kw".
    const words = typed.split(/\s/);
    for (let i = 0; i < words.length; i++) {
      const prefix = words.slice(i).join(' ');
      const people = index.completePeople(prefix);
      if (people.length === 0) continue;
      const range = new vscode.Range(pos.line, pos.character - prefix.length, pos.line, pos.character);
      return people.flatMap((p) => [p.name, ...p.aliases.filter((a) => a.kind === 'variant' && a.text.includes(' ')).map((a) => a.text)].map((label) => new PersonItem(p, label, range)));
    }
    return [];
  }

  async resolveCompletionItem(item: Item): Promise<Item> {
    const index = await this.store.index();
    const md = card();
    if (item instanceof EntryItem) {
      md.appendMarkdown(`**${escapeMarkdown(item.entry.title ?? item.entry.key)}**\n\n${escapeMarkdown(`from ${displayPath(item.entry.path)}`)}`);
      item.documentation = md;
      return item;
    }
    if (item instanceof PersonItem) {
      const quote = index.quotes(item.person, 1)[0];
      md.appendMarkdown(`${item.person.mentions.length} mentions in ${index.sourcesOf(item.person)} sources\n\n`);
      if (quote) {
        const where = [quote.source.meta.outlet, quote.source.meta.date].filter(Boolean).join(', ') || quote.source.key;
        md.appendMarkdown(`> “${escapeMarkdown(quote.sentence.text)}”\n>\n> — ${escapeMarkdown(where)}`);
      }
    } else {
      const lead = item.source.passages.find((p) => p.kind === 'body');
      md.appendMarkdown(`**${escapeMarkdown(displayTitle(item.source))}**\n\n${escapeMarkdown(lead?.sentences[0]?.text ?? '')}`);
    }
    item.documentation = md;
    return item;
  }
}
