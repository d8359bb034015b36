import * as vscode from 'vscode';
import { entryCard, nameHover, sourceCard } from '../core/features/hover';
import { citationAt } from './draft-lookup';
import { card } from './markdown-text';
import type { BibliographyStore } from './bibliography-store';
import { displayPath, type SourceStore } from './source-store';

/** Hover cards for known names and for citations in Markdown drafts; the cards come from the core. */
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
      if (source) return new vscode.Hover(markdown(sourceCard(source)), cite.range);
      const entry = await this.bibliographies?.entry(cite.key);
      return entry ? new vscode.Hover(markdown(entryCard(entry, displayPath(entry.path))), cite.range) : undefined;
    }
    const name = nameHover(index, doc.getText(), doc.offsetAt(pos));
    return name && new vscode.Hover(markdown(name.markdown), new vscode.Range(doc.positionAt(name.start), doc.positionAt(name.end)));
  }
}

function markdown(text: string): vscode.MarkdownString {
  return card().appendMarkdown(text);
}
