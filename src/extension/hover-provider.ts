import * as vscode from 'vscode';
import type { BibEntry } from '../core/bibliography';
import { displayTitle } from '../core/citations';
import type { GroundworkIndex, Quote } from '../core/groundwork-index';
import type { Person, Source } from '../core/types';
import { citationAt, nameAt } from './draft-lookup';
import { commandLink, escapeMarkdown } from '../core/markdown-text';
import { card } from './markdown-text';
import type { BibliographyStore } from './bibliography-store';
import { displayPath, type SourceStore } from './source-store';

/** Hover cards for known names and for citations in Markdown drafts. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: SourceStore,
    private readonly bibliographies?: BibliographyStore,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const index = await this.store.index();
    const cite = citationAt(doc, pos);
    if (cite) {
      const source = index.source(cite.key);
      if (source) return new vscode.Hover(sourceCard(source), cite.range);
      const entry = await this.bibliographies?.entry(cite.key);
      return entry ? new vscode.Hover(entryCard(entry), cite.range) : undefined;
    }
    const name = nameAt(index, doc, pos);
    return name ? new vscode.Hover(personCard(index, name.person), name.range) : undefined;
  }
}

export function personCard(index: GroundworkIndex, person: Person): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown(`**${escapeMarkdown(person.name)}**`);
  if (person.role) md.appendMarkdown(` — ${escapeMarkdown(person.role)}`);
  const sources = index.sourcesOf(person);
  md.appendMarkdown(`\n\n${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}`);
  const also = person.aliases.filter((a) => a.text.includes(' ')).map((a) => a.text);
  if (also.length) md.appendMarkdown(` · also ${also.map(escapeMarkdown).join(', ')}`);
  if (person.roles.length) md.appendMarkdown(` · ${person.roles.map(escapeMarkdown).join('; ')}`);
  for (const quote of index.quotes(person, 3)) md.appendMarkdown(`\n\n${quoteBlock(quote)}`);
  return md;
}

function quoteBlock(q: Quote): string {
  const where = [q.source.meta.outlet, q.source.meta.date].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ') || escapeMarkdown(q.source.key);
  const open = commandLink('Open passage', 'groundwork.openPassage', [q.passage.id]);
  const cite = commandLink('Insert citation', 'groundwork.insertCitation', [{ key: q.source.key }]);
  return `> “${escapeMarkdown(q.sentence.text)}”\n>\n> — *${where}* · ${open} · ${cite}`;
}

export function sourceCard(source: Source): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown(`**${escapeMarkdown(displayTitle(source))}**\n\n`);
  const facts = [source.meta.outlet, source.meta.date, source.meta.place].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (facts.length) md.appendMarkdown(`${facts.join(' · ')}\n\n`);
  const lead = source.passages.find((p) => p.kind === 'body');
  if (lead) md.appendMarkdown(`> ${escapeMarkdown(lead.sentences[0]?.text ?? lead.text)}\n\n`);
  md.appendMarkdown(`${escapeMarkdown(`@${source.key}`)} · ${commandLink('Open source', 'groundwork.openPassage', [lead?.id ?? `${source.key}#1`])}`);
  if (source.errors.length) md.appendMarkdown(`\n\n${escapeMarkdown(`Problems: ${source.errors.join('; ')}`)}`);
  return md;
}

/** A bibliography file's entry (Zotero, Better BibTeX): its own text, escaped, and where it is defined. */
export function entryCard(entry: BibEntry): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown(`**${escapeMarkdown(entry.title ?? entry.key)}**\n\n`);
  const facts = [entry.authors.join(', '), entry.outlet, entry.date].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (facts.length) md.appendMarkdown(`${facts.join(' · ')}\n\n`);
  if (entry.url) md.appendMarkdown(`${escapeMarkdown(entry.url)}\n\n`);
  const where = `${displayPath(entry.path)}${entry.line ? `:${entry.line}` : ''}`;
  md.appendMarkdown(`${escapeMarkdown(`@${entry.key}`)} · ${escapeMarkdown(`from ${where}`)}`);
  return md;
}
